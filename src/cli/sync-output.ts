// Writing to stdout and stderr without their streams. Creating
// process.stdout or process.stderr loads Node's stream modules, and for a
// pipe the net module as well: 3 to 7 ms of a start-up budget of about 20.
// A command prints its result in one piece, so a synchronous write to the
// file descriptor does the same job.
//
// Two cases still need the stream:
// - EAGAIN: the descriptor is a non-blocking pipe (its flags are shared with
//   whoever else holds it, e.g. a parent Node process) and the pipe is full.
//   The stream waits for the reader; a synchronous write would have to spin.
// - A caller asks for the stream itself (the quiz's prompts draw on stderr).
// From then on every write goes through the stream, so nothing is reordered
// or dropped.
import { writeSync } from 'node:fs';

export interface SyncOutputOptions {
  /** Creates the stream for the same descriptor (process.stdout / process.stderr), called at most once. */
  openStream: () => NodeJS.WritableStream;
  /** A write failed for a reason other than a closed reader (EPIPE). Later writes are dropped. */
  onError?: (error: NodeJS.ErrnoException) => void;
}

export interface SyncOutput {
  write(text: string): void;
  /** The stream for this descriptor; later writes go through it too. */
  stream(): NodeJS.WritableStream;
  /** True once the reader has gone or a write failed: nothing more is written. */
  readonly closed: boolean;
  /** True once the stream took over: writes may still be pending (the process must not be ended early). */
  readonly usesStream: boolean;
}

export function syncOutput(fd: number, options: SyncOutputOptions): SyncOutput {
  let closed = false;
  let stream: NodeJS.WritableStream | undefined;

  const fail = (error: NodeJS.ErrnoException) => {
    if (closed) return;
    closed = true;
    if (error.code !== 'EPIPE') options.onError?.(error);
  };
  const openStream = () => {
    if (!stream) {
      stream = options.openStream();
      stream.on('error', fail);
    }
    return stream;
  };

  return {
    write(text) {
      if (closed || text === '') return;
      if (stream) {
        stream.write(text);
        return;
      }
      const bytes = Buffer.from(text, 'utf8');
      let written = 0;
      try {
        // A pipe or a terminal may take less than asked for at a time.
        while (written < bytes.length) written += writeSync(fd, bytes, written, bytes.length - written);
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        // Not an error of the system call: a bug, for the caller to report.
        if (code === undefined) throw error;
        if (code === 'EAGAIN') openStream().write(bytes.subarray(written));
        else fail(error as NodeJS.ErrnoException);
      }
    },
    stream: openStream,
    get closed() {
      return closed;
    },
    get usesStream() {
      return stream !== undefined;
    },
  };
}

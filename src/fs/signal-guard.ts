// Files to remove if the run is stopped by SIGINT or SIGTERM while they
// exist. With a listener installed, Node takes the signal in JavaScript
// instead of dying at once: a synchronous save therefore finishes (or fails
// and cleans up after itself) before the listener can run, and the listener
// removes whatever is still registered, then ends the run with the signal's
// exit code. Without a listener the default action kills the process in the
// middle of the write and leaves the temporary file behind.
const pending = new Map<string, (path: string) => void>();
const SIGNALS = ['SIGINT', 'SIGTERM'] as const;
type StopSignal = (typeof SIGNALS)[number];
const EXIT_CODE: Record<StopSignal, number> = { SIGINT: 130, SIGTERM: 143 };

const listeners = new Map(SIGNALS.map((signal) => [signal, () => onSignal(signal)] as const));
let listening = false;

function onSignal(signal: StopSignal): void {
  for (const [path, remove] of pending) remove(path);
  pending.clear();
  process.exit(EXIT_CODE[signal]);
}

function listen(on: boolean): void {
  if (on === listening) return;
  listening = on;
  for (const [signal, listener] of listeners) {
    if (on) process.on(signal, listener);
    else process.off(signal, listener);
  }
}

/**
 * Removes `path` with `remove` if SIGINT/SIGTERM stops the run before the
 * returned release function is called.
 */
export function removeOnSignal(path: string, remove: (path: string) => void): () => void {
  pending.set(path, remove);
  listen(true);
  return () => {
    pending.delete(path);
    if (pending.size > 0) return;
    // A signal that came during the synchronous save is delivered on the
    // next turn of the event loop; keep listening until then so it still
    // ends the run instead of being dropped with the listener.
    setImmediate(() => {
      if (pending.size === 0) listen(false);
    }).unref();
  };
}

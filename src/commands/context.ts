// What a command gets from the CLI entry instead of touching `process`:
// output streams, terminal facts, and the data. Tests build one by hand.
import type { DataSet } from '../data/dataset.js';
import type { Style } from '../render/style.js';

export interface CommandContext {
  /** Write to stdout (results only). */
  out(text: string): void;
  /** Write to stderr (messages, progress, warnings). */
  err(text: string): void;
  style: Style;
  /** Terminal width to fit tables and charts into. */
  columns: number;
  stdinIsTTY: boolean;
  stdoutIsTTY: boolean;
  stderrIsTTY: boolean;
  env: Readonly<Record<string, string | undefined>>;
  cwd: string;
  /** Root of the installed package (for built-in data and schemas). */
  packageRoot: string;
  /** The data directory in use: `--data`, `CAREER_DATA`, or the built-in one. */
  dataDir: string;
  dataIsBuiltIn: boolean;
  /** True when `dataDir` is used alone (`--data-only`), not beside the built-in data. */
  dataOnly?: boolean;
  /** Loads (once) and returns the validated data. */
  data(): Promise<DataSet>;
  /** Resolves when the user presses Ctrl-C; prompts use it to abort. */
  signal?: AbortSignal;
  /** The terminal interactive prompts draw on (stdin and stderr), so stdout keeps only results. */
  terminal?: { input: NodeJS.ReadableStream; output: NodeJS.WritableStream };
}

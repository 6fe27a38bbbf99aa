import { UserError } from '../errors.js';
import type { ReportOptions } from './options.js';

export type OutputFormat = 'text' | 'json' | 'markdown';

/** `--json` is short for `--format json`; the two may not ask for different things. */
export function outputFormat(options: ReportOptions): OutputFormat {
  const format = options.format ?? (options.json ? 'json' : 'text');
  if (options.json && format !== 'json')
    throw new UserError(`--json is --format json; it cannot be used with --format ${format}`);
  return format;
}

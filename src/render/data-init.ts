import { plural, shQuote } from './format.js';
import type { Style } from './style.js';

/** What `career data init` did: the result its --json prints. */
export interface DataInitResult {
  /** The directory as the user named it. */
  dir: string;
  /** Files written, relative to `dir`. */
  files: string[];
}

/** What `career data init` wrote and what to do next. */
export function renderDataInit(result: DataInitResult, shownDir: string, style: Style): string {
  const quoted = /^[\w./-]+$/.test(shownDir) ? shownDir : shQuote(shownDir);
  return [
    `${style.good('Created')} ${shownDir} with ${plural(result.files.length, 'file')}:`,
    ...result.files.map((file) => `  ${file}`),
    '',
    'The figures in it are made-up examples. Next:',
    `  career --data ${quoted} roles`,
    `  career data validate ${quoted}`,
    '',
  ].join('\n');
}

// Texts handed to inquirer, wrapped at word boundaries first: inquirer breaks
// any line wider than the terminal at the last column, mid-word ("watche|d").
import { visibleWidth } from '../render/style.js';
import { terminalSafe } from '../render/terminal-safe.js';
import { wrap } from '../render/wrap.js';

/**
 * Text from the data made safe for the terminal: inquirer writes straight to
 * it, past the filter every other output goes through (cli.ts), so a title
 * with ESC in it would reach the terminal raw.
 */
export const safeText = (text: string): string => terminalSafe(text, { keepColour: false });

/** Inquirer draws two columns before a message or a choice: "? ", "✔ ", "❯ ". */
const PREFIX = 2;

/** `text` in lines that fit `columns` after inquirer's prefix, continuation lines indented under the first. */
export function promptText(text: string, columns: number, reserve = 0): string {
  return wrap(safeText(text), columns - PREFIX - reserve)
    .split('\n')
    .join(`\n${' '.repeat(PREFIX)}`);
}

/**
 * What a select shows after its message once answered ("✔ message answer"):
 * undefined (the choice's name) when that fits on the message's last line,
 * else the answer on lines of its own below it.
 */
export function answerText(message: string, answer: string, columns: number): string | undefined {
  answer = safeText(answer);
  const lastLine = message.split('\n').at(-1) ?? '';
  if (PREFIX + visibleWidth(lastLine) + 1 + visibleWidth(answer) <= columns) return undefined;
  return `\n${' '.repeat(PREFIX)}${promptText(answer, columns)}`;
}

import { visibleWidth } from './style.js';

/** Word-wraps text to `width` columns; continuation lines start with `indent`. */
export function wrap(text: string, width: number, indent = ''): string {
  const limit = Math.max(20, width);
  const lines: string[] = [];
  // Keep leading spaces of the first line (list indentation).
  let line = text.match(/^\s*/)![0];
  // The line's width is added up word by word rather than measured again for every
  // word (that was quadratic in the line's length). Words hold no whitespace, so no ANSI code is cut.
  let lineWidth = line.length;
  let hasWord = false;
  for (const word of text.split(/\s+/)) {
    if (word === '') continue;
    const wordWidth = visibleWidth(word);
    if (hasWord && lineWidth + 1 + wordWidth > limit) {
      lines.push(line);
      line = `${indent}${word}`;
      lineWidth = visibleWidth(indent) + wordWidth;
    } else {
      line = hasWord ? `${line} ${word}` : `${line}${word}`;
      lineWidth += (hasWord ? 1 : 0) + wordWidth;
    }
    hasWord = true;
  }
  if (line) lines.push(line);
  return lines.join('\n');
}

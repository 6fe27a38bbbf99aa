import { visibleWidth } from './style.js';

/** Word-wraps text to `width` columns; continuation lines start with `indent`. */
export function wrap(text: string, width: number, indent = ''): string {
  const limit = Math.max(20, width);
  const lines: string[] = [];
  // Keep leading spaces of the first line (list indentation).
  let line = text.match(/^\s*/)![0];
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line.trim() ? `${line} ${word}` : `${line}${word}`;
    if (line.trim() && visibleWidth(candidate) > limit) {
      lines.push(line);
      line = `${indent}${word}`;
    } else {
      line = candidate;
    }
  }
  if (line) lines.push(line);
  return lines.join('\n');
}

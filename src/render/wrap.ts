import { visibleWidth } from './style.js';

/** Word-wraps text to `width` columns; continuation lines start with `indent`. */
export function wrap(text: string, width: number, indent = ''): string {
  const limit = Math.max(20, width);
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : lines.length ? `${indent}${word}` : word;
    if (line && visibleWidth(candidate) > limit) {
      lines.push(line);
      line = `${indent}${word}`;
    } else {
      line = candidate;
    }
  }
  if (line) lines.push(line);
  return lines.join('\n');
}

// Text of a table cell cut into lines of a column's width. ANSI codes take no
// width, and a styled span cut across lines is closed at the end of each line
// and reopened at the start of the next (see ansi-spans.ts).
import { applyAll, closeAll, reopen, type OpenAttribute } from './ansi-spans.js';
import { visibleWidth } from './style.js';

const CODES = /(\u001b\[[0-9;]*m)/;
/** Where an id may break: after each '-' or ':' (ANSI codes hold neither). */
const ID_BOUNDARY = /(?<=[-:])/;

/**
 * The lines of a cell `width` columns wide, one group per line of the cell's
 * own text (`\n` is a hard break, and an empty line stays). Words wrap at
 * whitespace; a word wider than the column is cut.
 */
export function wrapCell(text: string, width: number): string[][] {
  const columns = Math.max(1, width);
  const ownLines = text.split('\n');
  // Plain text that fits (most cells): nothing to do. Length is never below the printed width.
  if (!text.includes('\u001b'))
    return ownLines.map((line) => (line.length <= columns ? [line] : wrapLine(line, columns, [])));
  const open: OpenAttribute[] = [];
  return ownLines.map((line) => wrapLine(line, columns, open));
}

/** One line of a cell, wrapped; `open` carries the attributes open at its start and is left at its end. */
function wrapLine(line: string, width: number, open: OpenAttribute[]): string[] {
  const lines: string[] = [];
  let prefix = reopen(open);
  let current = '';
  let currentWidth = 0;
  const finish = () => {
    lines.push(prefix + current + closeAll(open));
    prefix = reopen(open);
    current = '';
    currentWidth = 0;
  };
  const append = (text: string, visibleWidth: number) => {
    current += text;
    currentWidth += visibleWidth;
    applyAll(open, text);
  };

  // A part wider than a whole line: cut anywhere, codes kept in place.
  const cutInto = (part: string) => {
    for (const piece of part.split(CODES)) {
      if (piece.startsWith('\u001b')) {
        append(piece, 0);
        continue;
      }
      for (const char of piece) {
        if (currentWidth === width) finish();
        append(char, 1);
      }
    }
  };

  // Words at even indexes, the whitespace before each at the odd index below it.
  const parts = line.split(/(\s+)/);
  for (let i = 0; i < parts.length; i += 2) {
    const word = parts[i]!;
    if (word === '') continue; // before leading or after trailing whitespace
    const wordWidth = visibleWidth(word);
    if (currentWidth > 0 && wordWidth > 0 && currentWidth + parts[i - 1]!.length + wordWidth > width) finish();
    // Whitespace is kept between words and as the first line's indentation, never at the start of a wrapped line.
    let gap = i > 0 ? parts[i - 1]! : '';
    if ((currentWidth === 0 && lines.length > 0) || currentWidth + gap.length + wordWidth > width) gap = '';
    append(gap, gap.length);
    if (currentWidth + wordWidth <= width) {
      append(word, wordWidth);
      continue;
    }
    // Wider than the column (and alone on its line): break it after a '-' or ':' first, so an id
    // reads "example-support-|manager:|manager", and cut inside a part only when it is wider still.
    for (const part of word.split(ID_BOUNDARY)) {
      const partWidth = visibleWidth(part);
      if (currentWidth > 0 && currentWidth + partWidth > width) finish();
      if (currentWidth + partWidth <= width) append(part, partWidth);
      else cutInto(part);
    }
  }
  if (current !== '' || lines.length === 0) finish();
  return lines;
}

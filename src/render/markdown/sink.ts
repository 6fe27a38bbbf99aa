// The Markdown side of a report sink: sections as headings, tables as GFM
// tables, charts fenced as text, sources as a numbered list. Nothing is
// coloured or wrapped; consecutive items make one list.
import type { Source } from '../../data/schema.js';
import type { ReportSink } from '../report-sink.js';
import { plainStyle } from '../style.js';
import { document, escapeText, fence, heading, sourceList, table } from './blocks.js';

/** Charts are drawn at the width a GitHub code block shows without scrolling. */
export const CHART_WIDTH = 80;

export function markdownSink(sources: readonly Source[]): ReportSink {
  const blocks: string[] = [];
  // Items and numbered steps gather into one list block until something else comes.
  let list: string[] = [];
  const flush = () => {
    if (list.length) blocks.push(list.join('\n'));
    list = [];
  };
  const block = (text: string) => {
    flush();
    blocks.push(text);
  };
  return {
    style: plainStyle,
    width: Infinity,
    title: (text, aside) => {
      block(heading(1, text));
      if (aside?.trim()) block(escapeText(aside.trim()));
    },
    section: (title, level = 2) => block(heading(level, title)),
    line: (text) => block(escapeText(text.trim())),
    note: (text) => block(`*${escapeText(text.trim())}*`),
    item: (text, depth = 0) => list.push(`${'  '.repeat(depth)}- ${escapeText(text)}`),
    numbered: (n, text) => list.push(`${n}. ${escapeText(text)}`),
    sub: (text, { depth = 1 } = {}) => list.push(`${' '.repeat(2 * depth + 1)}- ${escapeText(text.trim())}`),
    entry: (text) => list.push(`- ${escapeText(text.trim())}`),
    table: (head, rows, alignRight) => block(table(head, rows, alignRight)),
    chart: (draw) => block(fence(draw(plainStyle, CHART_WIDTH))),
    gap: flush,
    lines: (lines) => lines.forEach((line) => block(escapeText(line.trim()))),
    sources: (cite) => block(sourceList(cite.cited(), sources)),
    done: () => {
      flush();
      return document(blocks);
    },
  };
}

// A report's content is said once and drawn by a sink: as terminal text (this
// file) or as a Markdown document (markdown/sink.ts). The renderer decides
// what to say; the sink decides how sections, tables and charts look.
import { renderRecordList, tableBreaksWords } from './record-list.js';
import type { Style } from './style.js';
import { renderTable } from './table.js';
import { wrap } from './wrap.js';

export interface ReportSink {
  /** Styles the renderer may use inside text; the Markdown sink's is plain. */
  style: Style;
  /** Columns to wrap to; the Markdown sink does not wrap (Infinity). */
  width: number;
  title(text: string, aside?: string): void;
  /** A section heading; `level` 1 is the document's title in Markdown (text draws every level alike). */
  section(title: string, level?: 1 | 2): void;
  /** A paragraph (`indent` continues wrapped lines in text). */
  line(text: string, indent?: string): void;
  /** A remark set apart (dim in a terminal). */
  note(text: string, indent?: string): void;
  /** A bullet item; `depth` 1 is a sub-item. */
  item(text: string, depth?: number): void;
  /** A numbered item; `hang` indents its wrapped lines in text. */
  numbered(n: number, text: string, hang?: string): void;
  /** A line under a numbered item (depth 2: under that line); a sub-item in Markdown. */
  sub(text: string, options?: { depth?: 1 | 2; dim?: boolean; hang?: string }): void;
  /** An indented line of a group (text), a list item (Markdown); `dim` for a remark. */
  entry(text: string, dim?: boolean): void;
  table(head: string[], rows: string[][], alignRight?: number[]): void;
  /** A chart drawn for a terminal of `width` columns; the first line is its title. */
  chart(draw: (style: Style, width: number) => string): void;
  /** Separates blocks in text (a blank line); Markdown separates every block anyway. */
  gap(): void;
  /** Lines a helper has already wrapped to `width`, each its own paragraph. */
  lines(lines: readonly string[]): void;
  /** The cited sources: `render` draws them as text, `ids` in footnote order. */
  sources(list: { render: (style: Style, width: number) => string; cited: () => readonly string[] }): void;
  done(): string;
}

export function textSink(style: Style, width: number): ReportSink {
  const out: string[] = [];
  return {
    style,
    width,
    title: (text, aside) => out.push(wrap(style.bold(text) + (aside ?? ''), width, '  ')),
    // A report that opens with a section has no blank line above it.
    section: (title) => out.push(...(out.length ? [''] : []), style.heading(title)),
    line: (text, indent) => out.push(wrap(text, width, indent)),
    note: (text, indent) => out.push(wrap(style.dim(text), width, indent)),
    item: (text, depth = 0) => out.push(wrap(`${'  '.repeat(depth)}- ${text}`, width, '  '.repeat(depth + 1))),
    numbered: (n, text, hang) => out.push(wrap(`${n}. ${text}`, width, hang)),
    sub: (text, { depth = 1, dim = false, hang } = {}) => {
      const line = wrap(`${' '.repeat(2 * depth + 1)}${text}`, width, hang ?? ' '.repeat(2 * depth + 3));
      out.push(dim ? style.dim(line) : line);
    },
    entry: (text, dim) => {
      const line = wrap(`  ${text}`, width, '    ');
      out.push(dim ? style.dim(line) : line);
    },
    table: (head, rows, alignRight) =>
      out.push(
        tableBreaksWords(head, rows, width)
          ? renderRecordList(head, rows, width)
          : renderTable({ head, rows, width, alignRight }, style).trimEnd(),
      ),
    chart: (draw) => out.push(draw(style, width).trimEnd()),
    gap: () => out.push(''),
    lines: (lines) => out.push(...lines),
    sources: (list) => out.push('', list.render(style, width).trimEnd()),
    done: () => `${out.join('\n')}\n`,
  };
}

// Markdown building blocks shared by every `--format markdown` report: text
// escaped so that data never turns into markup, GFM tables whose cells keep
// their pipes and line breaks, fenced text blocks for charts, and the sources
// as a numbered list.
import type { Source } from '../../data/schema.js';

/**
 * Characters that would start emphasis, code, HTML or a link in running text,
 * and a line start that would open a block. Footnote marks such as "[1]" stay
 * as they are: without a link definition they are plain text.
 */
export function escapeText(text: string): string {
  return escapeInline(text).replace(/^(\s*)([#>+=-])/gm, '$1\\$2');
}

/** Within a line; "$" too, which GitHub reads as the start of a formula. */
function escapeInline(text: string): string {
  return text.replace(/\[\d+\](?![(:])|[\\`*_<[\]$]/g, (match) => (match.length > 1 ? match : `\\${match}`));
}

/** A table cell: escaped, pipes escaped, line breaks kept as <br>. */
export function escapeCell(text: string): string {
  return escapeInline(text)
    .replace(/\|/g, '\\|')
    .split(/\r?\n/)
    .map((line) => line.trim())
    .join('<br>');
}

export function heading(level: 1 | 2 | 3, text: string): string {
  return `${'#'.repeat(level)} ${escapeText(text)}`;
}

/** A GFM table; `alignRight` lists the columns of figures. */
export function table(
  head: readonly string[],
  rows: readonly (readonly string[])[],
  alignRight: number[] = [],
): string {
  const line = (cells: readonly string[]) => `| ${cells.map(escapeCell).join(' | ')} |`;
  const rule = `|${head.map((_, i) => (alignRight.includes(i) ? ' ---: ' : ' --- ')).join('|')}|`;
  return [line(head), rule, ...rows.map((row) => line(head.map((_, i) => row[i] ?? '')))].join('\n');
}

/** A chart drawn for the terminal, kept as it is. */
export function fence(text: string): string {
  const body = text.replace(/\s+$/, '');
  // A fence longer than any run of backticks inside, so the chart cannot close it.
  const longest = Math.max(2, ...(body.match(/`+/g) ?? []).map((run) => run.length));
  const marks = '`'.repeat(longest + 1);
  return `${marks}text\n${body}\n${marks}`;
}

export function bulletList(items: readonly string[]): string {
  return items.map((item) => `- ${escapeText(item)}`).join('\n');
}

/** The cited sources, numbered as they are cited in the report ("[1]" is item 1). */
export function sourceList(order: readonly string[], sources: readonly Source[]): string {
  if (order.length === 0) return '';
  const byId = new Map(sources.map((s) => [s.id, s]));
  const items = order.map((id, i) => {
    const s = byId.get(id);
    const what = s ? `${s.publisher}, "${s.title}"${s.date ? ` (${s.date})` : ''}` : 'unknown source';
    return `${i + 1}. ${escapeText(what)} (\`${id}\`)`;
  });
  return `${heading(2, 'Sources')}\n\n${items.join('\n')}`;
}

/** Blocks separated by blank lines, as Markdown needs; empty blocks left out. */
export function document(blocks: readonly string[]): string {
  return `${blocks.filter((b) => b.trim() !== '').join('\n\n')}\n`;
}

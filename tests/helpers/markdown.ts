// Checks for `--format markdown` reports: run a command in-process, parse its
// Markdown with a real CommonMark/GFM parser, and compare figures with the
// text report.
import { mkdtempSync } from 'node:fs';
import { join } from 'node:path';
import MarkdownIt from 'markdown-it';
import type Token from 'markdown-it/lib/token.mjs';
import { buildProgram } from '../../src/cli/program.js';
import { inProcessContext } from './in-process.js';
import { testTmpdir } from './test-tmpdir.js';

/** stdout of `career ARGS` run in-process on the built-in data, without colour, at 80 columns. */
export async function careerStdout(args: string[], stateDir = mkdtempSync(join(testTmpdir(), 'career-md-'))) {
  let stdout = '';
  const ctx = inProcessContext({ stateDir, cwd: stateDir, out: (text) => void (stdout += text), err: () => {} });
  const program = buildProgram('0.0.0-test', async () => ctx, { writeOut: () => {}, writeErr: () => {} });
  await program.parseAsync(args, { from: 'user' });
  return stdout;
}

const parser = new MarkdownIt('commonmark').enable('table');

/** The block tokens, flat (open/close pairs and inline content). */
export function blockTokens(markdown: string): Token[] {
  return parser.parse(markdown, {});
}

/** What a reader sees: the rendered HTML without tags and with entities decoded. */
export function renderedText(markdown: string): string {
  return parser
    .render(markdown)
    .replace(/<br>/g, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
}

/** Money, percentages, years and footnote numbers as the text report prints them. */
export function figuresOf(text: string): string[] {
  return [
    ...new Set(text.match(/\[\d+\]|[+-]?[$€£]\d[\d,.]*k?|[+-]?\d[\d,.]*%|\d+(?:\.\d+)?(?:-\d+(?:\.\d+)?)?/g) ?? []),
  ];
}

/** The heading texts at `level` (1-6), in order. */
export function headings(tokens: Token[], level: number): string[] {
  return tokens.flatMap((t, i) => (t.type === 'heading_open' && t.tag === `h${level}` ? [tokens[i + 1]!.content] : []));
}

import { describe, expect, it } from 'vitest';
import { blockTokens, careerStdout, figuresOf, headings, renderedText } from '../../helpers/markdown.js';

describe('career path --format markdown', () => {
  const cases = [
    [
      'a promotion path across tracks',
      ['it-manager:manager', 'it-manager:cio', '--experience', '8', '--in-level', '2'],
    ],
    ['an entry path', ['none', 'it-ops-manager', '--background', 'changer']],
  ] as const;

  for (const [what, args] of cases) {
    it(`keeps every figure of the text report (${what})`, async () => {
      const text = await careerStdout(['path', ...args]);
      const seen = renderedText(await careerStdout(['path', ...args, '--format', 'markdown']));
      expect(figuresOf(text).length).toBeGreaterThan(20);
      const missing = figuresOf(text).filter((figure) => !seen.includes(figure));
      expect(missing).toEqual([]);
    });
  }

  it('is a document: a title, the steps as a table, charts fenced as text, the sources numbered', async () => {
    const markdown = await careerStdout(['path', 'it-manager:manager', 'it-manager:cio', '--format', 'markdown']);
    const tokens = blockTokens(markdown);
    expect(headings(tokens, 1)).toEqual(['IT Manager -> Chief Information Officer (CIO)']);
    expect(headings(tokens, 2)).toEqual([
      'Steps',
      'Timeline (years from now, typical pace)',
      'What the path earns',
      'On the way',
      'Alternatives',
      'Assumptions',
      'Sources',
    ]);
    const headerCells = tokens.filter((t) => t.type === 'th_open').length;
    expect(headerCells).toBe(4);
    expect(tokens.filter((t) => t.type === 'tr_open')).toHaveLength(1 + 6);
    const fences = tokens.filter((t) => t.type === 'fence');
    expect(fences.map((f) => f.info)).toEqual(['text', 'text']);
    expect(fences[0]!.content).toContain('◆');
    expect(fences[1]!.content).toContain('Pay by year from now (medians)');
    const sources = tokens.findIndex((t) => t.type === 'inline' && t.content === 'Sources');
    const list = tokens.slice(sources).find((t) => t.type.endsWith('_list_open'));
    expect(list?.type).toBe('ordered_list_open');
  });

  it('is never coloured and carries no terminal codes', async () => {
    const markdown = await careerStdout(['path', 'it-manager:manager', 'it-manager:cio', '--format', 'markdown']);
    expect(markdown).not.toMatch(/\u001b/);
  });

  it('takes --json as --format json and refuses the two asking for different formats', async () => {
    const json = await careerStdout(['path', 'it-manager:manager', 'it-manager:cio', '--json']);
    const formatJson = await careerStdout(['path', 'it-manager:manager', 'it-manager:cio', '--format', 'json']);
    expect(formatJson).toBe(json);
    await expect(
      careerStdout(['path', 'it-manager:manager', 'it-manager:cio', '--json', '--format', 'markdown']),
    ).rejects.toThrow(/--json is --format json/);
  });
});

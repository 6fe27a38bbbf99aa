import { describe, expect, it } from 'vitest';
import { blockTokens, careerStdout, figuresOf, headings, renderedText } from '../../helpers/markdown.js';

describe('career compare --format markdown', () => {
  const cases = [
    ['two roles', ['it-ops-manager', 'it-manager']],
    ['two levels', ['it-manager:senior', 'it-ops-manager:director']],
  ] as const;
  for (const [what, items] of cases) {
    it(`keeps every figure of the text report (${what})`, async () => {
      const text = await careerStdout(['compare', ...items]);
      const seen = renderedText(await careerStdout(['compare', ...items, '--format', 'markdown']));
      expect(figuresOf(text).length).toBeGreaterThan(15);
      expect(figuresOf(text).filter((figure) => !seen.includes(figure))).toEqual([]);
    });
  }

  it('is a document: facts, salaries and ladders as tables, the chart fenced, sources numbered', async () => {
    const markdown = await careerStdout(['compare', 'it-ops-manager', 'it-manager', '--format', 'markdown']);
    const tokens = blockTokens(markdown);
    expect(headings(tokens, 1)).toEqual(['Comparing IT Operations Manager vs IT Manager']);
    expect(headings(tokens, 2)).toEqual([
      'Key facts',
      'Salaries around the world',
      'Career ladders, level by level',
      'Skills',
      'Certifications',
      'Sources',
    ]);
    expect(tokens.filter((t) => t.type === 'table_open')).toHaveLength(3);
    // A table has one column per item beside the labels.
    expect(tokens.filter((t) => t.type === 'th_open')).toHaveLength(9);
    expect(tokens.filter((t) => t.type === 'fence').map((f) => f.info)).toEqual(['text']);
    const sources = tokens.findIndex((t) => t.type === 'inline' && t.content === 'Sources');
    expect(tokens.slice(sources).find((t) => t.type.endsWith('_list_open'))?.type).toBe('ordered_list_open');
    expect(markdown).not.toMatch(/\u001b/);
  });
});

import { describe, expect, it } from 'vitest';
import { blockTokens, careerStdout, figuresOf, headings, renderedText } from '../../helpers/markdown.js';

describe('career show --format markdown', () => {
  for (const role of ['it-manager', 'it-ops-manager']) {
    it(`keeps every figure of the text report (${role})`, async () => {
      const text = await careerStdout(['show', role]);
      const seen = renderedText(await careerStdout(['show', role, '--format', 'markdown']));
      expect(figuresOf(text).length).toBeGreaterThan(30);
      expect(figuresOf(text).filter((figure) => !seen.includes(figure))).toEqual([]);
    });
  }

  it('is a document: the role as title, sections, facts and ladder as tables, the chart fenced, sources numbered', async () => {
    const markdown = await careerStdout(['show', 'it-manager', '--format', 'markdown']);
    const tokens = blockTokens(markdown);
    expect(headings(tokens, 1)).toEqual(['IT Manager']);
    expect(headings(tokens, 2)).toEqual([
      'Key facts',
      'Skills',
      'Certifications',
      'Career ladder [1]',
      'What each level expects',
      'How to get there',
      'Salaries around the world',
      'Emerging specializations',
      'Related roles',
      'Sources',
    ]);
    expect(tokens.filter((t) => t.type === 'table_open')).toHaveLength(4);
    const fences = tokens.filter((t) => t.type === 'fence');
    expect(fences.map((f) => f.info)).toEqual(['text']);
    expect(fences[0]!.content).toContain('U.S. median salary by level');
    const sources = tokens.findIndex((t) => t.type === 'inline' && t.content === 'Sources');
    expect(tokens.slice(sources).find((t) => t.type.endsWith('_list_open'))?.type).toBe('ordered_list_open');
    // Importance stars stay text, not emphasis.
    expect(renderedText(markdown)).toContain('Networking**, Cloud operations**');
    expect(markdown).not.toMatch(/\u001b/);
  });
});

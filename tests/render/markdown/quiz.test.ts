import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../../helpers/run-cli.js';
import { blockTokens, careerStdout, figuresOf, headings, renderedText } from '../../helpers/markdown.js';

const answers = join(repoRoot, 'tests/fixtures/answers/it-ops-manager.yaml');
const args = ['quiz', 'it-ops-manager', '--answers', answers, '--seed', '7', '--no-save'];

describe('career quiz --answers --format markdown', () => {
  it('keeps every figure of the text report', async () => {
    const text = await careerStdout(args);
    const seen = renderedText(await careerStdout([...args, '--format', 'markdown']));
    expect(figuresOf(text).length).toBeGreaterThan(30);
    expect(figuresOf(text).filter((figure) => !seen.includes(figure))).toEqual([]);
  });

  it('is a document: readiness and role fit as tables, the skill chart fenced, gaps as a numbered list', async () => {
    const markdown = await careerStdout([...args, '--format', 'markdown']);
    const tokens = blockTokens(markdown);
    expect(headings(tokens, 1)).toEqual(['Readiness for IT Operations Manager']);
    expect(headings(tokens, 2)).toContain('Gaps to close, most important first');
    expect(tokens.filter((t) => t.type === 'table_open')).toHaveLength(2);
    const fences = tokens.filter((t) => t.type === 'fence');
    expect(fences.map((f) => f.info)).toEqual(['text']);
    expect(fences[0]!.content).toContain('Skill scores out of 100');
    const gaps = tokens.findIndex((t) => t.type === 'inline' && t.content === 'Gaps to close, most important first');
    expect(tokens.slice(gaps).find((t) => t.type.endsWith('_list_open'))?.type).toBe('ordered_list_open');
    expect(markdown).not.toMatch(/\u001b/);
  });
});

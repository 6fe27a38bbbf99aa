import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../../fixtures/bad-data/temp-data.js';
import { repoRoot } from '../../helpers/run-cli.js';
import { blockTokens, careerStdout, figuresOf, headings, renderedText } from '../../helpers/markdown.js';

const answers = join(repoRoot, 'tests/fixtures/answers/it-ops-manager.yaml');

describe('career quiz history --format markdown', () => {
  it('shows the runs as a table and the trends as lists, with every figure of the text', async () => {
    const state = tempDir('career-md-history-');
    await careerStdout(['quiz', 'it-ops-manager', '--answers', answers, '--seed', '7'], state);
    await careerStdout(['quiz', 'it-ops-manager', '--answers', answers, '--seed', '8', '--count', '6'], state);
    const text = await careerStdout(['quiz', 'history'], state);
    const markdown = await careerStdout(['quiz', 'history', '--format', 'markdown'], state);
    const tokens = blockTokens(markdown);
    expect(headings(tokens, 1)).toEqual(['Quiz history (2 runs)']);
    expect(headings(tokens, 2)).toHaveLength(1);
    expect(tokens.filter((t) => t.type === 'tr_open')).toHaveLength(3);
    expect(tokens.some((t) => t.type === 'bullet_list_open')).toBe(true);
    expect(figuresOf(text).length).toBeGreaterThan(5);
    const seen = renderedText(markdown);
    expect(figuresOf(text).filter((figure) => !seen.includes(figure))).toEqual([]);
    expect(markdown).not.toMatch(/\u001b/);
  });
});

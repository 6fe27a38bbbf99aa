import { describe, expect, it } from 'vitest';
import { table } from '../../../src/render/markdown/blocks.js';
import { blockTokens } from '../../helpers/markdown.js';

describe('markdown table cells', () => {
  it('keep pipes, line breaks and markup characters as text, in one cell each', () => {
    const tokens = blockTokens(table(['Name', 'Note'], [['a | b', 'line one\nline two *not bold* <b>']]));
    const cells = tokens.filter((t) => t.type === 'inline').map((t) => t.content);
    expect(cells).toHaveLength(4);
    expect(tokens.filter((t) => t.type === 'td_open')).toHaveLength(2);
    const html = tokens
      .flatMap((t) => t.children ?? [])
      .filter((t) => t.type === 'html_inline')
      .map((t) => t.content);
    expect(html).toEqual(['<br>']);
    expect(tokens.some((t) => t.children?.some((c) => c.type === 'em_open'))).toBe(false);
  });
});

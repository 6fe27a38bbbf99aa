import { describe, expect, it } from 'vitest';
import { wrap } from '../../src/render/wrap.js';

describe('wrap', () => {
  it('breaks at word boundaries within the width', () => {
    const text = 'one two three four five six seven eight nine ten eleven twelve';
    const lines = wrap(text, 20).split('\n');
    expect(lines.every((l) => l.length <= 20)).toBe(true);
    expect(lines.join(' ')).toBe(text);
  });
  it("indents continuation lines and keeps the first line's indentation", () => {
    expect(wrap('  - alpha beta gamma delta epsilon zeta eta', 20, '    ')).toBe(
      '  - alpha beta gamma\n    delta epsilon\n    zeta eta',
    );
  });
  it('leaves a word longer than the width on its own line', () => {
    expect(wrap(`a ${'x'.repeat(30)} b`, 20)).toBe(`a\n${'x'.repeat(30)}\nb`);
  });
});

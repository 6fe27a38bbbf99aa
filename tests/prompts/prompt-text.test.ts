// What inquirer is handed: data texts wrapped to the terminal and made safe,
// since inquirer writes to the terminal past the CLI's own output filter.
import { describe, expect, it } from 'vitest';
import { answerText, promptText } from '../../src/prompts/prompt-text.js';

const HOSTILE = 'Support \u001b]0;pwned\u0007 Manager \u001b[2J\u009b31m\u202eX';

describe('promptText', () => {
  it('masks control characters and escape sequences from the data', () => {
    const shown = promptText(HOSTILE, 80);
    expect(shown).not.toMatch(/[\u001b\u0007\u009b\u202e]/);
    expect(shown).toContain('pwned');
  });

  it('masks them in an answer shown on lines of its own too', () => {
    const shown = answerText('A question that fills the line', `${HOSTILE} `.repeat(4), 40) ?? '';
    expect(shown).not.toMatch(/[\u001b\u0007\u009b\u202e]/);
  });
});

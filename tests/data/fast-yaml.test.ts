// The fast YAML path (js-yaml) must read every document exactly as the judge
// (the `yaml` package, YAML 1.2 core schema) does, or leave it to the judge.
// A document the two read differently would be checked and served as
// something other than what its author wrote.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDocument, stringify } from 'yaml';
import { fastParse } from '../../src/data/load/fast-yaml.js';
import { parseDataText } from '../../src/data/load/read-file.js';
import { aliasBomb } from '../fixtures/bad-data/hostile-yaml.js';
import { builtInDataFiles, dataDir, yamlScalar, yamlStyle, yamlValue } from '../helpers/yaml-arbitraries.js';

/** What the judge makes of the text: its value, or undefined when it reports an error. */
function judge(text: string): unknown {
  const doc = parseDocument(text, { schema: 'core', version: '1.2', uniqueKeys: true });
  if (doc.errors.length > 0) return undefined;
  try {
    return doc.toJS({ maxAliasCount: 100 }) ?? undefined;
  } catch {
    return undefined; // an alias without its anchor, or too many aliases
  }
}

/** The fast path either steps aside or agrees with the judge, which accepts the text (NaN included). */
function expectAgreement(text: string): void {
  const fast = fastParse(text);
  if (fast === undefined) return;
  expect(fast).toStrictEqual(judge(text));
}

describe('malformed text js-yaml forgives', () => {
  it.each([['a quoted text continued without indentation', 'k: "one\ntwo"\n', { k: 'one two' }]])(
    '%s is read as written, where yaml refuses it',
    (_name, text, value) => {
      expect(judge(text)).toBeUndefined();
      expect(fastParse(text)).toStrictEqual(value);
    },
  );
});

describe('plain scalars resolve as in the YAML 1.2 core schema', () => {
  it.each([
    ['0b101', '0b101'],
    ['0o17', 15],
    ['0x1F', 31],
    ['-0x1F', '-0x1F'],
    ['+12', 12],
    ['0012', 12],
    ['1_000', '1_000'],
    ['.5', 0.5],
    ['1.', 1],
    ['1e3', 1000],
    ['-.Inf', -Infinity],
    ['.NaN', NaN],
    ['yes', 'yes'],
    ['no', 'no'],
    ['on', 'on'],
    ['True', true],
    ['tRue', 'tRue'],
    ['~', null],
    ['Null', null],
    ['2024-01-01', '2024-01-01'],
    ['12:30', '12:30'],
    ['1,000', '1,000'],
  ])('%s', (scalar, expected) => {
    expect(fastParse(`value: ${scalar}\n`)).toStrictEqual({ value: expected });
    expectAgreement(`value: ${scalar}\n`);
  });
});

describe('documents left to the judge', () => {
  it.each([
    ['an anchor', 'a: &x 1\nb: 2\n'],
    ['an alias', 'a: 1\nb: [*x]\n'],
    ['a tag', 'a: !!str 1\n'],
    ['a directive', '%YAML 1.1\n---\na: no\n'],
    ['a duplicate key', 'a: 1\na: 2\n'],
    ['two documents', 'a: 1\n---\nb: 2\n'],
    ['comments only', '# nothing here\n'],
    ['a syntax error', 'a: [1, 2\n'],
    ['a tab for indentation', 'a:\n\tb: 1\n'],
  ])('%s', (_name, text) => {
    expect(fastParse(text)).toBeUndefined();
  });

  it('reads text that only looks like an alias, such as "R *and* D" in quotes, correctly either way', () => {
    expectAgreement('a: "R *and* D & more!"\n');
    expect(parseDataText('a: "R *and* D"\n', 'f.yaml')).toMatchObject({
      ok: true,
      parsed: { value: { a: 'R *and* D' } },
    });
  });

  it('an alias bomb', () => {
    expect(fastParse(aliasBomb())).toBeUndefined();
  });
});

describe('agreement on real documents', () => {
  it.each(builtInDataFiles)('data/%s takes the fast path and reads the same', (name) => {
    const text = readFileSync(join(dataDir, name), 'utf8');
    expect(fastParse(text)).toBeDefined();
    expectAgreement(text);
  });
});

describe('agreement on generated documents', () => {
  const value = yamlValue(
    yamlScalar(
      '0b1',
      '0o7',
      '0x_1',
      '1e',
      '.',
      '-',
      '+',
      '~',
      'null',
      'TRUE',
      'False',
      '.inf',
      '+.INF',
      '-1.5e-3',
      '1:2',
      '#',
      '- x',
      '? x',
      '"q"',
      "'q'",
      '|',
      '>',
    ),
  );
  const style = yamlStyle;

  it('any value written in any style reads the same both ways', () => {
    fc.assert(
      fc.property(value, style, (v, options) => {
        expectAgreement(stringify({ root: v }, options));
      }),
      { numRuns: 500 },
    );
  });

  it('any text at all, at the top or inside a mapping: where both read it, they read the same', () => {
    const yamlish = fc.array(
      fc.constantFrom(
        'a',
        'b',
        ':',
        ' ',
        '\n',
        '-',
        '[',
        ']',
        '{',
        '}',
        ',',
        '"',
        "'",
        '#',
        '|',
        '>',
        '1',
        '.',
        '~',
        '?',
        '\t',
        '\\',
        'e',
        '+',
        '&',
        '*',
        '!',
        '%',
      ),
      { maxLength: 40 },
    );
    const context = fc.constantFrom('', 'k: ', 'k:\n ', '- k: ', 'a:\n  b: ');
    fc.assert(
      fc.property(context, yamlish, (prefix, chars) => {
        const text = prefix + chars.join('');
        const fast = fastParse(text);
        const judged = judge(text);
        // js-yaml forgives some bad indentation that yaml refuses (see fast-yaml.ts).
        if (fast !== undefined && judged !== undefined) expect(fast).toStrictEqual(judged);
      }),
      { numRuns: 5_000 },
    );
  });
});

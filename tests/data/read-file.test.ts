// Reading and parsing one data file: every refusal is a located problem, never
// an exception, and hostile input is refused quickly.
import { mkdirSync, openSync, readFileSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { fastParse } from '../../src/data/load/fast-yaml.js';
import { fastParseLocated } from '../../src/data/load/positions.js';
import {
  describeFsError,
  MAX_FILE_BYTES,
  parseDataText,
  readDataFile,
  readTextFile,
} from '../../src/data/load/read-file.js';
import { formatProblem, type ParsedFile, type PathSegment } from '../../src/data/problem.js';
import { tempDir } from '../fixtures/bad-data/temp-data.js';
import { aliasBomb } from '../fixtures/bad-data/hostile-yaml.js';
import { withFsReplaced } from '../helpers/replace-fs.js';
import { builtInDataFiles, dataDir, yamlScalar, yamlStyle, yamlValue } from '../helpers/yaml-arbitraries.js';

const problemsOf = (text: string) => {
  const result = parseDataText(text, 'f.yaml');
  if (result.ok) throw new Error(`expected problems, got ${JSON.stringify(result.parsed.value)}`);
  return result.problems;
};

describe('parseDataText', () => {
  it.each([
    [
      'a duplicate key, named, at the repeat',
      'id: a\ntitle: A\ntitle: B\n',
      { line: 3, column: 1, message: 'duplicate key "title": it appears twice in the same mapping; keep one' },
    ],
    [
      'a duplicate quoted key in JSON',
      '{"id": 1, "id": 2}',
      { line: 1, column: 11, message: expect.stringMatching(/^duplicate key "id"/) },
    ],
    [
      'a duplicate key in a nested mapping',
      'a:\n  b: 1\n  b: 2\n',
      { line: 3, column: 3, message: expect.stringMatching(/^duplicate key "b"/) },
    ],
    ['an unclosed flow sequence', 'a: [1, 2\nb: 3\n', { line: 2, message: expect.stringMatching(/^invalid YAML: /) }],
    ['a tab indentation', 'a:\n\tb: 1\n', { line: 2, message: expect.stringMatching(/^invalid YAML: /) }],
    ['several documents', 'a: 1\n---\nb: 2\n', { line: 2, message: expect.stringMatching(/multiple documents/) }],
    ['only a comment', '# nothing\n', { message: 'has no content (only comments or blank lines)' }],
    ['an alias bomb', aliasBomb(), { message: expect.stringMatching(/^refused: .*alias/i) }],
    [
      'nesting deeper than the parser can go',
      '['.repeat(20_000),
      { line: 1, column: 201, message: 'invalid YAML: nested too deeply to read (more than 200 levels)' },
    ],
    // Each of these once reached the parsers' stack limit, where V8 could die compiling a regex instead of throwing.
    [
      'compact lists nested 20,000 deep',
      `${'- '.repeat(20_000)}x\n`,
      { line: 1, column: 401, message: 'invalid YAML: nested too deeply to read (more than 200 levels)' },
    ],
    [
      'flow mappings nested 20,000 deep',
      '{a: '.repeat(20_000),
      { line: 1, message: 'invalid YAML: nested too deeply to read (more than 200 levels)' },
    ],
    [
      'keys indented 1,000 deep',
      Array.from({ length: 1_000 }, (_, depth) => `${' '.repeat(depth)}a:`).join('\n'),
      { line: 202, column: 202, message: 'invalid YAML: nested too deeply to read (more than 200 levels)' },
    ],
  ])('refuses %s', (_name, text, problem) => {
    expect(problemsOf(text)[0]).toMatchObject({ file: 'f.yaml', ...problem });
  });

  it.each([
    ['a list', `${'- '.repeat(150)}x\n`],
    ['flow collections', `${'[{a: '.repeat(75)}1${'}]'.repeat(75)}\n`],
    ['brackets inside text', `a: "${'[{'.repeat(300)}"\nb: see [1] and [2 ${'['.repeat(300)}\n`],
  ])('reads %s nested less deep than the limit, or brackets that open nothing', (_name, text) => {
    expect(parseDataText(text, 'f.yaml').ok).toBe(true);
  });

  it('reports one indentation slip once, at its line, with the errors it causes counted', () => {
    const slip =
      'skills:\n  - skill: a\n    importance: 3\n - skill: b\n    importance: 2\n  - skill: c\n    importance: 3\n';
    expect(problemsOf(slip)).toEqual([
      {
        file: 'f.yaml',
        line: 4,
        column: 1,
        message:
          'invalid YAML: A block sequence may not be used as an implicit map key (and 5 later YAML errors in this file, most likely caused by this one)',
      },
    ]);
  });

  it('reads YAML 1.2: "no" and "on" stay text', () => {
    const result = parseDataText('%YAML 1.1\n---\na: no\nb: on\n', 'f.yaml');
    expect(result.ok && result.parsed.value).toEqual({ a: 'no', b: 'on' });
  });

  it("finds a duplicate key at the end of a big mapping, at its line (yaml's own check is quadratic: bench times 40,000)", () => {
    const text = `${Array.from({ length: 5_000 }, (_, i) => `k${i}: ${i}`).join('\n')}\nk7: again\n`;
    expect(problemsOf(text)).toEqual([
      expect.objectContaining({ line: 5_001, message: expect.stringMatching(/^duplicate key "k7"/) }),
    ]);
  });

  it('locates a path for later messages: a field, or its key', () => {
    const result = parseDataText('a:\n  list:\n    - x\n    - name: y\n', 'f.yaml');
    if (!result.ok) throw new Error('expected a parse');
    expect(result.parsed.locate(['a', 'list', 1, 'name'])).toEqual({ line: 4, column: 13 });
    expect(result.parsed.locate(['a'], 'list')).toEqual({ line: 2, column: 3 });
    // A missing field is reported where its parent is.
    expect(result.parsed.locate(['a', 'missing'])).toEqual({ line: 2, column: 3 });
  });
});

/** Every path in a value, each with and without a key, and one missing field under each. */
function placesIn(value: unknown, path: PathSegment[] = []): [PathSegment[], string?][] {
  const children: [PathSegment, unknown][] = Array.isArray(value)
    ? value.map((item, index) => [index, item])
    : value !== null && typeof value === 'object'
      ? Object.entries(value)
      : [];
  return [
    [path],
    [[...path, 'no-such-field']],
    ...children.flatMap(([segment, child]): [PathSegment[], string?][] => [
      ...(typeof segment === 'string' ? [[path, segment] as [PathSegment[], string]] : []),
      ...placesIn(child, [...path, segment]),
    ]),
  ];
}

describe('positions on the fast path', () => {
  // A document end marker sends the same text, at the same offsets, to `yaml`.
  const judged = (text: string) => parseDataText(`${text}${text.endsWith('\n') ? '' : '\n'}...\n`, 'f.yaml');
  /** Where both parsers read the text alike, js-yaml places every path where `yaml` does. */
  const expectSamePlaces = (text: string) => {
    const slow = judged(text);
    if (fastParse(text) === undefined || !slow.ok) return;
    expect(fastParse(text)).toStrictEqual(slow.parsed.value);
    const where = (locate: ParsedFile['locate']) =>
      placesIn(slow.parsed.value).map(([path, key]) => [path, key, locate(path, key)]);
    expect(where(fastParseLocated(text)!.locate)).toEqual(where(slow.parsed.locate));
  };

  it.each(builtInDataFiles)("are the same as yaml's in data/%s, which the fast parser reads", (name) => {
    const text = readFileSync(join(dataDir, name), 'utf8');
    // expectSamePlaces compares nothing where the fast parser declines: a built-in file must stay on the fast path.
    expect(fastParse(text)).toBeDefined();
    expectSamePlaces(text);
  });

  it("are the same as yaml's in any document written in any style, comments included", () => {
    const value = yamlValue(yamlScalar('', '~', '- x', '#', 'a: b', '"q"'));
    const style = yamlStyle;
    const comment = fc.constantFrom('', ' # note', '\n# note\n');
    fc.assert(
      fc.property(value, style, comment, (v, options, note) =>
        expectSamePlaces(stringify({ root: v, next: 1 }, options).replace(/:\n/, `:${note}\n`)),
      ),
      { numRuns: 300 },
    );
  });

  it.each([
    ['flow collections in a list', 'a:\n  - [x, y]\n  - {k: v}\n'],
    ['empty values', 'a:\nb:   \nc: # nothing\nd: 1\n'],
    ['JSON', '{"json": [1, 2], "k": {"v": "w"}, "n": null}'],
    ['blank lines and comments', '# comment\n\nroot:\n\n  # comment\n  key: value\n'],
  ])("are the same as yaml's with %s", (_name, text) => {
    expect(fastParse(text)).toBeDefined();
    expectSamePlaces(text);
  });

  it("are the same as yaml's where a key starts with ':' after a mapping or a list (found by the property above)", () => {
    const text = 'root:\n "":\n  "": null\n :\': {}\nnext: 1\n';
    expect(fastParseLocated(text)!.locate(['root', ''])).toEqual({ line: 3, column: 3 });
    expectSamePlaces(text);
    // The same after a list item: a list has no keys.
    const list = 'root:\n "":\n  - - false\n :": {}\nnext: 1\n';
    expect(fastParseLocated(list)!.locate(['root', '', 0])).toEqual({ line: 3, column: 5 });
    expectSamePlaces(list);
  });

  it("are the same as yaml's in a file over 256 KB", () => {
    // Long comments make the size with few nodes: yaml, the judge, takes its time over each node.
    const note = 'a comment that pads the file '.repeat(6);
    const text = `list:\n${Array.from({ length: 1_500 }, (_, i) => `  - id: item-${i}\n    tags: [a, b] # ${note}\n`).join('')}`;
    expect(text.length).toBeGreaterThan(256 * 1024);
    const [fast, slow] = [parseDataText(text, 'f.yaml'), judged(text)];
    if (!fast.ok || !slow.ok) throw new Error('expected both to read it');
    const where = (parsed: ParsedFile) => placesIn(slow.parsed.value).map(([path, key]) => parsed.locate(path, key));
    expect(where(fast.parsed)).toEqual(where(slow.parsed));
  });

  it('are left to yaml where js-yaml cannot tell (an empty list item)', () => {
    const text = 'list:\n  -\n  - x\n';
    expect(fastParseLocated(text)!.locate(['list', 0])).toBeUndefined();
    const read = parseDataText(text, 'f.yaml');
    expect(read.ok && read.parsed.locate(['list', 0])).toEqual({ line: 2, column: 4 });
  });
});

describe('readTextFile', () => {
  const dir = tempDir();
  const file = (name: string, content: string | Buffer) => {
    const path = join(dir, name);
    writeFileSync(path, content);
    return path;
  };

  it.each([
    ['an empty file', () => file('empty.yaml', ''), 'is empty'],
    [
      'a binary file',
      () => file('bin.yaml', Buffer.from([1, 2, 0, 3])),
      'looks like a binary file (it contains NUL bytes), expected YAML text',
    ],
    ['invalid UTF-8', () => file('latin1.yaml', Buffer.from('caf\xe9', 'latin1')), 'is not valid UTF-8 text'],
    ['a missing file', () => join(dir, 'missing.yaml'), 'does not exist'],
    [
      'a directory',
      () => (mkdirSync(join(dir, 'folder.yaml')), join(dir, 'folder.yaml')),
      'is a directory, expected a file',
    ],
    [
      'a symlink loop',
      () => (symlinkSync('loop.yaml', join(dir, 'loop.yaml')), join(dir, 'loop.yaml')),
      'is a symbolic link loop',
    ],
    ['something that is not a file', () => '/dev/null', 'is not a regular file'],
  ])('refuses %s', (_name, makePath, message) => {
    expect(readTextFile(makePath(), 'shown.yaml')).toEqual({ ok: false, problems: [{ file: 'shown.yaml', message }] });
  });

  it('refuses a file over the size limit by its size, without reading it (a sparse 3 GB file; bench times it)', () => {
    const path = file('huge.yaml', '');
    truncateSync(path, 3 * 1024 ** 3);
    expect(readTextFile(path, 'huge.yaml')).toEqual({
      ok: false,
      problems: [{ file: 'huge.yaml', message: 'is 3072.0 MB, over the 5 MB limit for a data file' }],
    });
  });

  it('accepts a file of exactly the limit', () => {
    const path = file('limit.yaml', `a: ${'x'.repeat(MAX_FILE_BYTES - 4)}\n`);
    expect(readTextFile(path, 'limit.yaml').ok).toBe(true);
  });

  it('drops a UTF-8 byte order mark', () => {
    const path = file('bom.yaml', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('a: 1\n')]));
    expect(readTextFile(path, 'bom.yaml')).toEqual({ ok: true, text: 'a: 1\n' });
  });
});

describe('an unreadable file', () => {
  // Tests may run as root, which reads chmod 000 files; the operating system's
  // answer is simulated instead, to check what the user is told.
  it('says permission denied', async () => {
    const path = join(tempDir(), 'locked.yaml');
    writeFileSync(path, 'a: 1\n');
    const denied = (open: typeof openSync) =>
      ((file: string, ...rest: [string]) => {
        if (String(file).endsWith('locked.yaml'))
          throw Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES' });
        return open(file, ...rest);
      }) as typeof openSync;
    expect(await withFsReplaced('openSync', denied, () => readDataFile(path, 'locked.yaml'))).toEqual({
      ok: false,
      problems: [{ file: 'locked.yaml', message: 'cannot be read (permission denied)' }],
    });
  });

  it.each([
    ['EACCES', 'cannot be read (permission denied)'],
    ['EPERM', 'cannot be read (permission denied)'],
    ['ELOOP', 'is a symbolic link loop'],
    ['EIO', 'cannot be read (EIO)'],
  ])('%s reads as "%s"', (code, message) =>
    expect(describeFsError(Object.assign(new Error(code), { code }))).toBe(message),
  );
});

describe('readDataFile and formatProblem', () => {
  it('name file, line and column, and the field path when there is one', () => {
    const path = join(tempDir(), 'r.yaml');
    writeFileSync(path, 'a: 1\na: 2\n');
    const result = readDataFile(path, 'roles/r.yaml');
    expect(!result.ok && result.problems.map(formatProblem)).toEqual([
      'roles/r.yaml:2:1 duplicate key "a": it appears twice in the same mapping; keep one',
    ]);
    expect(
      formatProblem({ file: 'x.yaml', line: 4, column: 7, path: 'ladder[2].id', message: 'expected a text' }),
    ).toBe('x.yaml:4:7 ladder[2].id: expected a text');
    expect(formatProblem({ file: 'x.yaml', message: 'is empty' })).toBe('x.yaml is empty');
  });
});

// Property tests: whatever a data file contains (a valid role with keys
// deleted, values of the wrong type, random YAML spliced in, cut short, or
// random bytes), the loader never throws: it either accepts the file or
// returns problems in the documented shape.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { loadDataDirSync } from '../../src/data/load/load-dir.js';
import type { Problem } from '../../src/data/problem.js';
import { parseDataText, readDataFile } from '../../src/data/load/read-file.js';
import { roleSchema } from '../../src/data/schema.js';
import { starterFiles } from '../../src/data/starter/files.js';
import { validate } from '../../src/data/validate.js';
import { starterDataDir, tempDir } from '../fixtures/bad-data/temp-data.js';
import { anyText } from '../helpers/any-text.js';

const ROLE = 'roles/example-support-manager.yaml';
const validRole = starterFiles().find((f) => f.path === ROLE)!.text;
const validRoleValue = parse(validRole);

/** The documented shape: file and message always; line, column (from 1) and field path when known; nothing else. */
function expectDocumentedProblems(problems: Problem[], file: string): void {
  expect(problems.length).toBeGreaterThan(0);
  for (const problem of problems) {
    expect(Object.keys(problem).every((key) => ['file', 'line', 'column', 'path', 'message'].includes(key))).toBe(true);
    expect(problem.file).toBe(file);
    expect(typeof problem.message).toBe('string');
    expect(problem.message.trim()).not.toBe('');
    for (const n of [problem.line, problem.column])
      if (n !== undefined) expect(Number.isInteger(n) && n >= 1).toBe(true);
    if (problem.path !== undefined) expect(typeof problem.path).toBe('string');
  }
}

/** Parse and check a role file's text the way the loader does; must not throw. */
function checkRoleText(text: string): void {
  const parsed = parseDataText(text, 'r.yaml');
  if (!parsed.ok) return expectDocumentedProblems(parsed.problems, 'r.yaml');
  const checked = validate(roleSchema, parsed.parsed);
  if (!checked.ok) expectDocumentedProblems(checked.problems, 'r.yaml');
}

type Path = (string | number)[];

function containerPaths(value: unknown, path: Path = []): Path[] {
  if (value === null || typeof value !== 'object') return [];
  const children = Array.isArray(value) ? value.map((v, i) => [i, v] as const) : Object.entries(value);
  return [path, ...children.flatMap(([key, child]) => containerPaths(child, [...path, key]))];
}

function at(root: unknown, path: Path): any {
  return path.reduce((node: any, key) => node[key], root);
}

/** A structural change to a valid role: delete a key or element, or replace a value with any JSON value. */
const mutatedRole = fc
  .record({
    pick: fc.nat(),
    key: fc.nat(),
    kind: fc.constantFrom('delete', 'replace'),
    value: fc.jsonValue({ maxDepth: 3 }),
  })
  .map(({ pick, key, kind, value }) => {
    const role = structuredClone(validRoleValue);
    const paths = containerPaths(role);
    const container = at(role, paths[pick % paths.length]!);
    const keys = Array.isArray(container) ? container.map((_: unknown, i: number) => i) : Object.keys(container);
    if (keys.length > 0) {
      const chosen = keys[key % keys.length];
      if (kind === 'delete') {
        if (Array.isArray(container)) container.splice(chosen as number, 1);
        else delete container[chosen];
      } else container[chosen] = value;
    }
    return stringify(role);
  });

const yamlTokens = fc.constantFrom(
  ': ',
  '- ',
  '&a ',
  '*a',
  '*b',
  '[',
  ']',
  '{',
  '}',
  '\t',
  '"',
  "'",
  '\n---\n',
  '!!binary ',
  '!!js/function ',
  '? ',
  '|',
  '>',
  '#',
  '%YAML 1.1\n',
  '<<: *a',
  '\n  ',
  '\u0000',
  '\ufeff',
  'null',
  '~',
  '.inf',
  '0x1F',
  '1e999',
);
const splice = fc
  .record({
    at: fc.nat(),
    cut: fc.nat({ max: 40 }),
    insert: fc.oneof(
      fc.string({ unit: 'grapheme' }),
      fc.array(yamlTokens, { maxLength: 6 }).map((t) => t.join('')),
    ),
  })
  .map(({ at: offset, cut, insert }) => {
    const i = offset % (validRole.length + 1);
    return validRole.slice(0, i) + insert + validRole.slice(i + cut);
  });
const truncated = fc.nat().map((n) => validRole.slice(0, n % (validRole.length + 1)));

describe('the role file parser and schema check', () => {
  it('never throw on a valid role with a key deleted or a value replaced', () => {
    fc.assert(
      fc.property(mutatedRole, (text) => checkRoleText(text)),
      { numRuns: 40 },
    );
  });

  it('never throw on a valid role with random text or YAML syntax spliced in', () => {
    fc.assert(
      fc.property(splice, (text) => checkRoleText(text)),
      { numRuns: 40 },
    );
  });

  it('never throw on a valid role cut short anywhere', () => {
    fc.assert(
      fc.property(truncated, (text) => checkRoleText(text)),
      { numRuns: 40 },
    );
  });

  it('never throw on arbitrary text', () => {
    fc.assert(
      fc.property(anyText({ maxLength: 300 }), (text) => checkRoleText(text)),
      { numRuns: 40 },
    );
  });

  it('accept the untouched role (the properties above are not vacuous)', () => {
    const parsed = parseDataText(validRole, 'r.yaml');
    expect(parsed.ok && validate(roleSchema, parsed.parsed).ok).toBe(true);
  });
});

describe('reading a data file of random bytes', () => {
  it('never throws, and refuses what is not UTF-8 YAML text with a documented problem', () => {
    const dir = tempDir();
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) => {
        const path = join(dir, 'bytes.yaml');
        writeFileSync(path, bytes);
        const result = readDataFile(path, 'bytes.yaml');
        if (!result.ok) expectDocumentedProblems(result.problems, 'bytes.yaml');
      }),
      { numRuns: 40 },
    );
  });
});

describe('loading a whole directory with a mutated role file', () => {
  it('never throws: either the role loads or every problem is in the documented shape', () => {
    const dir = starterDataDir();
    mkdirSync(join(dir, 'roles'), { recursive: true });
    fc.assert(
      fc.property(fc.oneof(mutatedRole, splice, truncated), (text) => {
        writeFileSync(join(dir, ROLE), text);
        const { data, problems } = loadDataDirSync(dir, { displayFrom: dir });
        if (problems.length === 0) expect(data.roles).toHaveLength(1);
        for (const problem of problems) expectDocumentedProblems([problem], problem.file);
      }),
      { numRuns: 20 },
    );
  });
});

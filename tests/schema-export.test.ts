import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { JSON_SCHEMAS, jsonSchemaText } from '../src/data/json-schema.js';
import { repoRoot } from './helpers/run-cli.js';

/**
 * The committed (staged) text of a file: `npm test` builds first, and the
 * build rewrites schema/, so the working copy always matches; what users get
 * from the repository is what git has.
 */
function committed(path: string): string | undefined {
  try {
    return execFileSync('git', ['show', `:${path}`], {
      cwd: repoRoot,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    });
  } catch {
    return undefined;
  }
}
const inGit = committed('package.json') !== undefined;

describe('exported JSON Schemas (schema/*.schema.json, for editors)', () => {
  it.skipIf(!inGit).each(Object.keys(JSON_SCHEMAS))(
    '%s as committed matches the zod schema (run "npm run build" and commit schema/ if not)',
    (name) => {
      expect(committed(`schema/${name}`)).toBe(jsonSchemaText(JSON_SCHEMAS[name]!));
    },
  );

  it('rejects unknown fields, so an editor flags a typo as it is typed', () => {
    const role = JSON.parse(readFileSync(join(repoRoot, 'schema', 'role.schema.json'), 'utf8'));
    expect(role.additionalProperties).toBe(false);
    expect(role.required).toEqual(expect.arrayContaining(['id', 'title', 'summary']));
  });
});

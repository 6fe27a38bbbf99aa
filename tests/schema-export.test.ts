import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { JSON_SCHEMAS, jsonSchemaText } from '../src/data/json-schema.js';
import { repoRoot } from './helpers/run-cli.js';

describe('exported JSON Schemas (schema/*.schema.json, for editors)', () => {
  it.each(Object.keys(JSON_SCHEMAS))('%s matches the zod schema (run "npm run build" and commit schema/ if not)', (name) => {
    expect(readFileSync(join(repoRoot, 'schema', name), 'utf8')).toBe(jsonSchemaText(JSON_SCHEMAS[name]!));
  });

  it('rejects unknown fields, so an editor flags a typo as it is typed', () => {
    const role = JSON.parse(readFileSync(join(repoRoot, 'schema', 'role.schema.json'), 'utf8'));
    expect(role.additionalProperties).toBe(false);
    expect(role.required).toEqual(expect.arrayContaining(['id', 'title', 'summary']));
  });
});

// JSON Schema for each kind of data file, for editors' YAML language servers
// (`# yaml-language-server: $schema=...` at the top of a file).
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { toJSONSchema, type z } from 'zod';
import {
  certificationsFileSchema,
  quizFileSchema,
  roleSchema,
  skillsFileSchema,
  sourcesFileSchema,
  transitionsFileSchema,
} from './schema.js';

export const JSON_SCHEMAS: Record<string, z.ZodType> = {
  'role.schema.json': roleSchema,
  'sources.schema.json': sourcesFileSchema,
  'skills.schema.json': skillsFileSchema,
  'certifications.schema.json': certificationsFileSchema,
  'transitions.schema.json': transitionsFileSchema,
  'quiz.schema.json': quizFileSchema,
};

export function jsonSchemaText(schema: z.ZodType): string {
  return `${JSON.stringify(toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }), null, 2)}\n`;
}

export function writeJsonSchemas(dir: string): void {
  mkdirSync(dir, { recursive: true });
  for (const [name, schema] of Object.entries(JSON_SCHEMAS)) writeFileSync(join(dir, name), jsonSchemaText(schema));
}

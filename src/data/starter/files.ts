// The files of a starter data directory, each YAML file opening with the
// `# yaml-language-server: $schema=` line that gives editors completion and
// checks. The JSON Schemas are copied into the directory (schema/) and named
// by relative path, so the link holds wherever the directory or the tool is
// installed, and when the directory is moved or shared.
import { JSON_SCHEMAS, jsonSchemaText } from '../json-schema.js';
import { certificationsYaml, skillsYaml, sourcesYaml, transitionsYaml } from './catalogs.js';
import { EXAMPLE_ROLE_ID, exampleQuizYaml, exampleRoleYaml } from './example-role.js';

export interface StarterFile {
  /** Path inside the directory, with forward slashes. */
  path: string;
  text: string;
}

const withSchema = (schemaPath: string, yaml: string) => `# yaml-language-server: $schema=${schemaPath}\n${yaml}`;

export function starterFiles(): StarterFile[] {
  return [
    { path: 'sources.yaml', text: withSchema('schema/sources.schema.json', sourcesYaml) },
    { path: 'skills.yaml', text: withSchema('schema/skills.schema.json', skillsYaml) },
    { path: 'certifications.yaml', text: withSchema('schema/certifications.schema.json', certificationsYaml) },
    { path: 'transitions.yaml', text: withSchema('schema/transitions.schema.json', transitionsYaml) },
    { path: `roles/${EXAMPLE_ROLE_ID}.yaml`, text: withSchema('../schema/role.schema.json', exampleRoleYaml) },
    { path: `quizzes/${EXAMPLE_ROLE_ID}.yaml`, text: withSchema('../schema/quiz.schema.json', exampleQuizYaml) },
    ...Object.entries(JSON_SCHEMAS).map(([name, schema]) => ({ path: `schema/${name}`, text: jsonSchemaText(schema) })),
  ];
}

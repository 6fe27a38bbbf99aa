// The ids a role file names in other files (skills, certifications, roles),
// each with its field path. Read from the value as it is, not as the schema
// made it: a role file that fails its schema still has its well-formed
// references checked, so one run of `career data validate` lists both kinds
// of problem. Sources are found by walkSources (references.ts) instead.
import type { PathSegment } from './problem.js';

export interface RoleReference {
  path: PathSegment[];
  id: string;
  kind: 'skill' | 'certification' | 'role';
}

type Raw = Record<string, unknown>;
const isMapping = (value: unknown): value is Raw =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const listAt = (node: unknown, key: string): unknown[] =>
  isMapping(node) && Array.isArray(node[key]) ? node[key] : [];

export function roleReferences(role: unknown): RoleReference[] {
  const found: RoleReference[] = [];
  const add = (path: PathSegment[], id: unknown, kind: RoleReference['kind']) => {
    if (typeof id === 'string') found.push({ path, id, kind });
  };
  // A list of entries (`skills: [{skill: ...}]`) or of plain ids (`skills: [...]`).
  const entries = (node: unknown, at: PathSegment[], key: string, field: string, kind: RoleReference['kind']) =>
    listAt(node, key).forEach((entry, i) => {
      if (isMapping(entry)) add([...at, key, i, field], entry[field], kind);
    });
  const ids = (node: unknown, at: PathSegment[], key: string, kind: RoleReference['kind']) =>
    listAt(node, key).forEach((id, i) => add([...at, key, i], id, kind));

  entries(role, [], 'skills', 'skill', 'skill');
  entries(role, [], 'certifications', 'certification', 'certification');
  const ladder = isMapping(role) ? role.ladder : undefined;
  listAt(ladder, 'levels').forEach((level, li) => {
    ids(level, ['ladder', 'levels', li], 'skills', 'skill');
    ids(level, ['ladder', 'levels', li], 'certifications', 'certification');
  });
  const entry = isMapping(role) ? role.entry : undefined;
  listAt(entry, 'steps').forEach((step, si) => ids(step, ['entry', 'steps', si], 'certifications', 'certification'));
  entries(role, [], 'related', 'role', 'role');
  return found;
}

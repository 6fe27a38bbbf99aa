// What `career compare` was asked to compare: each argument is a whole role
// (id, alias or title) or one level of a ladder (`ROLE:LEVEL`, or a level
// title such as "Senior IT Manager"). A role name wins over a level title,
// so "IT Manager" is the role and `it-manager:manager` the level.
import type { DataSet } from '../data/dataset.js';
import type { Role } from '../data/schema.js';
import { UserError } from '../errors.js';
import {
  describeArgument,
  findLevelOrUndefined,
  findRoleOrUndefined,
  levelKey,
  unknownName,
  type LevelRef,
} from './lookup.js';

export const MIN_ITEMS = 2;
export const MAX_ITEMS = 4;

export type ResolvedItem = { kind: 'role'; key: string; role: Role } | ({ kind: 'level'; key: string } & LevelRef);

export function resolveItems(data: DataSet, queries: readonly string[]): ResolvedItem[] {
  if (queries.length < MIN_ITEMS) {
    throw new UserError(
      `compare needs at least ${MIN_ITEMS} roles or levels, got ${queries.length}; e.g. "career compare it-ops-manager it-manager"`,
    );
  }
  if (queries.length > MAX_ITEMS) {
    throw new UserError(
      `compare takes at most ${MAX_ITEMS} roles or levels, got ${queries.length}; compare fewer at a time`,
    );
  }
  const items = queries.map((query) => resolveItem(data, query));
  items.forEach((item, index) => {
    const first = items.findIndex((other) => other.key === item.key);
    if (first !== index) {
      throw new UserError(
        `${item.kind} ${item.key} is named twice (${describeArgument(queries[first]!)} and ${describeArgument(queries[index]!)}); compare different roles or levels`,
      );
    }
  });
  return items;
}

function resolveItem(data: DataSet, query: string): ResolvedItem {
  if (!query.includes(':')) {
    const role = findRoleOrUndefined(data, query);
    if (role) return { kind: 'role', key: role.id, role };
  }
  // Throws for `ROLE:LEVEL` with an unknown role or level (with a suggestion).
  const level = findLevelOrUndefined(data, query);
  if (level) return { kind: 'level', key: levelKey(level), ...level };
  throw unknownName(data, query, 'role or level');
}

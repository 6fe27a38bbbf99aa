// The names a shell offers when completing a role or level argument.
import type { DataSet } from '../data/dataset.js';

export const COMPLETION_KINDS = ['roles', 'levels'] as const;
export type CompletionKind = (typeof COMPLETION_KINDS)[number];

/** Role ids; for `levels` also every ROLE:LEVEL key. Ids only: they contain no spaces, so shells need no quoting. */
export function completionWords(data: DataSet, kind: CompletionKind): string[] {
  const roles = data.roleIndex.map((role) => role.id);
  if (kind === 'roles') return roles;
  return [...roles, ...data.roleIndex.flatMap((role) => role.levels.map((level) => `${role.id}:${level.id}`))];
}

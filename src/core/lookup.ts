// Finding what the user named: a role by id, alias or title, a level as
// `ROLE:LEVEL` or by its title. Case-insensitive; unknown names get a
// "did you mean". Arguments are only ever compared with ids, never used as paths.
import { normalizeName, type DataSet, type RoleIndexEntry } from '../data/dataset.js';
import type { Level, Role } from '../data/schema.js';
import { UserError } from '../errors.js';
import { didYouMean, suggest } from '../shared/suggest.js';

const norm = normalizeName;

/** What a user can type for a role: its id, title and aliases. */
export function roleNames(role: Pick<RoleIndexEntry, 'id' | 'title' | 'aliases'>): string[] {
  return [role.id, role.title, ...role.aliases];
}

export function findRoleOrUndefined(data: DataSet, query: string): Role | undefined {
  // The data set answers from its name index: no scan of every role. A role's
  // own id wins over another role's alias or title of the same spelling.
  const ids = data.roleIdsNamed(query);
  const id = ids.find((candidate) => candidate === norm(query)) ?? ids[0];
  return id === undefined ? undefined : data.role(id);
}

/** A user's argument as quoted in messages: control characters replaced, long ones cut. */
export function describeArgument(query: string): string {
  if (query.length === 0) return 'an empty name';
  const printable = query.replace(/[\u0000-\u001f\u007f]/g, '?');
  return printable.length > 60 ? `"${printable.slice(0, 57)}..."` : `"${printable}"`;
}

export function findRole(data: DataSet, query: string): Role {
  const role = findRoleOrUndefined(data, query);
  if (role) return role;
  // Suggest role ids, whichever of a role's names the typo was close to.
  const idByName = new Map(data.roleIndex.flatMap((r) => roleNames(r).map((name) => [name, r.id] as const)));
  const close = suggest(query, idByName.keys(), 6).map((name) => idByName.get(name)!);
  const hint = didYouMean(query, [...new Set(close)]);
  throw new UserError(`unknown role ${describeArgument(query)}${hint}; run "career roles" to list them`);
}

export interface LevelRef {
  role: Role;
  level: Level;
  /** Position in the ladder, 0 = most junior. */
  index: number;
}

/** `role:level` id of a level, the form used in data and JSON output. */
export const levelKey = (ref: { role: { id: string }; level: { id: string } }) => `${ref.role.id}:${ref.level.id}`;

function levelOf(role: Role, query: string): LevelRef | undefined {
  const wanted = norm(query);
  const levels = role.ladder?.levels ?? [];
  const index = levels.findIndex((l) => norm(l.id) === wanted || norm(l.title) === wanted);
  return index >= 0 ? { role, level: levels[index]!, index } : undefined;
}

/** The level a role stands for (e.g. "IT Manager" in the IT Manager ladder). */
export function mainLevel(role: Role): LevelRef | undefined {
  return role.ladder ? levelOf(role, role.ladder.mainLevel) : undefined;
}

/**
 * A level from `ROLE:LEVEL` (level by id or title) or from a level title alone
 * ("Senior IT Manager"). Returns undefined when the text names no level, so
 * callers can fall back to a whole role.
 */
export function findLevelOrUndefined(data: DataSet, query: string): LevelRef | undefined {
  const colon = query.indexOf(':');
  if (colon >= 0) {
    const role = findRole(data, query.slice(0, colon));
    const levelQuery = query.slice(colon + 1);
    const found = levelOf(role, levelQuery);
    if (found) return found;
    const levels = role.ladder?.levels ?? [];
    if (levels.length === 0) throw new UserError(`role "${role.id}" has no career ladder in the data, so it has no levels to name`);
    const hint = didYouMean(levelQuery, levels.flatMap((l) => [l.id, l.title]));
    throw new UserError(
      `role "${role.id}" has no level ${describeArgument(levelQuery)}${hint}; its levels are ${levels.map((l) => l.id).join(', ')}`,
    );
  }
  const matches = data.levelsTitled(query);
  if (matches.length > 1) {
    const keys = matches.map((hit) => `${hit.roleId}:${hit.levelId}`);
    throw new UserError(`"${query}" is a level in several ladders (${keys.join(', ')}); name one as ROLE:LEVEL`);
  }
  return matches[0] && levelOf(data.role(matches[0].roleId), query);
}

/** Role names and level titles close to `query`, one per role or level ("it-manager", not also "IT Manager"). */
export function closeNames(data: DataSet, query: string): string[] {
  const target = new Map<string, string>();
  for (const entry of data.roleIndex) {
    for (const name of roleNames(entry)) if (!target.has(name)) target.set(name, entry.id);
    for (const level of entry.levels) if (!target.has(level.title)) target.set(level.title, `${entry.id}:${level.id}`);
  }
  const seen = new Set<string>();
  return suggest(query, target.keys(), 12).filter((name) => {
    const key = target.get(name)!;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

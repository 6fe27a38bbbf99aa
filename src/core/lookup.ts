// Finding what the user named: the one resolver every command uses. A role
// by id, alias or title; a level as `ROLE:LEVEL` or by its title. Names match
// as typed (case and spacing aside) first, then in their canonical form
// (abbreviations such as VP, Dir., Sr., Mgr and Ops spelled out; see
// name-forms.ts). Unknown names get the same "did you mean" everywhere.
// Arguments are only ever compared with ids, never used as paths.
import { normalizeName, type DataSet, type RoleIndexEntry } from '../data/dataset.js';
import type { Level, Role } from '../data/schema.js';
import { UserError } from '../errors.js';
import { canonicalForms, canonicalName } from './name-forms.js';
import { didYouMean, phraseSuggestions, suggest } from '../shared/suggest.js';

const norm = normalizeName;

/** What a user can type for a role: its id, title and aliases. */
export function roleNames(role: Pick<RoleIndexEntry, 'id' | 'title' | 'aliases'>): string[] {
  return [role.id, role.title, ...role.aliases];
}

export function findRoleOrUndefined(data: DataSet, query: string): Role | undefined {
  // The data set answers from its name index: no scan of every role. A role's
  // own id wins over another role's alias or title of the same spelling.
  const ids = data.roleIdsNamed(query);
  const id = ids.find((candidate) => candidate === norm(query)) ?? ids[0] ?? roleIdByCanonicalName(data, query);
  return id === undefined ? undefined : data.role(id);
}

/** Only when no name matched as typed: the roles one of whose names reads the same in canonical form. */
function roleIdByCanonicalName(data: DataSet, query: string): string | undefined {
  const wanted = canonicalName(query);
  if (wanted === '') return undefined;
  const ids = data.roleIndex
    .filter((entry) => roleNames(entry).some((name) => canonicalForms(name).includes(wanted)))
    .map((entry) => entry.id);
  if (ids.length > 1)
    throw new UserError(`${describeArgument(query)} could be any of ${ids.join(', ')}; name one by its id`);
  return ids[0];
}

/** A user's argument as quoted in messages: control characters replaced, long ones cut. */
export function describeArgument(query: string): string {
  if (query.length === 0) return 'an empty name';
  const printable = query.replace(/[\u0000-\u001f\u007f]/g, '?');
  return printable.length > 60 ? `"${printable.slice(0, 57)}..."` : `"${printable}"`;
}

/**
 * The role `query` names. A level where a role is wanted gets a message that
 * says so and which role's ladder holds it; `command` names what takes a role.
 */
export function findRole(data: DataSet, query: string, command = 'this command'): Role {
  const role = findRoleOrUndefined(data, query);
  if (role) return role;
  let level: LevelRef | undefined;
  try {
    level = findLevelOrUndefined(data, query);
  } catch {
    // An unknown or ambiguous level is reported below as an unknown role.
  }
  const colon = query.indexOf(':');
  const ladderRole = colon >= 0 ? findRoleOrUndefined(data, query.slice(0, colon)) : undefined;
  if (!level && ladderRole) {
    throw new UserError(
      `${command} takes a role, not a level (ROLE:LEVEL); "career show ${ladderRole.id}" shows the levels of ${ladderRole.title}`,
    );
  }
  if (level) {
    throw new UserError(
      `${command} takes a role; ${describeArgument(query)} is a level of ${level.role.title} (${level.level.title}, ${levelKey(level)}), shown in its ladder by "career show ${level.role.id}"`,
    );
  }
  throw unknownName(data, query, 'role');
}

/**
 * The error for a name that matches nothing, with the same suggestions in
 * every command: the roles and levels whose names are close to what was
 * typed, as ids (`it-manager`, `it-manager:senior`). Where only a role will
 * do, a close level suggests its role.
 */
export function unknownName(data: DataSet, query: string, wanted: 'role' | 'role or level'): UserError {
  const close = closeKeys(data, query).map((key) => (wanted === 'role' ? key.split(':')[0]! : key));
  const hint = phraseSuggestions([...new Set(close)].slice(0, 3));
  const listing =
    wanted === 'role'
      ? 'run "career roles" to list them'
      : 'run "career roles" to list roles, or name a level as ROLE:LEVEL';
  return new UserError(`unknown ${wanted} ${describeArgument(query)}${hint}; ${listing}`);
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
  const levels = role.ladder?.levels ?? [];
  const wanted = norm(query);
  let index = levels.findIndex((l) => norm(l.id) === wanted || norm(l.title) === wanted);
  if (index < 0) {
    const canonical = canonicalName(query);
    if (canonical !== '')
      index = levels.findIndex((l) => canonicalName(l.id) === canonical || canonicalForms(l.title).includes(canonical));
  }
  return index >= 0 ? { role, level: levels[index]!, index } : undefined;
}

/** The level a role stands for (e.g. "IT Manager" in the IT Manager ladder). */
export function mainLevel(role: Role): LevelRef | undefined {
  return role.ladder ? levelOf(role, role.ladder.mainLevel) : undefined;
}

/**
 * A level from `ROLE:LEVEL` (level by id or title) or from a level title alone
 * ("Senior IT Manager", "Sr. IT Mgr"). Returns undefined when the text names
 * no level, so callers can fall back to a whole role.
 */
export function findLevelOrUndefined(data: DataSet, query: string): LevelRef | undefined {
  const colon = query.indexOf(':');
  if (colon >= 0) {
    const roleQuery = query.slice(0, colon);
    const role = findRoleOrUndefined(data, roleQuery);
    if (!role) throw unknownName(data, roleQuery, 'role');
    const levelQuery = query.slice(colon + 1);
    const found = levelOf(role, levelQuery);
    if (found) return found;
    const levels = role.ladder?.levels ?? [];
    if (levels.length === 0)
      throw new UserError(`role "${role.id}" has no career ladder in the data, so it has no levels to name`);
    const hint = didYouMean(
      levelQuery,
      levels.flatMap((l) => [l.id, l.title]),
    );
    throw new UserError(
      `role "${role.id}" has no level ${describeArgument(levelQuery)}${hint}; its levels are ${levels.map((l) => l.id).join(', ')}`,
    );
  }
  let matches = data.levelsTitled(query).map((hit) => `${hit.roleId}:${hit.levelId}`);
  // Read as typed, a role's own name is the role (callers fall back to it), not a level that reads alike.
  if (matches.length === 0 && data.roleIdsNamed(query).length === 0) matches = levelKeysByCanonicalTitle(data, query);
  if (matches.length > 1) {
    throw new UserError(
      `${describeArgument(query)} is a level in several ladders (${matches.join(', ')}); name one as ROLE:LEVEL`,
    );
  }
  if (matches.length === 0) return undefined;
  const [roleId, levelId] = matches[0]!.split(':') as [string, string];
  return levelOf(data.role(roleId), levelId);
}

function levelKeysByCanonicalTitle(data: DataSet, query: string): string[] {
  const wanted = canonicalName(query);
  if (wanted === '') return [];
  return data.roleIndex.flatMap((entry) =>
    entry.levels
      .filter((level) => canonicalForms(level.title).includes(wanted))
      .map((level) => `${entry.id}:${level.id}`),
  );
}

/** Ids of the roles and levels (`ROLE:LEVEL`) one of whose names is close to `query`, best first, each once. */
export function closeKeys(data: DataSet, query: string): string[] {
  const target = new Map<string, string>();
  const add = (name: string, key: string) => {
    for (const form of [norm(name), ...canonicalForms(name)]) if (!target.has(form)) target.set(form, key);
  };
  for (const entry of data.roleIndex) {
    for (const name of roleNames(entry)) add(name, entry.id);
    for (const level of entry.levels) {
      if (query.includes(':')) add(`${entry.id}:${level.id}`, `${entry.id}:${level.id}`);
      add(level.title, `${entry.id}:${level.id}`);
    }
  }
  // The text as typed first; its canonical form (longer, so looser) only when that finds nothing.
  let close = suggest(norm(query), target.keys(), 12);
  if (close.length === 0 && canonicalName(query) !== '') close = suggest(canonicalName(query), target.keys(), 12);
  return [...new Set(close.map((name) => target.get(name)!))];
}

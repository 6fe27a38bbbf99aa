import { primary } from '../shared/figures.js';
import type { Certification, Quiz, Role, Skill, Source, Transition } from './schema.js';

/** The data of one directory as plain values: what the loader produces and the snapshot stores. */
export interface PlainData {
  sources: Source[];
  skills: Skill[];
  certifications: Certification[];
  transitions: Transition[];
  roles: Role[];
  quizzes: Quiz[];
  /** Where each role comes from (roleOrigins[i] for roles[i]); all 'own' when absent. */
  roleOrigins?: RoleOrigin[];
}

/** The built-in data, or the user's own (`--data`, `CAREER_DATA`). */
export type RoleOrigin = 'built-in' | 'own';

/**
 * What a user can type to name a role or one of its levels, and what a list
 * of roles shows, without loading the role.
 */
export interface RoleIndexEntry {
  id: string;
  title: string;
  aliases: string[];
  levels: { id: string; title: string }[];
  /** The primary U.S. median salary figure, if the role has one. */
  medianSalary: { value: number; source: string; currency?: string; place?: string } | null;
  /** Which data set the role comes from. */
  origin: RoleOrigin;
}

/** A ladder level found by its title. */
export interface LevelHit {
  roleId: string;
  levelId: string;
}

/**
 * Validated data as commands see it. Roles are reached through the index and
 * `role(id)`, so a data set with thousands of roles can load only the roles a
 * command touches; the small catalogs are plain lists.
 *
 * `roleIdsNamed`, `levelsTitled` and `roleEntry` answer the lookups a command
 * makes for what the user typed without reading the whole index: on a large
 * `--data` directory `roleIndex` is read from disk only when first used.
 */
export interface DataSet {
  sources: Source[];
  skills: Skill[];
  certifications: Certification[];
  transitions: Transition[];
  quizzes: Quiz[];
  roleIndex: RoleIndexEntry[];
  /** The role with this id (ids come from the index); throws if there is none. */
  role(id: string): Role;
  /** Every role, loaded in full: for commands that rank or list all of them. */
  allRoles(): Role[];
  /** Ids of the roles whose id, title or an alias is `name` (compared with `normalizeName`), in index order. */
  roleIdsNamed(name: string): string[];
  /** The ladder levels titled `title` (compared with `normalizeName`), in index order. */
  levelsTitled(title: string): LevelHit[];
  /** The index entry of the role with this id, or undefined when there is no such role. */
  roleEntry(id: string): RoleIndexEntry | undefined;
}

/** How names are compared: case-insensitive, outer spaces dropped, inner runs of spaces as one. */
export const normalizeName = (name: string) => name.trim().toLowerCase().replace(/\s+/g, ' ');

export function indexEntry(role: Role, origin: RoleOrigin = 'own'): RoleIndexEntry {
  const median = primary(role.facts.medianSalary);
  return {
    id: role.id,
    title: role.title,
    aliases: role.aliases,
    levels: role.ladder?.levels.map((l) => ({ id: l.id, title: l.title })) ?? [],
    medianSalary: median
      ? { value: median.value, source: median.source, currency: median.currency, place: median.place }
      : null,
    origin,
  };
}

/** Names and level titles of an index, as maps from the normalized name; first in index order first. */
export interface NameMaps {
  roles: Map<string, string[]>;
  levels: Map<string, LevelHit[]>;
}

export function nameMaps(index: readonly RoleIndexEntry[]): NameMaps {
  const roles = new Map<string, string[]>();
  const levels = new Map<string, LevelHit[]>();
  const add = <T>(map: Map<string, T[]>, key: string, value: T, same: (a: T) => boolean) => {
    const list = map.get(key);
    if (!list) map.set(key, [value]);
    else if (!list.some(same)) list.push(value);
  };
  for (const entry of index) {
    for (const name of [entry.id, entry.title, ...entry.aliases])
      add(roles, normalizeName(name), entry.id, (id) => id === entry.id);
    for (const level of entry.levels) {
      add(
        levels,
        normalizeName(level.title),
        { roleId: entry.id, levelId: level.id },
        (hit) => hit.roleId === entry.id,
      );
    }
  }
  return { roles, levels };
}

/** A DataSet over data already in memory. */
export function inMemoryDataSet(plain: PlainData, origin: RoleOrigin = 'own'): DataSet {
  const byId = new Map(plain.roles.map((r) => [r.id, r]));
  const roleIndex = plain.roles.map((role, i) => indexEntry(role, plain.roleOrigins?.[i] ?? origin));
  const entries = new Map(roleIndex.map((e) => [e.id, e]));
  let names: NameMaps | undefined;
  const lookups = () => (names ??= nameMaps(roleIndex));
  return {
    sources: plain.sources,
    skills: plain.skills,
    certifications: plain.certifications,
    transitions: plain.transitions,
    // A getter: the snapshot reads its quizzes only when asked.
    get quizzes() {
      return plain.quizzes;
    },
    roleIndex,
    role(id) {
      const role = byId.get(id);
      if (!role) throw new Error(`no role with id "${id}" in the data`);
      return role;
    },
    allRoles: () => plain.roles,
    roleIdsNamed: (name) => lookups().roles.get(normalizeName(name)) ?? [],
    levelsTitled: (title) => lookups().levels.get(normalizeName(title)) ?? [],
    roleEntry: (id) => entries.get(id),
  };
}

/**
 * The user's data beside the built-in data: everything of both, the user's
 * wins where an id is in both (a transition is known by its two ends).
 */
export function withBuiltIn(own: PlainData, builtIn: PlainData): PlainData {
  const beside = <T>(mine: T[], theirs: T[], key: (item: T) => string) => {
    const taken = new Set(mine.map(key));
    return [...mine, ...theirs.filter((item) => !taken.has(key(item)))];
  };
  const byId = (item: { id: string }) => item.id;
  const ownRoleIds = new Set(own.roles.map(byId));
  // A built-in level's same-job link into a role the user redefined may name a level that is gone: dropped.
  const builtInRoles = builtIn.roles
    .filter((role) => !ownRoleIds.has(role.id))
    .map((role) =>
      role.ladder
        ? {
            ...role,
            ladder: { ...role.ladder, levels: role.ladder.levels.map((level) => withoutLinksInto(level, ownRoleIds)) },
          }
        : role,
    );
  // Built-in transitions and quizzes about a role the user redefined may not fit the new ladder: dropped.
  const untouched = (...ends: string[]) => ends.every((end) => !ownRoleIds.has(end.split(':')[0]!));
  return {
    sources: beside(own.sources, builtIn.sources, byId),
    skills: beside(own.skills, builtIn.skills, byId),
    certifications: beside(own.certifications, builtIn.certifications, byId),
    transitions: beside(
      own.transitions,
      builtIn.transitions.filter((t) => untouched(t.from, t.to)),
      (t) => `${t.from}\0${t.to}`,
    ),
    roles: [...own.roles, ...builtInRoles],
    roleOrigins: [...own.roles.map((): RoleOrigin => 'own'), ...builtInRoles.map((): RoleOrigin => 'built-in')],
    quizzes: beside(
      own.quizzes,
      builtIn.quizzes.filter((q) => untouched(q.role)),
      (q) => q.role,
    ),
  };
}

function withoutLinksInto<L extends { sameJob?: string[] }>(level: L, roleIds: ReadonlySet<string>): L {
  if (!level.sameJob) return level;
  const kept = level.sameJob.filter((ref) => !roleIds.has(ref.split(':')[0]!));
  return kept.length === level.sameJob.length ? level : { ...level, sameJob: kept.length ? kept : undefined };
}

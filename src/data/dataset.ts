import { primary } from '../core/figures.js';
import type { Certification, Quiz, Role, Skill, Source, Transition } from './schema.js';

/** The data of one directory as plain values: what the loader produces and the snapshot stores. */
export interface PlainData {
  sources: Source[];
  skills: Skill[];
  certifications: Certification[];
  transitions: Transition[];
  roles: Role[];
  quizzes: Quiz[];
}

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

export function indexEntry(role: Role): RoleIndexEntry {
  const median = primary(role.facts.medianSalary);
  return {
    id: role.id,
    title: role.title,
    aliases: role.aliases,
    levels: role.ladder?.levels.map((l) => ({ id: l.id, title: l.title })) ?? [],
    medianSalary: median ? { value: median.value, source: median.source, currency: median.currency, place: median.place } : null,
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
    for (const name of [entry.id, entry.title, ...entry.aliases]) add(roles, normalizeName(name), entry.id, (id) => id === entry.id);
    for (const level of entry.levels) {
      add(levels, normalizeName(level.title), { roleId: entry.id, levelId: level.id }, (hit) => hit.roleId === entry.id);
    }
  }
  return { roles, levels };
}

/** A DataSet over data already in memory. */
export function inMemoryDataSet(plain: PlainData): DataSet {
  const byId = new Map(plain.roles.map((r) => [r.id, r]));
  const roleIndex = plain.roles.map(indexEntry);
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

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

/** What a user can type to name a role or one of its levels, without loading the role. */
export interface RoleIndexEntry {
  id: string;
  title: string;
  aliases: string[];
  levels: { id: string; title: string }[];
}

/**
 * Validated data as commands see it. Roles are reached through the index and
 * `role(id)`, so a data set with thousands of roles can load only the roles a
 * command touches; the small catalogs are plain lists.
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
}

export function indexEntry(role: Role): RoleIndexEntry {
  return {
    id: role.id,
    title: role.title,
    aliases: role.aliases,
    levels: role.ladder?.levels.map((l) => ({ id: l.id, title: l.title })) ?? [],
  };
}

/** A DataSet over data already in memory. */
export function inMemoryDataSet(plain: PlainData): DataSet {
  const byId = new Map(plain.roles.map((r) => [r.id, r]));
  return {
    sources: plain.sources,
    skills: plain.skills,
    certifications: plain.certifications,
    transitions: plain.transitions,
    quizzes: plain.quizzes,
    roleIndex: plain.roles.map(indexEntry),
    role(id) {
      const role = byId.get(id);
      if (!role) throw new Error(`no role with id "${id}" in the data`);
      return role;
    },
    allRoles: () => plain.roles,
  };
}

// The on-disk layout of a data directory's cache, shared by the writer and
// the reader. One folder per data directory (see cache-location.ts):
//
//   head.json                 what was validated: the code version, the data directory, the
//                             stamps of its folders, catalog and quiz files, and the current generation
//   <generation>/catalogs.json  sources, skills, certifications, transitions (validated)
//   <generation>/quizzes.json   the quizzes (validated), read only by commands that ask for them
//   <generation>/index.json     the role index, with each role's file, stamp and place in the pack
//   <generation>/roles.pack     every validated role as JSON, back to back
//   <generation>/role-stamps.json  [file, stamp] of every role file, for the check on open
//   <generation>/names.pack     buckets of the name index, as JSON back to back: a normalized
//                             name -> the roles and levels it names
//   <generation>/names.idx      where bucket N is in names.pack: offset and length, two
//                             little-endian 32-bit numbers at byte N * 8
//
// The buckets are in two files rather than one file each: writing 2,500 small
// files took 3 s of the first run on 10,000 roles, a lookup reads 8 bytes more.
//
// A generation is written in full before head.json is switched to it (by an
// atomic rename), so a reader sees either the old or the new cache, never half.
import type { RoleIndexEntry } from './dataset.js';
import type { Certification, Skill, Source, Transition } from './schema.js';
import type { Stamp } from './cache-stamp.js';

export const CACHE_FORMAT = 5;

/**
 * Up to this many role files, opening the cache checks the stamp of every one
 * (about 4 ms at 500): no stale answer at all. Beyond it, see cache-read.ts.
 */
export const CHECK_ALL_ROLES_UP_TO = 500;

export interface CacheHead {
  format: number;
  /** Version of the validating code: a cache written by other code is not trusted. */
  code: string;
  dir: string;
  generation: string;
  buckets: number;
  /** How many role files the directory has. */
  roles: number;
  /** Stamps of the data directory, its folders, and every file other than the role files, by relative path. */
  watched: Record<string, Stamp>;
}

export interface CachedCatalogs {
  sources: Source[];
  skills: Skill[];
  certifications: Certification[];
  transitions: Transition[];
}

/** Where one role lives: its file (relative to the data directory), the file's stamp, and its JSON in the pack. */
export interface RoleRecord {
  file: string;
  stamp: Stamp;
  offset: number;
  length: number;
}

export interface CachedIndex {
  entries: RoleIndexEntry[];
  /** records[i] belongs to entries[i]. */
  records: RoleRecord[];
}

/** What one normalized name stands for. */
export interface NameBucketEntry {
  /** Ids of the roles with this id, title or alias, in index order. */
  roles?: string[];
  /** [role id, level id] of the levels with this title, in index order. */
  levels?: [string, string][];
  /** When the name is a role id: that role's index entry and record. */
  role?: { entry: RoleIndexEntry; record: RoleRecord };
}

export type NameBucket = Record<string, NameBucketEntry>;

/** Bytes per bucket in names.idx: offset and length. */
export const NAME_SLOT_BYTES = 8;

/** FNV-1a: a fast, stable 32-bit string hash (no node:crypto, which costs milliseconds to load). */
export function hash32(text: string, seed = 0x811c9dc5): number {
  let hash = seed;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

export const bucketOf = (name: string, buckets: number) => hash32(name) % buckets;

/**
 * About 4 roles per bucket keeps each bucket under 10 KB (a role brings its
 * id with its index entry, title, aliases and level titles): a lookup of two
 * roles parses two buckets, which at 16 roles each took 1.2 ms, now 0.6 ms.
 */
export const bucketCount = (roles: number) => Math.max(1, Math.ceil(roles / 4));

// The on-disk layout of a data directory's cache, shared by the writer and
// the reader. One folder per data directory (see location.ts):
//
//   head.json                what was validated (the tool's build, the directory, the stamps of its
//                            folders and other files), the catalogs, where each name bucket is in
//                            names.pack, the generation and the checksums of all of it
//   <generation>/index.json  the role index: each role's names, file, stamp and place in the pack
//   <generation>/roles.pack  every validated role as JSON, back to back
//   <generation>/names.pack  the name index in buckets, as JSON back to back (see NameBucketEntry)
//
// A lookup by name (show, compare, path) reads one or two buckets, not the
// whole index: on 10,000 roles, reading the index whole and building its
// name maps made `show` 5 times as slow as `node -e 0` (the limit is 4 times);
// with the buckets 1.3-1.7 times. A generation is written in full before
// head.json is switched to it by an atomic rename.
import type { PlainData, RoleIndexEntry } from '../dataset.js';
import type { Stamp } from './stamp.js';

export const CACHE_FORMAT = 7;

/** Up to this many role files, opening the cache checks every role file's stamp (about 4 ms at 500; see read.ts). */
export const CHECK_ALL_ROLES_UP_TO = 500;

export interface CacheHead {
  format: number;
  /** The build of the tool that wrote it (see load-data.ts). */
  code: string;
  dir: string;
  generation: string;
  roles: number;
  /** Stamps of the data directory, its folders, and every file other than the role files, by relative path. */
  watched: Record<string, Stamp>;
  catalogs: Omit<PlainData, 'roles' | 'roleOrigins'>;
  /** Each name bucket's [offset, length, checksum] in names.pack. */
  buckets: [number, number, string][];
  /** Checksum of index.json. */
  indexSum: string;
  /** Checksum of this head without `sum`. */
  sum: string;
}

/** Where one role lives: its JSON in the pack and that JSON's checksum, and the stamp of its file. */
export interface RoleRecord {
  /** Relative to the data directory; null for a built-in role beside the directory's. */
  file: string | null;
  stamp: Stamp;
  offset: number;
  length: number;
  sum: string;
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

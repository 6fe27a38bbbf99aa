// Serves a data directory from its cache. Whether the cache may be used is
// decided once, when it is opened, before the command runs:
//
// - integrity: head.json, catalogs.json and names.json (and index.json, read
//   whole for up to 500 roles) must carry the checksums this build writes for
//   this directory (see checksum.ts); a name bucket, index.json and each role
//   are checked the same way when first read;
// - freshness: the stamps of the directory, its roles/ and quizzes/ folders
//   (a file added, removed or renamed changes them) and of every catalog and
//   quiz file; with up to CHECK_ALL_ROLES_UP_TO (500) role files, of every
//   role file too.
//
// Anything that fails gives a reason and no data set: the caller loads the
// YAML instead and rewrites the cache. In a bigger directory (stat-ing 10,000
// files costs 30-100 ms) a role file edited in place is found when its role
// is read, or when all roles are listed; so is a role whose bytes in the pack
// fail their checksum. The data set then throws StaleCacheError before
// anything was printed (commands compute first, then render), and the CLI
// runs the command again from the YAML: never a reload in the middle.
import { closeSync, openSync, readFileSync, readSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { normalizeName, type DataSet } from '../dataset.js';
import type { Role } from '../schema.js';
import { checksum, hash32 } from './checksum.js';
import { CACHE_FORMAT, CHECK_ALL_ROLES_UP_TO, type CachedCatalogs, type CachedIndex, type CacheHead, type NameBucket, type NameBucketEntry, type RoleRecord } from './format.js';
import { stampOf, UNSETTLED } from './stamp.js';

export class StaleCacheError extends Error {
  constructor(reason: string) {
    super(`the data cache is stale: ${reason}`);
    this.name = 'StaleCacheError';
  }
}

interface OpenedCache {
  head: CacheHead;
  salt: string;
  genDir: string;
}

const codeOf = (error: unknown) => (error as NodeJS.ErrnoException).code ?? 'not JSON';

/** The text of a cache file whose checksum is `sum`; throws StaleCacheError otherwise. */
function readVerified({ genDir, salt }: OpenedCache, name: string, sum: string | undefined, at?: { offset: number; length: number }): string {
  let bytes: Buffer;
  try {
    if (at) {
      const fd = openSync(join(genDir, name), 'r');
      try {
        bytes = Buffer.alloc(at.length);
        if (readSync(fd, bytes, 0, at.length, at.offset) !== at.length) throw new Error('short read');
      } finally {
        closeSync(fd);
      }
    } else bytes = readFileSync(join(genDir, name));
  } catch (error) {
    throw new StaleCacheError(`${name} unreadable (${codeOf(error)})`);
  }
  if (checksum(salt, bytes) !== sum) throw new StaleCacheError(`${name} fails its checksum`);
  return bytes.toString('utf8');
}

/** The cache's head if written by this build for `dir` and intact; else the reason not to use it. */
function openHead(cacheDir: string, dir: string, code: string): OpenedCache | string {
  let head: CacheHead;
  try {
    head = JSON.parse(readFileSync(join(cacheDir, 'head.json'), 'utf8')) as CacheHead;
  } catch (error) {
    return `no readable head.json (${codeOf(error)})`;
  }
  if (typeof head !== 'object' || head === null || head.format !== CACHE_FORMAT || head.code !== code || head.dir !== dir) {
    return 'written by another build of career or for another directory';
  }
  const salt = `${code}\0${dir}`;
  const { sum, ...rest } = head;
  if (sum !== checksum(salt, JSON.stringify(rest))) return 'head.json fails its checksum';
  return { head, salt, genDir: join(cacheDir, String(head.generation)) };
}

const relativeName = (dir: string, path: string) => relative(dir, path).split(sep).join('/');

/** A data set served from the cache, or the reason the cache cannot serve `dir` now. */
export function openCache(cacheDir: string, dir: string, code: string): DataSet | string {
  const opened = openHead(cacheDir, dir, code);
  if (typeof opened === 'string') return opened;
  const { head } = opened;
  for (const [file, stamp] of Object.entries(head.watched)) {
    if (stampOf(join(dir, file)) !== stamp) return `${file} changed`;
  }
  const isFresh = (record: RoleRecord) => record.file === null || stampOf(join(dir, record.file)) === record.stamp;
  let index: CachedIndex | undefined;
  let catalogs: CachedCatalogs;
  let table: [number, number, string][];
  try {
    if (head.roles <= CHECK_ALL_ROLES_UP_TO) {
      index = JSON.parse(readVerified(opened, 'index.json', head.sums.index)) as CachedIndex;
      const stale = index.records.find((record) => !isFresh(record));
      if (stale) return `${stale.file} changed`;
    }
    catalogs = JSON.parse(readVerified(opened, 'catalogs.json', head.sums.catalogs)) as CachedCatalogs;
    table = JSON.parse(readVerified(opened, 'names.json', head.sums.names)) as [number, number, string][];
  } catch (error) {
    return (error as Error).message;
  }

  const buckets = new Map<number, Map<string, NameBucketEntry>>();
  const named = (name: string): NameBucketEntry | undefined => {
    const n = hash32(name) % table.length;
    let bucket = buckets.get(n);
    if (!bucket) {
      const [offset, length, sum] = table[n]!;
      bucket = new Map(JSON.parse(readVerified(opened, 'names.pack', sum, { offset, length })) as NameBucket);
      buckets.set(n, bucket);
    }
    return bucket.get(name);
  };
  const loaded = new Map<string, Role>();
  let allChecked = index !== undefined;
  const wholeIndex = () => {
    index ??= JSON.parse(readVerified(opened, 'index.json', head.sums.index)) as CachedIndex;
    if (!allChecked) {
      const stale = index.records.find((record) => !isFresh(record));
      if (stale) throw new StaleCacheError(`${stale.file} changed`);
      allChecked = true;
    }
    return index;
  };
  const readRoles = (records: readonly RoleRecord[]) =>
    readPacked(opened, records, (record) => {
      if (!allChecked && !isFresh(record)) throw new StaleCacheError(`${record.file} changed`);
    });
  return {
    ...catalogs,
    get roleIndex() {
      return wholeIndex().entries;
    },
    role(id) {
      let role = loaded.get(id);
      if (role) return role;
      const record = named(id)?.role?.record;
      if (!record) throw new Error(`no role with id "${id}" in the data`);
      loaded.set(id, (role = readRoles([record])[0]!));
      return role;
    },
    allRoles: () => readRoles(wholeIndex().records),
    roleIdsNamed: (name) => named(normalizeName(name))?.roles ?? [],
    levelsTitled: (title) => (named(normalizeName(title))?.levels ?? []).map(([roleId, levelId]) => ({ roleId, levelId })),
    roleEntry(id) {
      const role = named(id)?.role;
      if (role && !allChecked && !isFresh(role.record)) throw new StaleCacheError(`${role.record.file} changed`);
      return role?.entry;
    },
  };
}

/**
 * The roles of the last validation, for role files unchanged since (same
 * stamp) and intact in the pack: `career data validate` then reads and checks
 * only what changed. Undefined when there is no usable cache.
 */
export function previousRoles(cacheDir: string, dir: string, code: string): ((path: string) => Role | undefined) | undefined {
  const opened = openHead(cacheDir, dir, code);
  if (typeof opened === 'string') return undefined;
  let records: Map<string | null, RoleRecord>;
  try {
    records = new Map((JSON.parse(readVerified(opened, 'index.json', opened.head.sums.index)) as CachedIndex).records.map((record) => [record.file, record]));
  } catch {
    return undefined;
  }
  return (path) => {
    const record = records.get(relativeName(dir, path));
    if (!record || record.stamp === UNSETTLED || stampOf(path) !== record.stamp) return undefined;
    try {
      return readPacked(opened, [record])[0];
    } catch {
      return undefined;
    }
  };
}

/** Roles from the pack, each checked against its checksum (StaleCacheError if one fails). */
function readPacked({ genDir, salt }: OpenedCache, records: readonly RoleRecord[], check?: (record: RoleRecord) => void): Role[] {
  let fd: number;
  try {
    fd = openSync(join(genDir, 'roles.pack'), 'r');
  } catch (error) {
    throw new StaleCacheError(`roles.pack unreadable (${codeOf(error)})`);
  }
  try {
    return records.map((record) => {
      check?.(record);
      const bytes = Buffer.alloc(record.length);
      if (readSync(fd, bytes, 0, record.length, record.offset) !== record.length || checksum(salt, bytes) !== record.sum) {
        throw new StaleCacheError(`the cached role from ${record.file ?? 'the built-in data'} fails its checksum`);
      }
      return JSON.parse(bytes.toString('utf8')) as Role;
    });
  } finally {
    closeSync(fd);
  }
}

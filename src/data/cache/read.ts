// Serves a data directory from its cache. Whether the cache may serve is
// decided once, when it is opened, before the command runs: head.json must
// carry the checksum this build writes for this directory (see checksum.ts),
// and the directory, its folders and every catalog and quiz file their
// stamps (a file added, removed or renamed changes its folder's); with up to
// CHECK_ALL_ROLES_UP_TO (500) role files, every role file too. Anything else
// gives a reason and no data set: the caller reads the YAML and rewrites the
// cache. In a bigger directory (stat-ing 10,000 files costs 30-100 ms) a role
// file's stamp is checked when its role or index entry is used, all of them
// when the whole index is (`roles`), and an index, bucket or role failing its
// checksum is found when read: the data set then throws StaleCacheError
// before anything was printed (commands compute first, then render), and the
// CLI runs the command again from the YAML, never reloading midway.
import { closeSync, openSync, readFileSync, readSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { normalizeName, type DataSet } from '../dataset.js';
import type { LoadOptions } from '../load/load-dir.js';
import type { Role } from '../schema.js';
import { hash32 } from '../../shared/hash32.js';
import { checksum } from './checksum.js';
import {
  CACHE_FORMAT,
  CHECK_ALL_ROLES_UP_TO,
  type CachedIndex,
  type CacheHead,
  type NameBucketEntry,
  type RoleRecord,
} from './format.js';
import { stampOf, UNSETTLED } from './stamp.js';

export class StaleCacheError extends Error {
  constructor(readonly reason: string) {
    super(`the data cache is stale: ${reason}`);
    this.name = 'StaleCacheError';
  }
}

type OpenedCache = { head: CacheHead; salt: string; genDir: string };
type FilePart = { offset: number; length: number };

const codeOf = (error: unknown) => (error as NodeJS.ErrnoException).code ?? (error as Error).message;

/** The JSON in a cache file (or the part `at` of it) whose checksum is `sum`; throws StaleCacheError otherwise. */
function readVerified<T>({ genDir, salt }: OpenedCache, name: string, sum: string, at?: FilePart): T {
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
  return JSON.parse(bytes.toString('utf8')) as T;
}

/** The cache's head if written by this build for `dir` and intact; else the reason not to use it. */
function openHead(cacheDir: string, dir: string, code: string): OpenedCache | string {
  let head: CacheHead;
  try {
    head = JSON.parse(readFileSync(join(cacheDir, 'head.json'), 'utf8')) as CacheHead;
  } catch (error) {
    return `no readable head.json (${codeOf(error)})`;
  }
  // Optional chaining also turns away a head.json that holds no object at all.
  if (head?.format !== CACHE_FORMAT || head.code !== code || head.dir !== dir) {
    return 'written by another build of career or for another directory';
  }
  const salt = `${code}\0${dir}`;
  const { sum, ...rest } = head;
  if (sum !== checksum(salt, JSON.stringify(rest))) return 'head.json fails its checksum';
  return { head, salt, genDir: join(cacheDir, String(head.generation)) };
}

/** A data set served from the cache, or the reason the cache cannot serve `dir` now. */
export function openCache(cacheDir: string, dir: string, code: string): DataSet | string {
  const opened = openHead(cacheDir, dir, code);
  if (typeof opened === 'string') return opened;
  const { head } = opened;
  for (const [file, stamp] of Object.entries(head.watched)) {
    if (stampOf(join(dir, file)) !== stamp) return `${file} changed`;
  }
  let index: CachedIndex | undefined;
  let allChecked = false;
  const fresh = (record: RoleRecord) => {
    // Concatenated, not joined: path.join's normalizing took a tenth of `roles` on 10,000 files.
    if (allChecked || record.file === null || stampOf(`${dir}/${record.file}`) === record.stamp) return record;
    throw new StaleCacheError(`${record.file} changed`);
  };
  const wholeIndex = () => {
    index ??= readVerified<CachedIndex>(opened, 'index.json', head.indexSum);
    index.records.forEach(fresh);
    allChecked = true;
    return index;
  };
  try {
    if (head.roles <= CHECK_ALL_ROLES_UP_TO) wholeIndex();
  } catch (error) {
    return (error as StaleCacheError).reason ?? String(error);
  }
  const readRole = (record: RoleRecord) => readVerified<Role>(opened, 'roles.pack', fresh(record).sum, record);

  const buckets = new Map<number, Map<string, NameBucketEntry>>();
  const named = (name: string): NameBucketEntry | undefined => {
    const n = hash32(name) % head.buckets.length;
    if (!buckets.has(n)) {
      const [offset, length, sum] = head.buckets[n]!;
      buckets.set(n, new Map(readVerified<[string, NameBucketEntry][]>(opened, 'names.pack', sum, { offset, length })));
    }
    return buckets.get(n)!.get(name);
  };
  const loaded = new Map<string, Role>();
  return {
    ...head.catalogs,
    get roleIndex() {
      return wholeIndex().entries;
    },
    role(id) {
      let role = loaded.get(id);
      if (role) return role;
      const record = named(id)?.role?.record;
      if (!record) throw new Error(`no role with id "${id}" in the data`);
      loaded.set(id, (role = readRole(record)));
      return role;
    },
    allRoles: () => wholeIndex().records.map(readRole),
    roleIdsNamed: (name) => named(normalizeName(name))?.roles ?? [],
    levelsTitled: (title) =>
      (named(normalizeName(title))?.levels ?? []).map(([roleId, levelId]) => ({ roleId, levelId })),
    roleEntry: (id) => {
      const role = named(id)?.role;
      return role && fresh(role.record) && role.entry;
    },
  };
}

/**
 * The roles of the last validation, for role files unchanged since (same
 * stamp) and intact in the pack: `career data validate` then reads and checks
 * only what changed. Undefined when there is no usable cache.
 */
export function previousRoles(cacheDir: string, dir: string, code: string): LoadOptions['unchanged'] {
  const opened = openHead(cacheDir, dir, code);
  if (typeof opened === 'string') return undefined;
  let index: CachedIndex;
  try {
    index = readVerified<CachedIndex>(opened, 'index.json', opened.head.indexSum);
  } catch {
    return undefined;
  }
  const records = new Map(index.records.map((record) => [record.file, record]));
  return (path) => {
    const record = records.get(relative(dir, path).split(sep).join('/'));
    if (!record || record.stamp === UNSETTLED || stampOf(path) !== record.stamp) return undefined;
    try {
      return readVerified<Role>(opened, 'roles.pack', record.sum, record);
    } catch {
      return undefined;
    }
  };
}

// Serves a data directory from its cache, if it may: decided once, when
// opened, before the command runs. head.json must carry this build's checksum
// for this directory (checksum.ts), and the directory, its folders (a file
// added, removed or renamed changes its folder's stamp) and every catalog and
// quiz file their stamps; with up to CHECK_ALL_ROLES_UP_TO role files, every
// role file too. Otherwise the caller reads the YAML and rewrites the cache.
// In a bigger directory (stat-ing 10,000 files costs 30-100 ms) a role file's
// stamp (all of them for `roles`) and a part's checksum are checked when used;
// a failure throws StaleCacheError before anything was printed (commands
// compute, then render), and the CLI runs the command again from the YAML.
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
 * The roles of the last validation whose files are unchanged (same stamp) and intact in the pack, so that
 * `career data validate` reads and checks only what changed; undefined without a usable cache.
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

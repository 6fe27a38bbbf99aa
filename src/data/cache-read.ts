// Serves a data directory from its cache, checking freshness as it goes:
//
// - on open: the stamps of the directory, its roles/ and quizzes/ folders
//   (a file added, removed or renamed changes them), and of every catalog and
//   quiz file; and with up to CHECK_ALL_ROLES_UP_TO (500) role files, of
//   every role file too: for such directories nothing stale is ever served;
// - on every role read: the stamp of that role's file;
// - roleIndex and allRoles() (listings, completion, suggestions): the stamps
//   of all role files.
//
// Anything that does not match, and any cache file that cannot be read, makes
// the data set reload the directory from the YAML (`reload`, which validates
// everything and refreshes the cache) and answer from that from then on.
//
// Not checked on open in larger directories, to keep a lookup on 10,000
// roles cheap (stat-ing them all costs 30-100 ms): role files edited in
// place, which does not change their folder. Such an edit is noticed as soon
// as a command reads that role, lists the roles or needs them all. Until
// then, and only then: a lookup BY NAME (roleIdsNamed, levelsTitled,
// roleEntry) may answer from the file's old names, and a command that reads
// other roles does not yet see that the edited file became invalid.
import { closeSync, openSync, readFileSync, readSync } from 'node:fs';
import { join } from 'node:path';
import { bucketOf, CACHE_FORMAT, CHECK_ALL_ROLES_UP_TO, NAME_SLOT_BYTES, type CachedCatalogs, type CachedIndex, type CacheHead, type NameBucket, type RoleRecord } from './cache-format.js';
import { stampOf } from './cache-stamp.js';
import { normalizeName, type DataSet, type RoleIndexEntry } from './dataset.js';
import type { Quiz, Role } from './schema.js';

export interface OpenCacheOptions {
  cacheDir: string;
  /** The data directory (absolute). */
  dir: string;
  /** Version of the validating code; a cache written by other code is ignored. */
  code: string;
  /** Loads and validates the directory from scratch (and rewrites the cache); throws for invalid data. */
  reload: () => DataSet;
}

const readJson = <T>(path: string) => JSON.parse(readFileSync(path, 'utf8')) as T;

/** The cache's head.json, if the cache was written for `dir` by this code in this format; throws if unreadable. */
export function readCacheHead(cacheDir: string, dir: string, code: string): CacheHead | undefined {
  const head = readJson<CacheHead>(join(cacheDir, 'head.json'));
  return head.format === CACHE_FORMAT && head.code === code && head.dir === dir ? head : undefined;
}

/** One role from the pack (open as `fd`); a short read is an error. */
export function readPackedRole(fd: number, record: RoleRecord): Role {
  const bytes = Buffer.allocUnsafe(record.length);
  if (readSync(fd, bytes, 0, record.length, record.offset) !== record.length) throw new Error('short read');
  return JSON.parse(bytes.toString('utf8')) as Role;
}

/** A data set served from the cache, or undefined when there is no fresh cache for `dir`. */
export function openCache(options: OpenCacheOptions): DataSet | undefined {
  const { cacheDir, dir } = options;
  let head: CacheHead;
  let catalogs: CachedCatalogs;
  try {
    const found = readCacheHead(cacheDir, dir, options.code);
    if (!found) return undefined;
    head = found;
    for (const [file, stamp] of Object.entries(head.watched)) {
      if (stampOf(join(dir, file)) !== stamp) return undefined;
    }
    if (head.roles <= CHECK_ALL_ROLES_UP_TO) {
      const roleStamps = readJson<[string, string][]>(join(cacheDir, head.generation, 'role-stamps.json'));
      if (!roleStamps.every(([file, stamp]) => stampOf(join(dir, file)) === stamp)) return undefined;
    }
    catalogs = readJson<CachedCatalogs>(join(cacheDir, head.generation, 'catalogs.json'));
  } catch {
    return undefined;
  }
  return cachedDataSet(options, head, catalogs);
}

function cachedDataSet(options: OpenCacheOptions, head: CacheHead, catalogs: CachedCatalogs): DataSet {
  const genDir = join(options.cacheDir, head.generation);
  let reloaded: DataSet | undefined;
  const buckets = new Map<number, NameBucket>();
  const roles = new Map<string, Role>();
  let index: CachedIndex | undefined;
  let quizzes: Quiz[] | undefined;

  /** Past the first stale or unreadable thing, everything comes from a full reload. */
  const reload = () => (reloaded ??= options.reload());
  const fromCache = <T>(read: () => T, fallback: (data: DataSet) => T): T => {
    if (reloaded) return fallback(reloaded);
    let value: T;
    try {
      value = read();
    } catch {
      return fallback(reload());
    }
    return value;
  };

  const bucket = (name: string) => {
    const n = bucketOf(name, head.buckets);
    let found = buckets.get(n);
    if (!found) {
      const [offset, length] = readSlot(join(genDir, 'names.idx'), n);
      found = JSON.parse(readAt(join(genDir, 'names.pack'), offset, length).toString('utf8')) as NameBucket;
      buckets.set(n, found);
    }
    return found[name];
  };
  const loadIndex = () => (index ??= readJson<CachedIndex>(join(genDir, 'index.json')));
  // Every role file's stamp is checked once per run, not at every listing (completion asks twice).
  let allChecked = false;
  const checkAll = (records: readonly RoleRecord[]) => {
    if (!allChecked && !records.every(isFresh)) throw new Error('a role file changed');
    allChecked = true;
  };
  const isFresh = (record: RoleRecord) => stampOf(join(options.dir, record.file)) === record.stamp;

  const readRoles = (records: readonly RoleRecord[]): Role[] => {
    const fd = openSync(join(genDir, 'roles.pack'), 'r');
    try {
      return records.map((record) => readPackedRole(fd, record));
    } finally {
      closeSync(fd);
    }
  };

  return {
    get sources() {
      return reloaded ? reloaded.sources : catalogs.sources;
    },
    get skills() {
      return reloaded ? reloaded.skills : catalogs.skills;
    },
    get certifications() {
      return reloaded ? reloaded.certifications : catalogs.certifications;
    },
    get transitions() {
      return reloaded ? reloaded.transitions : catalogs.transitions;
    },
    get quizzes() {
      return fromCache(() => (quizzes ??= readJson<Quiz[]>(join(genDir, 'quizzes.json'))), (data) => data.quizzes);
    },
    get roleIndex(): RoleIndexEntry[] {
      return fromCache(
        () => {
          const { entries, records } = loadIndex();
          checkAll(records);
          return entries;
        },
        (data) => data.roleIndex,
      );
    },
    role(id) {
      const cached = roles.get(id);
      if (cached && !reloaded) return cached;
      return fromCache(
        () => {
          const record = bucket(id)?.role?.record;
          if (!record) throw new Error(`no role "${id}" in the cache`);
          if (!isFresh(record)) throw new Error(`${record.file} changed`);
          const role = readRoles([record])[0]!;
          roles.set(id, role);
          return role;
        },
        (data) => data.role(id),
      );
    },
    allRoles() {
      return fromCache(
        () => {
          const { records } = loadIndex();
          checkAll(records);
          return readRoles(records);
        },
        (data) => data.allRoles(),
      );
    },
    roleIdsNamed(name) {
      return fromCache(() => bucket(normalizeName(name))?.roles ?? [], (data) => data.roleIdsNamed(name));
    },
    levelsTitled(title) {
      return fromCache(
        () => (bucket(normalizeName(title))?.levels ?? []).map(([roleId, levelId]) => ({ roleId, levelId })),
        (data) => data.levelsTitled(title),
      );
    },
    roleEntry(id) {
      return fromCache(() => bucket(id)?.role?.entry, (data) => data.roleEntry(id));
    },
  };
}

/** `length` bytes of a file from `offset`; a short read is an error (the cache is then not used). */
function readAt(path: string, offset: number, length: number): Buffer {
  const fd = openSync(path, 'r');
  try {
    const bytes = Buffer.allocUnsafe(length);
    if (readSync(fd, bytes, 0, length, offset) !== length) throw new Error(`${path}: short read`);
    return bytes;
  } finally {
    closeSync(fd);
  }
}

/** Where bucket `n` is in names.pack. */
function readSlot(idxPath: string, n: number): [offset: number, length: number] {
  const slot = readAt(idxPath, n * NAME_SLOT_BYTES, NAME_SLOT_BYTES);
  return [slot.readUInt32LE(0), slot.readUInt32LE(4)];
}

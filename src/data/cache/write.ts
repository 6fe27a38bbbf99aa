// Writes the cache of a data directory just loaded and found valid, with the
// stamps the caller took before reading. Every file goes through writeFileAtomic;
// the caller treats any failure as "no cache", which costs only speed.
import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { makeDirectory } from '../../fs/make-dir.js';
import { writeFileAtomic } from '../../fs/write-file-atomic.js';
import { indexEntry, nameMaps } from '../dataset.js';
import type { LoadResult } from '../load/load-dir.js';
import { hash32 } from '../../shared/hash32.js';
import { checksum } from './checksum.js';
import { CACHE_FORMAT, type CachedIndex, type CacheHead, type NameBucketEntry, type RoleRecord } from './format.js';
import { UNSETTLED, type Stamp } from './stamp.js';

/** The valid data just loaded from `dir` (its own roles first, built-in ones after), and the stamps taken. */
export interface CacheContents extends Pick<LoadResult, 'data' | 'roleFiles'> {
  dir: string;
  code: string;
  /** The stamp of every file read (role files too), by path relative to `dir`, taken before reading. */
  watched: ReadonlyMap<string, Stamp>;
}

export function writeCache(cacheDir: string, contents: CacheContents): void {
  const { data, code, dir } = contents;
  // Role files are watched through their records, checked when their role is used (see read.ts).
  const watched = new Map(contents.watched);
  contents.roleFiles.forEach((file) => watched.delete(file));
  const salt = `${code}\0${dir}`;
  const generation = `g-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
  const genDir = join(cacheDir, generation);
  // makeDirectory, not a recursive mkdir: that one spins forever under /proc.
  makeDirectory(genDir, 'the cache folder');
  try {
    const records = writePack(join(genDir, 'roles.pack'), salt, data.roles).map(
      ([offset, length, sum], i): RoleRecord => {
        const file = contents.roleFiles[i] ?? null;
        return { file, stamp: file === null ? '' : (contents.watched.get(file) ?? UNSETTLED), offset, length, sum };
      },
    );
    const index: CachedIndex = {
      entries: data.roles.map((role, i) => indexEntry(role, data.roleOrigins?.[i])),
      records,
    };
    const indexText = JSON.stringify(index);
    writeFileAtomic(join(genDir, 'index.json'), indexText);
    const { sources, skills, certifications, transitions, quizzes } = data;
    const head: Omit<CacheHead, 'sum'> = {
      format: CACHE_FORMAT,
      code,
      dir,
      generation,
      roles: records.length,
      watched: Object.fromEntries(watched),
      catalogs: { sources, skills, certifications, transitions, quizzes },
      buckets: writeNames(genDir, salt, index),
      indexSum: checksum(salt, indexText),
    };
    const sum = checksum(salt, JSON.stringify(head));
    writeFileAtomic(join(cacheDir, 'head.json'), JSON.stringify({ ...head, sum }));
  } catch (error) {
    rmSync(genDir, { recursive: true, force: true });
    throw error;
  }
  // Older generations are no longer named by head.json; a reader still on one finds its checksums fail and reloads.
  for (const name of readdirSync(cacheDir)) {
    if (name !== generation && name.startsWith('g-')) rmSync(join(cacheDir, name), { recursive: true, force: true });
  }
}

/** Writes names.pack and returns where each bucket is in it (see format.ts). */
function writeNames(genDir: string, salt: string, index: CachedIndex): CacheHead['buckets'] {
  // About 4 roles per bucket keeps a bucket under 10 KB.
  const count = Math.max(1, Math.ceil(index.entries.length / 4));
  const buckets = Array.from({ length: count }, () => new Map<string, NameBucketEntry>());
  const slot = (name: string) => {
    const bucket = buckets[hash32(name) % count]!;
    let entry = bucket.get(name);
    if (!entry) bucket.set(name, (entry = {}));
    return entry;
  };
  // The same names, in the same order, as an in-memory data set finds them.
  const { roles, levels } = nameMaps(index.entries);
  index.entries.forEach((entry, i) => (slot(entry.id).role = { entry, record: index.records[i]! }));
  for (const [name, ids] of roles) slot(name).roles = ids;
  for (const [title, hits] of levels) slot(title).levels = hits.map((hit) => [hit.roleId, hit.levelId]);
  const entries = buckets.map((bucket) => [...bucket]);
  return writePack(join(genDir, 'names.pack'), salt, entries);
}

/** Writes each value's JSON, back to back, into `path`; returns where each is: [offset, length, checksum]. */
function writePack(path: string, salt: string, values: unknown[]): [number, number, string][] {
  const texts = values.map((value) => Buffer.from(JSON.stringify(value)));
  let offset = 0;
  const places = texts.map((text): [number, number, string] => [
    (offset += text.length) - text.length,
    text.length,
    checksum(salt, text),
  ]);
  writeFileAtomic(path, Buffer.concat(texts, offset));
  return places;
}

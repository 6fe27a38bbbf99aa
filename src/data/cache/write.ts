// Writes the cache of a data directory that has just been loaded and found
// valid. Stamps are taken by the caller BEFORE the files were read, so a file
// changed during the load looks stale next time rather than fresh. Every file
// goes through writeFileAtomic (short writes and a full disk handled); the
// caller treats any failure as "no cache", which costs only speed.
import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { makeDirectory } from '../../fs/make-dir.js';
import { writeFileAtomic } from '../../fs/write-file-atomic.js';
import { indexEntry, nameMaps, type PlainData } from '../dataset.js';
import { checksum, hash32 } from './checksum.js';
import { bucketCount, CACHE_FORMAT, type CachedCatalogs, type CachedIndex, type CacheHead, type NameBucketEntry, type RoleRecord } from './format.js';
import type { Stamp } from './stamp.js';

export interface CacheContents {
  dir: string;
  code: string;
  watched: Record<string, Stamp>;
  /** Each role's file (relative path) and its stamp, in the order of `data.roles`; null for a built-in role. */
  roleFiles: ({ file: string; stamp: Stamp } | null)[];
  data: PlainData;
}

export function writeCache(cacheDir: string, contents: CacheContents): void {
  const { data, code, dir } = contents;
  if (contents.roleFiles.length !== data.roles.length) throw new Error('role files and roles do not match');
  const salt = `${code}\0${dir}`;
  const generation = `g-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
  const genDir = join(cacheDir, generation);
  // makeDirectory, not a recursive mkdir: that one spins forever under /proc.
  makeDirectory(genDir, 'the cache folder');
  try {
    const texts = data.roles.map((role) => Buffer.from(JSON.stringify(role)));
    let offset = 0;
    const records: RoleRecord[] = texts.map((text, i) => {
      const roleFile = contents.roleFiles[i];
      const record = { file: roleFile?.file ?? null, stamp: roleFile?.stamp ?? '', offset, length: text.length, sum: checksum(salt, text) };
      offset += text.length;
      return record;
    });
    writeFileAtomic(join(genDir, 'roles.pack'), Buffer.concat(texts, offset));
    const index: CachedIndex = { entries: data.roles.map((role, i) => indexEntry(role, data.roleOrigins?.[i])), records };
    const { sources, skills, certifications, transitions, quizzes } = data;
    const catalogs: CachedCatalogs = { sources, skills, certifications, transitions, quizzes };
    const indexText = JSON.stringify(index);
    const catalogsText = JSON.stringify(catalogs);
    writeFileAtomic(join(genDir, 'index.json'), indexText);
    const namesText = writeNames(genDir, salt, index);
    writeFileAtomic(join(genDir, 'catalogs.json'), catalogsText);
    const head: Omit<CacheHead, 'sum'> = {
      format: CACHE_FORMAT,
      code,
      dir,
      generation,
      roles: records.length,
      watched: contents.watched,
      sums: { catalogs: checksum(salt, catalogsText), index: checksum(salt, indexText), names: checksum(salt, namesText) },
    };
    writeFileAtomic(join(cacheDir, 'head.json'), JSON.stringify({ ...head, sum: checksum(salt, JSON.stringify(head)) }));
  } catch (error) {
    rmSync(genDir, { recursive: true, force: true });
    throw error;
  }
  // Older generations are no longer named by head.json; a reader still on one finds its checksums fail and reloads.
  for (const name of readdirSync(cacheDir)) {
    if (name !== generation && name.startsWith('g-')) rmSync(join(cacheDir, name), { recursive: true, force: true });
  }
}

/** Writes names.pack and returns names.json's text (see format.ts). */
function writeNames(genDir: string, salt: string, index: CachedIndex): string {
  const count = bucketCount(index.entries.length);
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
  const texts = buckets.map((bucket) => Buffer.from(JSON.stringify([...bucket])));
  let offset = 0;
  const table = texts.map((text) => {
    const place = [offset, text.length, checksum(salt, text)];
    offset += text.length;
    return place;
  });
  writeFileAtomic(join(genDir, 'names.pack'), Buffer.concat(texts, offset));
  const tableText = JSON.stringify(table);
  writeFileAtomic(join(genDir, 'names.json'), tableText);
  return tableText;
}

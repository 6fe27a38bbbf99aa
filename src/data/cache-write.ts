// Writes the cache of a data directory that has just been loaded and found
// valid. Stamps are taken by the caller BEFORE the files were read, so a file
// changed during the load looks stale next time rather than fresh.
import { closeSync, mkdirSync, openSync, readdirSync, renameSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { bucketCount, bucketOf, CACHE_FORMAT, type CacheHead, type CachedIndex, type NameBucket, type RoleRecord } from './cache-format.js';
import type { Stamp } from './cache-stamp.js';
import { indexEntry, normalizeName, type PlainData } from './dataset.js';

export interface CacheContents {
  dir: string;
  code: string;
  watched: Record<string, Stamp>;
  /** The role files (relative paths) and their stamps, in the order of `data.roles`. */
  roleFiles: { file: string; stamp: Stamp }[];
  data: PlainData;
}

export function writeCache(cacheDir: string, contents: CacheContents): void {
  const { data } = contents;
  if (contents.roleFiles.length !== data.roles.length) throw new Error('role files and roles do not match');
  const generation = `g-${Date.now().toString(36)}-${process.pid}-${Math.random().toString(36).slice(2, 8)}`;
  const genDir = join(cacheDir, generation);
  mkdirSync(join(genDir, 'names'), { recursive: true });

  const records: RoleRecord[] = [];
  const pack = openSync(join(genDir, 'roles.pack'), 'w');
  try {
    let offset = 0;
    data.roles.forEach((role, i) => {
      const bytes = Buffer.from(JSON.stringify(role));
      writeSync(pack, bytes);
      records.push({ ...contents.roleFiles[i]!, offset, length: bytes.length });
      offset += bytes.length;
    });
  } finally {
    closeSync(pack);
  }

  const entries = data.roles.map(indexEntry);
  const index: CachedIndex = { entries, records };
  writeFileSync(join(genDir, 'index.json'), JSON.stringify(index));
  const { sources, skills, certifications, transitions, quizzes } = data;
  writeFileSync(join(genDir, 'catalogs.json'), JSON.stringify({ sources, skills, certifications, transitions }));
  writeFileSync(join(genDir, 'quizzes.json'), JSON.stringify(quizzes));

  writeFileSync(join(genDir, 'role-stamps.json'), JSON.stringify(records.map((r) => [r.file, r.stamp])));
  const buckets = bucketCount(entries.length);
  writeBuckets(join(genDir, 'names'), buckets, index);

  const head: CacheHead = { format: CACHE_FORMAT, code: contents.code, dir: contents.dir, generation, buckets, roles: records.length, watched: contents.watched };
  const tmp = join(cacheDir, `head.json.${generation}`);
  writeFileSync(tmp, JSON.stringify(head));
  renameSync(tmp, join(cacheDir, 'head.json'));
  removeOtherGenerations(cacheDir, generation);
}

function writeBuckets(folder: string, count: number, index: CachedIndex): void {
  const buckets: NameBucket[] = Array.from({ length: count }, () => ({}));
  const slot = (name: string) => {
    const bucket = buckets[bucketOf(name, count)]!;
    return (bucket[name] ??= {});
  };
  index.entries.forEach((entry, i) => {
    slot(entry.id).role = { entry, record: index.records[i]! };
    for (const name of new Set([entry.id, entry.title, ...entry.aliases].map(normalizeName))) {
      (slot(name).roles ??= []).push(entry.id);
    }
    const titled = new Set<string>();
    for (const level of entry.levels) {
      const title = normalizeName(level.title);
      // The first level of a ladder with a title is the one a lookup finds.
      if (titled.has(title)) continue;
      titled.add(title);
      (slot(title).levels ??= []).push([entry.id, level.id]);
    }
  });
  buckets.forEach((bucket, i) => writeFileSync(join(folder, `${i}.json`), JSON.stringify(bucket)));
}

/** Older generations are no longer named by head.json. A reader still using one falls back to the YAML. */
function removeOtherGenerations(cacheDir: string, keep: string): void {
  for (const name of readdirSync(cacheDir)) {
    if (name === keep) continue;
    if (name.startsWith('g-') || (name.startsWith('head.json.') && !name.endsWith(keep))) {
      rmSync(join(cacheDir, name), { recursive: true, force: true });
    }
  }
}

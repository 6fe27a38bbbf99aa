// Writes the cache of a data directory that has just been loaded and found
// valid. Stamps are taken by the caller BEFORE the files were read, so a file
// changed during the load looks stale next time rather than fresh.
import { closeSync, openSync, readdirSync, renameSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { makeDirectory } from '../fs/make-dir.js';
import { join } from 'node:path';
import { bucketCount, bucketOf, CACHE_FORMAT, NAME_SLOT_BYTES, type CacheHead, type CachedIndex, type NameBucket, type RoleRecord } from './cache-format.js';
import type { Stamp } from './cache-stamp.js';
import { indexEntry, nameMaps, type PlainData } from './dataset.js';
import type { Role } from './schema.js';

export interface CacheContents {
  dir: string;
  code: string;
  watched: Record<string, Stamp>;
  /** The role files (relative paths) and their stamps, in the order of `data.roles`. */
  roleFiles: { file: string; stamp: Stamp }[];
  data: PlainData;
}

/**
 * A new generation whose role pack is written while the files are still being
 * read, each role as soon as it is checked: on a big directory the other
 * threads go on reading meanwhile, instead of waiting for a pack written at
 * the end. It becomes the cache only if writeCache is given it; else discard().
 */
export interface PackInProgress {
  generation: string;
  /** Adds one role, under its file (relative to the data directory); `json` if the text is at hand already. */
  add(file: string, role: Role, json?: string): void;
  discard(): void;
}

const newGeneration = () => `g-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
/** The pack is written a few megabytes at a time: one write per role was 10,000 system calls. */
const PACK_BATCH_BYTES = 4 * 1024 * 1024;

interface PackWriter extends PackInProgress {
  genDir: string;
  /** Closes the pack; where each file's role is in it. */
  finish(): Map<string, { offset: number; length: number }>;
}

export function startPack(cacheDir: string): PackInProgress {
  return openPack(cacheDir, newGeneration());
}

function openPack(cacheDir: string, generation: string): PackWriter {
  const genDir = join(cacheDir, generation);
  // Not mkdirSync({ recursive: true }): it spins forever under /proc (see make-dir.ts).
  makeDirectory(genDir, 'the cache folder');
  const fd = openSync(join(genDir, 'roles.pack'), 'w');
  const places = new Map<string, { offset: number; length: number }>();
  let offset = 0;
  let batch: Buffer[] = [];
  let batchBytes = 0;
  let open = true;
  let failure: unknown;
  const flush = () => {
    if (batchBytes > 0) writeSync(fd, Buffer.concat(batch, batchBytes));
    batch = [];
    batchBytes = 0;
  };
  const close = () => {
    if (!open) return;
    open = false;
    try {
      flush();
    } finally {
      closeSync(fd);
    }
  };
  return {
    generation,
    genDir,
    add(file, role, json) {
      // Called in the middle of loading: a full disk must cost the cache, not the command.
      if (failure) return;
      try {
        const bytes = Buffer.from(json ?? JSON.stringify(role));
        batch.push(bytes);
        batchBytes += bytes.length;
        places.set(file, { offset, length: bytes.length });
        offset += bytes.length;
        if (batchBytes >= PACK_BATCH_BYTES) flush();
      } catch (error) {
        failure = error;
      }
    },
    finish() {
      close();
      if (failure) throw failure;
      return places;
    },
    discard() {
      try {
        close();
      } finally {
        rmSync(genDir, { recursive: true, force: true });
      }
    },
  };
}

export function writeCache(cacheDir: string, contents: CacheContents, started?: PackInProgress): void {
  const { data } = contents;
  if (contents.roleFiles.length !== data.roles.length) throw new Error('role files and roles do not match');
  const pack = (started as PackWriter | undefined) ?? openPack(cacheDir, newGeneration());
  const { generation, genDir } = pack;
  let records: RoleRecord[];
  try {
    if (!started) data.roles.forEach((role, i) => pack.add(contents.roleFiles[i]!.file, role));
    const places = pack.finish();
    records = contents.roleFiles.map((roleFile) => {
      const place = places.get(roleFile.file);
      if (!place) throw new Error(`${roleFile.file} is not in the role pack`);
      return { ...roleFile, ...place };
    });
  } catch (error) {
    pack.discard();
    throw error;
  }

  const entries = data.roles.map(indexEntry);
  const index: CachedIndex = { entries, records };
  writeFileSync(join(genDir, 'index.json'), JSON.stringify(index));
  const { sources, skills, certifications, transitions, quizzes } = data;
  writeFileSync(join(genDir, 'catalogs.json'), JSON.stringify({ sources, skills, certifications, transitions }));
  writeFileSync(join(genDir, 'quizzes.json'), JSON.stringify(quizzes));

  writeFileSync(join(genDir, 'role-stamps.json'), JSON.stringify(records.map((r) => [r.file, r.stamp])));
  const buckets = bucketCount(entries.length);
  writeBuckets(genDir, buckets, index);

  const head: CacheHead = { format: CACHE_FORMAT, code: contents.code, dir: contents.dir, generation, buckets, roles: records.length, watched: contents.watched };
  const tmp = join(cacheDir, `head.json.${generation}`);
  writeFileSync(tmp, JSON.stringify(head));
  renameSync(tmp, join(cacheDir, 'head.json'));
  removeOtherGenerations(cacheDir, generation);
}

function writeBuckets(genDir: string, count: number, index: CachedIndex): void {
  const buckets: NameBucket[] = Array.from({ length: count }, () => ({}));
  const slot = (name: string) => {
    const bucket = buckets[bucketOf(name, count)]!;
    return (bucket[name] ??= {});
  };
  // The same names, in the same order, as an in-memory data set finds them.
  const { roles, levels } = nameMaps(index.entries);
  index.entries.forEach((entry, i) => (slot(entry.id).role = { entry, record: index.records[i]! }));
  for (const [name, ids] of roles) slot(name).roles = ids;
  for (const [title, hits] of levels) slot(title).levels = hits.map((hit) => [hit.roleId, hit.levelId]);
  const texts = buckets.map((bucket) => Buffer.from(JSON.stringify(bucket)));
  const slots = Buffer.alloc(count * NAME_SLOT_BYTES);
  let offset = 0;
  texts.forEach((text, i) => {
    slots.writeUInt32LE(offset, i * NAME_SLOT_BYTES);
    slots.writeUInt32LE(text.length, i * NAME_SLOT_BYTES + 4);
    offset += text.length;
  });
  writeFileSync(join(genDir, 'names.pack'), Buffer.concat(texts));
  writeFileSync(join(genDir, 'names.idx'), slots);
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

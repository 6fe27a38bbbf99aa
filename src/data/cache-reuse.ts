// The roles of the last full validation, for role files that have not changed
// since (same stamp: size, times, inode) and were checked by the same code.
// `career data validate` and the reload after an edit then read and check
// only what changed: on 10,000 role files, seconds become a fraction of one.
// Cross-file checks (ids, references) still run over everything.
import { closeSync, openSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { CachedIndex, CacheHead, RoleRecord } from './cache-format.js';
import { readCacheHead, readPackedRole } from './cache-read.js';
import { stampOf, UNSETTLED, type Stamp } from './cache-stamp.js';
import type { Role } from './schema.js';

export interface PreviousRoles {
  /** The role validated from this file last time, if the file is unchanged since; else undefined. */
  unchanged(path: string): Role | undefined;
  /** True when nothing changed at all: every role came from here, and the other files have the stamps recorded. */
  stillCurrent(watched: Readonly<Record<string, Stamp>>, roles: number): boolean;
  close(): void;
}

export function previousRoles(cacheDir: string, dir: string, code: string): PreviousRoles | undefined {
  let head: CacheHead;
  let records: Map<string, RoleRecord>;
  try {
    const found = readCacheHead(cacheDir, dir, code);
    if (!found) return undefined;
    head = found;
    const index = JSON.parse(readFileSync(join(cacheDir, head.generation, 'index.json'), 'utf8')) as CachedIndex;
    records = new Map(index.records.map((record) => [record.file, record]));
  } catch {
    return undefined;
  }
  let pack: number | undefined;
  let reused = 0;
  return {
    unchanged(path) {
      const record = records.get(relative(dir, path).split('\\').join('/'));
      if (!record || record.stamp === UNSETTLED || stampOf(path) !== record.stamp) return undefined;
      try {
        pack ??= openSync(join(cacheDir, head.generation, 'roles.pack'), 'r');
        const role = readPackedRole(pack, record);
        reused++;
        return role;
      } catch {
        // A newer run may have replaced this cache meanwhile: read the file instead.
        return undefined;
      }
    },
    stillCurrent(watched, roles) {
      const same = (a: Readonly<Record<string, Stamp>>, b: Readonly<Record<string, Stamp>>) =>
        Object.keys(a).length === Object.keys(b).length && Object.entries(a).every(([file, stamp]) => stamp !== UNSETTLED && b[file] === stamp);
      return reused === roles && roles === records.size && same(watched, head.watched);
    },
    close() {
      if (pack !== undefined) closeSync(pack);
      pack = undefined;
    },
  };
}

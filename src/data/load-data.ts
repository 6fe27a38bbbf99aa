// Where the data for a run comes from: the one entry to the data pipeline.
// The built-in data is the snapshot validated at build time (cache/snapshot.ts),
// or the YAML in data/ when bin/career found data/ changed since the build. A
// user's directory (`--data`, CAREER_DATA) is added beside it, its ids winning
// on a clash (alone with `--data-only`). It is served from its cache
// (cache/read.ts) when intact and fresh, checked once here before the command
// runs; otherwise read from the YAML (load/load-dir.ts) and cached again.
// The YAML loader (and the yaml and zod packages) is imported only when YAML
// must be read; the cache reader (and node:crypto) only for a --data directory.
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { UserError } from '../errors.js';
import { cacheDirFor, cacheRoot, type Env } from './cache/location.js';
import { readSnapshot, SNAPSHOT_FILE } from './cache/snapshot.js';
import { MISSING, SETTLE_MS, stampOf } from './cache/stamp.js';
import { inMemoryDataSet, type DataSet, type PlainData } from './dataset.js';
import type { LoadOptions, LoadResult } from './load/load-dir.js';
import { countProblems, formatProblem } from './problem.js';

export interface DataLocation {
  /** The user's data directory (absolute); undefined for the built-in data alone. */
  dir?: string;
  /** True to use `dir` alone, without the built-in data beside it. */
  dirOnly?: boolean;
  /** Where the package lives (its data/ and its build output). */
  packageRoot: string;
  /** For file names in messages. */
  cwd: string;
  /** For the cache location (CAREER_CACHE_DIR, XDG_CACHE_HOME, HOME; CAREER_CACHE=0 turns it off). Without it nothing is cached. */
  env?: Env;
  /** bin/career's verdict: data/ changed since the snapshot was built, so the YAML is read instead. */
  snapshotStale?: boolean;
  /** Skip the cache (the CLI's second run after a StaleCacheError). */
  skipCache?: boolean;
  /** Why the cache was not used or not written, for --debug. */
  debug?: (message: string) => void;
  /** Changes younger than this are not trusted to be finished (see cache/stamp.ts); tests set 0. */
  settleMs?: number;
}

export async function loadData(location: DataLocation): Promise<DataSet> {
  if (location.dir === undefined) return inMemoryDataSet(await builtInData(location), 'built-in');
  const { dir } = location;
  if (!statSync(dir, { throwIfNoEntry: false })?.isDirectory()) {
    throw new UserError(`data directory ${dir} does not exist or is not a directory; check --data or CAREER_DATA`);
  }
  const cache = cacheOf(location);
  if (cache && !location.skipCache) {
    const { openCache } = await import('./cache/read.js');
    const cached = openCache(cache.dir, dir, cache.code);
    if (typeof cached !== 'string') return cached;
    location.debug?.(`cache of ${dir} not used: ${cached}`);
  }
  const loader = await import('./load/load-dir.js');
  // Stamps are taken before reading: a file that changes during the load looks stale next time.
  const settleMs = location.settleMs ?? SETTLE_MS;
  const watched = cache && watchedFiles(loader, dir, settleMs > 0 ? Date.now() - settleMs : Infinity);
  // The built-in data is read only now: a cache that serves holds the built-in roles it was written with.
  const result = await validateData({ ...location, dir }, undefined, { cache, loader });
  const data = checkedData(result, dir);
  if (cache && watched) {
    try {
      const { writeCache } = await import('./cache/write.js');
      writeCache(cache.dir, { dir, code: cache.code, watched, roleFiles: result.roleFiles, data });
    } catch (error) {
      // A cache that cannot be written (read-only home, full disk) only costs speed.
      location.debug?.(`cache of ${dir} not written: ${(error as Error).message}`);
    }
  }
  return inMemoryDataSet(data);
}

/** What loadData has already looked up when it falls back to validateData: not looked up twice. */
interface Found {
  cache: CacheAt | undefined;
  loader: typeof import('./load/load-dir.js');
}

/**
 * Every file read and checked, for `career data validate` and for loadData when the cache cannot serve (it
 * writes none). Role files unchanged since the cache was written are taken from it; cross-file checks cover all.
 */
export async function validateData(
  location: DataLocation & { dir: string },
  onProgress?: LoadOptions['onProgress'],
  found?: Found,
) {
  const builtIn = location.dirOnly ? undefined : await builtInData(location);
  const cache = found ? found.cache : cacheOf(location);
  const unchanged = cache && (await import('./cache/read.js')).previousRoles(cache.dir, location.dir, cache.code);
  const { loadDataDirSync } = found?.loader ?? (await import('./load/load-dir.js'));
  return loadDataDirSync(location.dir, { displayFrom: location.cwd, onProgress, unchanged, beside: builtIn });
}

async function builtInData(location: DataLocation): Promise<PlainData> {
  const snapshot = location.snapshotStale ? undefined : readSnapshot(join(location.packageRoot, SNAPSHOT_FILE));
  if (snapshot) return snapshot;
  const dir = join(location.packageRoot, 'data');
  const { loadDataDirSync } = await import('./load/load-dir.js');
  return checkedData(loadDataDirSync(dir, { displayFrom: location.cwd }), dir, true);
}

function checkedData({ data, problems }: LoadResult, dir: string, builtIn = false): PlainData {
  if (problems.length === 0) return data;
  const total = countProblems(problems);
  const more = total - countProblems(problems.slice(0, 5));
  const shown = problems.slice(0, 5).map(formatProblem);
  if (more > 0) shown.push(`... and ${more} more`);
  throw new UserError(
    `the data in ${builtIn ? 'the built-in data directory' : dir} is invalid (${total} problem${total === 1 ? '' : 's'}); run "career data validate${builtIn ? '' : ` ${dir}`}" to see them all`,
    2,
    shown,
  );
}

type CacheAt = { dir: string; code: string };

/**
 * Where the cache of `location.dir` lives, and the build it must come from:
 * the running code and the built-in snapshot (a merged cache holds built-in
 * roles). No cache while data/ is newer than the snapshot.
 */
function cacheOf(location: DataLocation): CacheAt | undefined {
  const root = location.env && cacheRoot(location.env);
  if (!root || !location.dir || location.snapshotStale) return undefined;
  const code = `${stampOf(import.meta.filename)}|${location.dirOnly ? 'alone' : stampOf(join(location.packageRoot, SNAPSHOT_FILE))}`;
  if (code.startsWith(MISSING)) return undefined;
  return { dir: cacheDirFor(root, location.dir), code };
}

/** Stamps of everything the loader reads, by path relative to `dir`. */
function watchedFiles(loader: typeof import('./load/load-dir.js'), dir: string, settledBefore: number) {
  const files: string[] = ['.', ...loader.CATALOG_FILES];
  for (const folder of ['roles', 'quizzes']) {
    files.push(folder);
    try {
      files.push(...loader.listDataFiles(dir, folder));
    } catch {
      // A missing folder: its stamp says so.
    }
  }
  return new Map(files.map((file) => [file, stampOf(join(dir, file), settledBefore)]));
}

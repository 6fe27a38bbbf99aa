// Where the data for a run comes from, fastest first:
// 1. the built-in data: its JSON snapshot, when it matches data/ exactly;
// 2. a validated cache of the directory (see cache-read.ts), when fresh;
// 3. the YAML itself, read and validated in full, which then refreshes the cache.
// The YAML loader, and with it the yaml and zod packages, is imported only
// when YAML must actually be read.
import { readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { UserError } from '../errors.js';
import { cacheDirFor, cacheRoot, type Env } from './cache-location.js';
import { openCache } from './cache-read.js';
import { previousRoles } from './cache-reuse.js';
import { MISSING, settledStampOf, SETTLE_MS, stampOf, type Stamp } from './cache-stamp.js';
import { startPack, writeCache, type PackInProgress } from './cache-write.js';
import { inMemoryDataSet, type DataSet } from './dataset.js';
import type * as Loader from './loader.js';
import type { LoadResult } from './load-dir.js';
import { FOLDERS, readFreshSnapshot, TOP_LEVEL_FILES } from './snapshot.js';

export interface DataLocation {
  /** Absolute path of the directory to read. */
  dir: string;
  builtIn: boolean;
  /** Where the package keeps its build output (for the snapshot and the loader bundle). */
  packageRoot: string;
  /** For file names in messages. */
  cwd: string;
  /** For the cache location (CAREER_CACHE_DIR, XDG_CACHE_HOME, HOME; CAREER_CACHE=0 turns it off). Without it nothing is cached. */
  env?: Env;
  /** Changes younger than this are not trusted to be finished (see cache-stamp.ts); tests set 0. */
  settleMs?: number;
}

export const SNAPSHOT_FILE = 'dist/data.snapshot.json';
/** The loader bundled as CommonJS, so a cached data set can reload synchronously (see cache-read.ts). */
export const SYNC_LOADER_FILE = 'dist/bundle/loader.cjs';

type LoaderModule = typeof Loader;

interface CacheSetup {
  dir: string;
  /** The loader bundle's stamp: a rebuilt tool does not trust caches written by the old one. */
  code: Stamp;
  requireLoader: () => LoaderModule;
}

export async function loadData(location: DataLocation): Promise<DataSet> {
  if (!location.builtIn && !isDirectory(location.dir)) {
    throw new UserError(`data directory ${location.dir} does not exist or is not a directory; check --data or CAREER_DATA`);
  }
  if (location.builtIn) {
    const snapshot = readFreshSnapshot(join(location.packageRoot, SNAPSHOT_FILE), location.dir);
    if (snapshot) return inMemoryDataSet(snapshot);
  }
  const cache = cacheSetup(location);
  if (cache) {
    const reload = () => loadAndCache(cache.requireLoader(), location, cache);
    const cached = openCache({ cacheDir: cache.dir, dir: location.dir, code: cache.code, reload });
    if (cached) return cached;
  }
  return loadAndCache(await import('./loader.js'), location, cache);
}

function cacheSetup(location: DataLocation): CacheSetup | undefined {
  const root = location.env && cacheRoot(location.env);
  if (!root) return undefined;
  // Without the synchronous loader a stale file found mid-command could not be
  // reloaded, so no cache is used at all (e.g. when running unbundled sources).
  const loaderPath = join(location.packageRoot, SYNC_LOADER_FILE);
  const code = stampOf(loaderPath);
  if (code === MISSING || compiledAfter(loaderPath)) return undefined;
  return {
    dir: cacheDirFor(root, location.dir),
    code,
    requireLoader: () => createRequire(import.meta.url)(loaderPath) as LoaderModule,
  };
}

/** Full load and validation; on success the cache is refreshed. Invalid data throws, with the first problems. */
function loadAndCache(loader: LoaderModule, location: DataLocation, cache: CacheSetup | undefined): DataSet {
  const { data, problems } = validateAndCache(loader, location, cache);
  if (problems.length > 0) {
    const shown = problems.slice(0, 5).map(loader.formatProblem);
    if (problems.length > shown.length) shown.push(`... and ${problems.length - shown.length} more`);
    throw new UserError(
      `the data in ${location.builtIn ? 'the built-in data directory' : location.dir} is invalid (${problems.length} problem${problems.length === 1 ? '' : 's'}); run "career data validate${location.builtIn ? '' : ` ${location.dir}`}" to see them all`,
      2,
      shown,
    );
  }
  return inMemoryDataSet(data);
}

/**
 * Every file read and checked, for `career data validate`. Role files
 * unchanged since the last validation by this same code are taken from the
 * cache rather than read again (see cache-reuse.ts); the cross-file checks
 * still cover every file. It writes no cache: a check in CI would throw it
 * away, and the next command that reads the directory writes one.
 */
export async function validateData(location: DataLocation, onProgress?: (done: number, total: number) => void): Promise<LoadResult> {
  return validateAndCache(await import('./loader.js'), location, cacheSetup(location), { writeCache: false, onProgress });
}

/**
 * Every file read and checked (on every core, for a big directory), role files
 * unchanged since the last validation taken from the cache; unless told not
 * to, the cache is refreshed when all is valid and something changed.
 */
function validateAndCache(
  loader: LoaderModule,
  location: DataLocation,
  cache: CacheSetup | undefined,
  options: { writeCache: boolean; onProgress?: (done: number, total: number) => void } = { writeCache: true },
): LoadResult {
  // Stamps are taken before reading: a file that changes during the load looks stale next time.
  const files = cache && options.writeCache ? watchedFiles(location.dir, loader.isDataFileName, Date.now(), location.settleMs ?? SETTLE_MS) : undefined;
  const previous = cache && previousRoles(cache.dir, location.dir, cache.code);
  // With nothing to reuse, every role goes into the new cache's pack as soon as it is checked.
  const pack = cache && files && !previous ? startPackOrNothing(cache.dir) : undefined;
  let result: LoadResult;
  try {
    result = loader.loadDataDir(location.dir, {
      displayFrom: location.cwd,
      workerScript: loader.roleWorkerScript(location.packageRoot),
      unchanged: previous && ((path) => previous.unchanged(path)),
      onRole: pack && ((path, role, json) => pack.add(relative(location.dir, path).split(sep).join('/'), role, json)),
      onProgress: options.onProgress,
    });
  } catch (error) {
    pack?.discard();
    throw error;
  } finally {
    previous?.close();
  }
  const stillCurrent = previous && files && previous.stillCurrent(files.watched, result.data.roles.length);
  if (result.problems.length === 0 && cache && files && !stillCurrent) {
    try {
      writeCache(cache.dir, { dir: location.dir, code: cache.code, ...files, data: result.data }, pack);
    } catch {
      // A cache that cannot be written (read-only home, full disk) only costs speed.
    }
  } else pack?.discard();
  return result;
}

/** A pack for the new cache, unless the cache folder cannot be written (that only costs speed). */
function startPackOrNothing(cacheDir: string): PackInProgress | undefined {
  try {
    return startPack(cacheDir);
  } catch {
    return undefined;
  }
}

/** Stamps of everything the loader reads, in the loader's order; role files apart, as the cache records them per role. */
function watchedFiles(dir: string, isDataFileName: (name: string) => boolean, now: number, settleMs: number) {
  const stamp = (relative: string) => settledStampOf(join(dir, relative), now, settleMs);
  const watched: Record<string, Stamp> = { '.': stamp('.') };
  for (const file of TOP_LEVEL_FILES) watched[file] = stamp(file);
  const listed: Record<string, string[]> = {};
  for (const folder of FOLDERS) {
    watched[folder] = stamp(folder);
    listed[folder] = listFolder(join(dir, folder), isDataFileName).map((name) => `${folder}/${name}`);
  }
  for (const file of listed.quizzes ?? []) watched[file] = stamp(file);
  const roleFiles = (listed.roles ?? []).map((file) => ({ file, stamp: stamp(file) }));
  return { watched, roleFiles };
}

/** The same listing as the loader's: data files only, sorted. */
function listFolder(folder: string, isDataFileName: (name: string) => boolean): string[] {
  try {
    return readdirSync(folder).filter(isDataFileName).sort();
  } catch {
    return [];
  }
}

/**
 * True when this module runs from dist/src compiled after the loader bundle
 * (a bare `tsc` without bundling): the bundle may validate by older rules
 * than the code running, so the cache is not used until the next full build.
 */
function compiledAfter(loaderPath: string): boolean {
  const self = import.meta.filename ?? fileURLToPath(import.meta.url);
  if (!self.endsWith('.js')) return false;
  return (statSync(self, { throwIfNoEntry: false })?.mtimeMs ?? 0) > (statSync(loaderPath, { throwIfNoEntry: false })?.mtimeMs ?? 0);
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

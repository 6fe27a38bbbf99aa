// A workspace for tests of the --data cache: generated roles to copy from, and
// a package root of its own with a copy of the loader bundle, so that a
// rebuild elsewhere cannot change the code stamp in the middle of a test.
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach } from 'vitest';
import { SYNC_LOADER_FILE } from '../../src/data/catalog.js';
import { generateDataSet } from '../../scripts/generate-data.js';
import { repoRoot } from './run-cli.js';

export interface CacheWorkspace {
  work: string;
  packageRoot: string;
  /** A fresh copy of the generated data for each test. */
  dir: string;
  /** A fresh, empty cache root for each test. */
  cacheRoot: string;
}

/** Registers the hooks; the fields are filled in before each test. */
export function cacheWorkspace(options: { roles: number; seed: number; prefix: string }): CacheWorkspace {
  const workspace: CacheWorkspace = { work: '', packageRoot: '', dir: '', cacheRoot: '' };
  let pristine = '';
  beforeAll(() => {
    workspace.work = mkdtempSync(join(tmpdir(), options.prefix));
    pristine = join(workspace.work, 'pristine');
    generateDataSet({ roles: options.roles, seed: options.seed, out: pristine, baseDir: join(repoRoot, 'data') });
    workspace.packageRoot = join(workspace.work, 'package');
    cpSync(join(repoRoot, SYNC_LOADER_FILE), join(workspace.packageRoot, SYNC_LOADER_FILE));
  });
  afterAll(() => rmSync(workspace.work, { recursive: true, force: true }));
  beforeEach(() => {
    const unique = () => Math.random().toString(36).slice(2);
    workspace.dir = join(workspace.work, `data-${unique()}`);
    workspace.cacheRoot = join(workspace.work, `cache-${unique()}`);
    cpSync(pristine, workspace.dir, { recursive: true });
  });
  return workspace;
}

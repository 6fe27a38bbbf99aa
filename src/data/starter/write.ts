// Writes a starter data directory all at once or not at all: the files go to
// a hidden sibling directory first, which is renamed into place at the end, so
// a failure (disk full, permission denied) never leaves a half-written directory.
import {
  chmodSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  renameSync,
  rmdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { UserError } from '../../errors.js';
import { fsFailure } from '../../fs/fs-failure.js';
import { makeDirectory } from '../../fs/make-dir.js';
import { starterFiles } from './files.js';

/**
 * Creates `target` (absolute) with the starter files; returns their paths
 * inside it. `shown` is how messages name the directory.
 */
export function writeStarterDir(target: string, shown: string): string[] {
  refuseToOverwrite(target, shown);
  const parent = dirname(target);
  let staging: string | undefined;
  try {
    // Not mkdirSync({ recursive: true }): it spins forever under /proc (see make-dir.ts).
    makeDirectory(parent, 'the folder');
    staging = mkdtempSync(join(parent, `.${basename(target)}.init-`));
    const files = starterFiles();
    for (const file of files) {
      const path = join(staging, ...file.path.split('/'));
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, file.text, { flag: 'wx' });
    }
    // mkdtemp makes the directory private (0700); a data directory is ordinary.
    chmodSync(staging, 0o755);
    if (exists(target)) rmdirSync(target); // empty: checked above
    renameSync(staging, target);
    staging = undefined;
    return files.map((f) => f.path);
  } catch (error) {
    if (error instanceof UserError) throw error;
    throw new UserError(`cannot create ${shown}: ${fsFailure(error)}`);
  } finally {
    if (staging) rmSync(staging, { recursive: true, force: true });
  }
}

function refuseToOverwrite(target: string, shown: string): void {
  let entries: string[];
  try {
    if (!statSync(target).isDirectory())
      throw new UserError(`${shown} exists and is not a directory; choose a new directory name`);
    entries = readdirSync(target);
  } catch (error) {
    if (error instanceof UserError) throw error;
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw new UserError(`cannot use ${shown}: ${fsFailure(error)}`);
  }
  if (entries.length > 0) {
    throw new UserError(
      `${shown} already exists and is not empty; choose a new or empty directory (nothing was written)`,
    );
  }
}

function exists(path: string): boolean {
  try {
    statSync(path);
    return true;
  } catch {
    return false;
  }
}

// Creates a directory and its missing parents, one level at a time.
// fs.mkdirSync({ recursive: true }) spins forever where mkdir(2) answers
// ENOENT although the parent exists (anywhere under /proc): it keeps
// "creating the parent" and retrying. Here each level is tried once.
import { mkdirSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { UserError } from '../errors.js';
import { fsFailure } from './fs-failure.js';

/** Makes `path` a directory (creating parents with `mode`); UserError (exit 2) naming `what` if it cannot. */
export function makeDirectory(path: string, what: string, mode = 0o777): void {
  const missing: string[] = [];
  let current = resolve(path);
  for (;;) {
    const kind = kindOf(current, what);
    if (kind === 'directory') break;
    if (kind === 'other')
      throw new UserError(`cannot create ${what} ${path}: ${current} exists and is not a directory`);
    missing.push(current);
    const parent = dirname(current);
    if (parent === current) break;
    current = parent;
  }
  for (const dir of missing.reverse()) {
    try {
      mkdirSync(dir, { mode });
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'EEXIST' && kindOf(dir, what) === 'directory') continue; // made by a run beside us
      // ENOENT with the parent in place: a file system that takes no new directories (/proc, /sys).
      const reason = code === 'ENOENT' ? 'the file system there does not allow new directories' : fsFailure(error);
      throw new UserError(`cannot create ${what} ${path}: ${reason}`);
    }
  }
}

function kindOf(path: string, what: string): 'directory' | 'other' | 'missing' {
  try {
    return statSync(path).isDirectory() ? 'directory' : 'other';
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    // ENOTDIR: a file further up; the walk upwards reaches it and reports it.
    if (code === 'ENOENT' || code === 'ENOTDIR') return 'missing';
    throw new UserError(`cannot create ${what} ${path}: ${fsFailure(error)}`);
  }
}

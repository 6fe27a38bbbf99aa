// Where the data for a run comes from: the built-in data (through its
// snapshot when fresh) or a user's directory (`--data DIR`, `CAREER_DATA`).
// The YAML loader, and with it the yaml and zod packages, is imported only
// when YAML must actually be read.
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { UserError } from '../errors.js';
import { inMemoryDataSet, type DataSet } from './dataset.js';
import { formatProblem } from './read-file.js';
import { readFreshSnapshot } from './snapshot.js';

export interface DataLocation {
  /** Absolute path of the directory to read. */
  dir: string;
  builtIn: boolean;
  /** Where the package keeps its build output (for the snapshot). */
  packageRoot: string;
  /** For file names in messages. */
  cwd: string;
}

export const SNAPSHOT_FILE = 'dist/data.snapshot.json';

export async function loadData(location: DataLocation): Promise<DataSet> {
  if (!location.builtIn && !isDirectory(location.dir)) {
    throw new UserError(`data directory ${location.dir} does not exist or is not a directory; check --data or CAREER_DATA`);
  }
  if (location.builtIn) {
    const snapshot = readFreshSnapshot(join(location.packageRoot, SNAPSHOT_FILE), location.dir);
    if (snapshot) return inMemoryDataSet(snapshot);
  }
  const { loadDataDir } = await import('./load-dir.js');
  const { data, problems } = loadDataDir(location.dir, { displayFrom: location.cwd });
  if (problems.length > 0) {
    const shown = problems.slice(0, 5).map(formatProblem);
    if (problems.length > shown.length) shown.push(`... and ${problems.length - shown.length} more`);
    throw new UserError(
      `the data in ${location.builtIn ? 'the built-in data directory' : location.dir} is invalid (${problems.length} problem${problems.length === 1 ? '' : 's'}); run "career data validate${location.builtIn ? '' : ` ${location.dir}`}" to see them all`,
      2,
      shown,
    );
  }
  return inMemoryDataSet(data);
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

// The built-in data set, loaded from the YAML (not the snapshot) and checked,
// for unit tests of the core that want real roles.
import { join } from 'node:path';
import { inMemoryDataSet, type DataSet } from '../../src/data/dataset.js';
import { loadDataDirSync } from '../../src/data/load/load-dir.js';
import { formatProblem } from '../../src/data/problem.js';
import { repoRoot } from './run-cli.js';

let cached: DataSet | undefined;

export function builtInData(): DataSet {
  if (cached) return cached;
  const { data, problems } = loadDataDirSync(join(repoRoot, 'data'));
  if (problems.length > 0) throw new Error(`built-in data is invalid:\n${problems.map(formatProblem).join('\n')}`);
  cached = inMemoryDataSet(data);
  return cached;
}

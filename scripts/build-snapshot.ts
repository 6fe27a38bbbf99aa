// Build step: validate the built-in data, write the JSON snapshot the CLI
// loads at run time, and export the JSON Schemas editors use for role files.
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SNAPSHOT_FILE } from '../src/data/catalog.js';
import { loadDataDir } from '../src/data/load-dir.js';
import { formatProblem } from '../src/data/read-file.js';
import { snapshotSource, writeSnapshot } from '../src/data/snapshot.js';
import { writeJsonSchemas } from '../src/data/json-schema.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const dataDir = join(root, 'data');

// Taken before the data is read, so an edit made meanwhile makes the snapshot look stale.
const madeFrom = snapshotSource(dataDir);
const { data, problems } = loadDataDir(dataDir, { displayFrom: root });
if (problems.length > 0) {
  for (const p of problems) process.stderr.write(`${formatProblem(p)}\n`);
  process.stderr.write(`build: the built-in data has ${problems.length} problem(s); fix them and build again\n`);
  process.exit(1);
}
const out = join(root, SNAPSHOT_FILE);
mkdirSync(dirname(out), { recursive: true });
writeSnapshot(out, madeFrom, data);
writeJsonSchemas(join(root, 'schema'));
process.stdout.write(`build: ${data.roles.length} roles validated; snapshot written to ${SNAPSHOT_FILE}\n`);

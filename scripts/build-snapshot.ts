// Build step: validate the built-in data, write the JSON snapshot the CLI
// loads at run time, and export the JSON Schemas editors use for role files.
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SNAPSHOT_FILE, writeSnapshot } from '../src/data/cache/snapshot.js';
import { writeJsonSchemas } from '../src/data/json-schema.js';
import { loadDataDirSync } from '../src/data/load/load-dir.js';
import { formatProblem } from '../src/data/problem.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const dataDir = join(root, 'data');

const { data, problems } = loadDataDirSync(dataDir, { displayFrom: root });
if (problems.length > 0) {
  for (const p of problems) process.stderr.write(`${formatProblem(p)}\n`);
  process.stderr.write(`build: the built-in data has ${problems.length} problem(s); fix them and build again\n`);
  process.exit(1);
}
const out = join(root, SNAPSHOT_FILE);
mkdirSync(dirname(out), { recursive: true });
writeSnapshot(out, data);
writeJsonSchemas(join(root, 'schema'));
process.stdout.write(`build: ${data.roles.length} roles validated; snapshot written to ${SNAPSHOT_FILE}\n`);

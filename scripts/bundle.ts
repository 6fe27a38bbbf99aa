// Build step: bundles the compiled CLI (dist/src) into dist/bundle, which
// bin/career runs. Measured choices, each worth milliseconds of a start-up
// budget of about 20 ms over bare Node (see bench/):
//
// - CommonJS, not ESM. Node's ESM loader resolves, reads and links every
//   module file asynchronously, and importing a built-in like node:fs from ESM
//   builds a facade that loads all of node:stream. A CommonJS bundle is one
//   synchronous require.
// - One file for our own code. esbuild keeps modules that are imported lazily
//   (`await import(...)`) as lazily initialised functions, so a command still
//   runs only the code it needs.
// - The heavy packages (yaml, js-yaml, zod, chalk, inquirer) bundled apart, one file
//   each in dist/bundle/vendor, required only when the code that imports them
//   first runs: `career show --json` never loads them.
// - commander's eager require of node:child_process deferred (see below).
//
// It also bundles the data loader alone as loader.cjs, for the cache's
// synchronous reload (see src/data/cache-read.ts), and the role-file worker
// as role-worker.cjs.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type BuildOptions, type Plugin } from 'esbuild';

const root = fileURLToPath(new URL('../..', import.meta.url));
const outdir = join(root, 'dist', 'bundle');
const vendorPackages = ['yaml', 'js-yaml', 'zod', 'chalk', '@inquirer/prompts'];
const vendorFile = (name: string) => `${name.replace(/^@/, '').replace(/\//g, '-')}.cjs`;

/**
 * commander requires node:child_process at load time, only to run external
 * subcommands, which career does not have. Loading it pulls in net, streams
 * and more: about 1.2 ms on an idle machine (measured for issue 14). Defer it
 * to first use.
 */
const deferChildProcess: Plugin = {
  name: 'defer-child-process',
  setup(b) {
    b.onResolve({ filter: /^(node:)?child_process$/ }, (args) =>
      args.importer.includes('node_modules') ? { path: 'child_process', namespace: 'deferred' } : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: 'deferred' }, () => ({
      contents: "module.exports = new Proxy({}, { get: (_, key) => require('node:child_process')[key] });",
      loader: 'js',
    }));
  },
};

/**
 * Imports of the heavy packages point to their vendor bundles, required at
 * first use. A dynamic import() becomes a require() too: the bundle runs
 * from a code-cached vm.Script (see bin/career), which has no ESM loader.
 */
const vendorImports: Plugin = {
  name: 'vendor-imports',
  setup(b) {
    b.onResolve({ filter: /^\.\/vendor\// }, (args) => ({ path: args.path, external: true }));
    b.onResolve({ filter: /^(yaml|js-yaml|zod|chalk|@inquirer\/prompts)$/ }, (args) =>
      args.kind === 'dynamic-import'
        ? { path: args.path, namespace: 'vendor-require' }
        : { path: `./vendor/${vendorFile(args.path)}`, external: true },
    );
    b.onLoad({ filter: /.*/, namespace: 'vendor-require' }, (args) => ({
      contents: `module.exports = require('./vendor/${vendorFile(args.path)}');`,
      loader: 'js',
    }));
  },
};

const common: BuildOptions = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  logLevel: 'warning',
  legalComments: 'none',
  // Whitespace and syntax only: identifiers keep their names for --debug stack traces.
  minifyWhitespace: true,
  minifySyntax: true,
  // The sources are ESM and find their package through import.meta.url.
  define: { 'import.meta.url': '__careerModuleUrl' },
  banner: { js: "const __careerModuleUrl = require('node:url').pathToFileURL(__filename).href;" },
};

rmSync(outdir, { recursive: true, force: true });
mkdirSync(join(outdir, 'vendor'), { recursive: true });
// The CLI bundle runs at every start: its module URL is made only when asked
// for (pathToFileURL costs about half a millisecond), and import.meta.dirname
// and import.meta.filename are the bundle's own, no URL needed.
const cliModulePaths: BuildOptions = {
  define: { 'import.meta.url': '__careerModule.url', 'import.meta.dirname': '__dirname', 'import.meta.filename': '__filename' },
  banner: { js: "const __careerModule = { get url() { return require('node:url').pathToFileURL(__filename).href; } };" },
};
/**
 * Our sources import node:module only for createRequire(import.meta.url),
 * which in the bundle is the bundle's own require: loading node:module for it
 * costs half a millisecond at every start. A module that uses createRequire
 * any other way gets the real one.
 */
const ownRequire: Plugin = {
  name: 'own-require',
  setup(b) {
    b.onResolve({ filter: /^(node:)?module$/ }, (args) => {
      if (!/dist[\\/]src[\\/]/.test(args.importer)) return undefined;
      const text = readFileSync(args.importer, 'utf8');
      const count = (pattern: RegExp) => text.match(pattern)?.length ?? 0;
      const onlyOwn = text.includes("import { createRequire } from 'node:module';") && count(/createRequire\(/g) === count(/createRequire\(import\.meta\.url\)/g);
      return onlyOwn ? { path: 'own-require', namespace: 'own-require' } : undefined;
    });
    b.onLoad({ filter: /.*/, namespace: 'own-require' }, () => ({ contents: 'export const createRequire = () => require;', loader: 'js' }));
  },
};
await build({ ...common, ...cliModulePaths, entryPoints: [join(root, 'dist/src/cli.js')], outfile: join(outdir, 'cli.cjs'), plugins: [ownRequire, vendorImports, deferChildProcess] });
// The bundle names its own content, so that bin/career can tell whether a code
// cache belongs to it without trusting modification times (npm resets them).
const bundled = readFileSync(join(outdir, 'cli.cjs'), 'utf8');
writeFileSync(join(outdir, 'cli.cjs'), `${bundled}//# careerBuild=${createHash('sha256').update(bundled).digest('hex')}\n`);
for (const name of vendorPackages) {
  await build({
    ...common,
    stdin: { contents: `module.exports = require(${JSON.stringify(name)});`, resolveDir: root, loader: 'js' },
    outfile: join(outdir, 'vendor', vendorFile(name)),
  });
}
await build({ ...common, entryPoints: [join(root, 'dist/src/data/loader.js')], outfile: join(outdir, 'loader.cjs') });
// The worker threads that read big data directories (see src/data/role-files.ts). They
// use the vendor bundles, so the package does not hold another copy of zod and yaml.
await build({ ...common, entryPoints: [join(root, 'dist/src/data/role-worker.js')], outfile: join(outdir, 'role-worker.cjs'), plugins: [vendorImports] });
// The bundle is CommonJS inside an ESM package.
writeFileSync(join(outdir, 'package.json'), '{ "type": "commonjs" }\n');

// V8 code caches for the bundle (see bin/career), made by running commands:
// each run starts from the cache the previous one wrote and adds the
// functions it compiled. cli.cjs.v8-cache covers the common commands; each of
// show, compare and path also gets its own, with and without --json, holding
// just what that command runs (less to load: about a millisecond). The --json
// ones also run on a --data directory, whose cache is read by other code.
const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1', COLUMNS: '80', CAREER_CACHE_DIR: mkdtempSync(join(tmpdir(), 'career-build-')) };
for (const name of ['CAREER_DATA', 'CAREER_CACHE', 'FORCE_COLOR']) delete env[name];
const dataDir = join(root, 'data');
const commonRuns = [
  ['show', 'it-ops-manager'],
  ['compare', 'it-ops-manager', 'it-manager'],
  ['path', 'it-manager:assistant', 'it-manager:director'],
];
const warmUps: { cache: string; runs: string[][] }[] = [
  { cache: 'cli.cjs.v8-cache', runs: [...commonRuns.map((args) => [...args, '--json']), ['show', 'it-manager'], ...commonRuns.slice(1), ['roles']] },
  ...commonRuns.flatMap(([command, ...rest]) => [
    { cache: `cli.cjs.${command}.json.v8-cache`, runs: [[command!, ...rest, '--json'], ['--data', dataDir, command!, ...rest, '--json']] },
    { cache: `cli.cjs.${command}.v8-cache`, runs: [[command!, ...rest]] },
  ]),
];
const career = (args: string[], writeCache?: string) =>
  spawnSync(process.execPath, [join(root, 'bin', 'career'), ...args], {
    env: writeCache ? { ...env, CAREER_WRITE_CODE_CACHE: writeCache } : env,
    stdio: ['ignore', 'ignore', 'pipe'],
    encoding: 'utf8',
  });
// Validates data/ as a --data directory into a temporary cache first: that
// run's code (the loader) does not belong in the caches.
career(['--data', dataDir, 'roles']);
for (const { cache, runs } of warmUps) {
  for (const args of runs) {
    const run = career(args, join(outdir, cache));
    if (run.status !== 0) {
      // Only start-up speed depends on it: say so, but do not fail the build.
      process.stderr.write(`build: warming the V8 code cache, career ${args.join(' ')} failed (exit ${run.status}): ${run.stderr.split('\n')[0]}\n`);
    }
  }
  if (!existsSync(join(outdir, cache))) process.stderr.write(`build: no V8 code cache ${cache} written; start-up will be slower\n`);
}
rmSync(env.CAREER_CACHE_DIR!, { recursive: true, force: true });
process.stdout.write('build: CLI bundled into dist/bundle\n');

// Build step: bundles the CLI (from src/cli.ts) into dist/bundle, which
// bin/career runs. Measured choices, each worth milliseconds of the 24-30 ms
// the CLI adds to bare Node's start (see bench/):
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
// - Identifiers minified: a bundle a quarter smaller to read and compile at
//   every start, 2.7 ms less per run (interleaved A/B, 30 rounds, issue 14).
//   Stack traces keep their meaning through the source map beside it
//   (cli.cjs.map): bin/career loads the bundle with source maps on under
//   --debug. Not esbuild's keepNames, which named every function at start-up
//   and cost more than minifying saved.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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

/**
 * zod's `z.locales` holds its messages in about 50 languages: half of its
 * bundle, and about 18 ms of every start that loads zod (a quiz, an answers
 * file, `data validate`), measured for issue 14. The CLI speaks English, zod's
 * default, which zod loads on its own; `z.locales` keeps only `en`.
 */
const zodEnglishOnly: Plugin = {
  name: 'zod-english-only',
  setup(b) {
    b.onResolve({ filter: /\/locales\/index\.cjs$/ }, (args) =>
      /[\\/]zod[\\/]/.test(args.importer) ? { path: args.path, namespace: 'zod-locales' } : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: 'zod-locales' }, () => ({
      contents: "exports.en = require('zod/v4/locales/en.cjs').default;",
      resolveDir: root,
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
  // Whitespace and syntax; the CLI bundle minifies identifiers too (see above).
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
  define: {
    'import.meta.url': '__careerModule.url',
    'import.meta.dirname': '__dirname',
    'import.meta.filename': '__filename',
  },
  banner: {
    js: "const __careerModule = { get url() { return require('node:url').pathToFileURL(__filename).href; } };",
  },
};
// The vendor bundles are built alongside the CLI's (esbuild works on them in parallel).
const vendorBuilds = vendorPackages.map((name) =>
  build({
    ...common,
    stdin: { contents: `module.exports = require(${JSON.stringify(name)});`, resolveDir: root, loader: 'js' },
    outfile: join(outdir, 'vendor', vendorFile(name)),
    plugins: name === 'zod' ? [zodEnglishOnly] : [],
  }),
);
await build({
  ...common,
  ...cliModulePaths,
  // From the TypeScript, so that the source map leads to src/*.ts.
  entryPoints: [join(root, 'src/cli.ts')],
  outfile: join(outdir, 'cli.cjs'),
  minifyIdentifiers: true,
  // Lines and names for --debug's stack traces; src/ itself is not in the package, so not its text.
  sourcemap: 'linked',
  sourcesContent: false,
  plugins: [vendorImports, deferChildProcess],
});
// The bundle names its own content, so that bin/career can tell whether a code
// cache belongs to it without trusting modification times (npm resets them).
const bundled = readFileSync(join(outdir, 'cli.cjs'), 'utf8');
writeFileSync(
  join(outdir, 'cli.cjs'),
  `${bundled}//# careerBuild=${createHash('sha256').update(bundled).digest('hex')}\n`,
);
await Promise.all(vendorBuilds);
// The bundle is CommonJS inside an ESM package.
writeFileSync(join(outdir, 'package.json'), '{ "type": "commonjs" }\n');

// The V8 code cache for the bundle (see bin/career), made by running the
// built-in `--json` commands in one process (scripts/warm-code-cache.ts): the
// code every command runs. V8 reads the whole cache at every start, so more
// is not better: with the text and --data runs in it too (428 KB instead of
// 294 KB, before identifiers were minified) the --json commands started 2-5 ms
// slower and the text ones no faster (3 A/B runs of 40 rounds, issue 14).
// Not on Node 22.1 and later, which caches compiled code itself and where
// bin/career never reads ours (the same version test as its nodeCachesCode).
const [major = 0, minor = 0] = process.versions.node.split('.').map(Number);
if (major < 22 || (major === 22 && minor < 1)) {
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1', COLUMNS: '80' };
  for (const name of ['CAREER_DATA', 'CAREER_DATA_ONLY', 'CAREER_CACHE', 'FORCE_COLOR']) delete env[name];
  const runs = [
    ['show', 'it-ops-manager', '--json'],
    ['compare', 'it-ops-manager', 'it-manager', '--json'],
    ['path', 'it-manager:assistant', 'it-manager:director', '--json'],
  ];
  spawnSync(process.execPath, [join(root, 'dist/scripts/warm-code-cache.js'), JSON.stringify(runs)], {
    env,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  if (!existsSync(join(outdir, 'cli.cjs.v8-cache')))
    process.stderr.write('build: no V8 code cache written; start-up will be slower\n');
}
process.stdout.write('build: CLI bundled into dist/bundle\n');

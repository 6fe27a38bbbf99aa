// Build step: bundles the compiled CLI (dist/src) into dist/bundle, which
// bin/career runs. One ESM entry with code splitting, so a command loads one
// small file plus the chunks it needs instead of dozens of modules, and the
// heavy packages (yaml, zod, inquirer, chalk) stay in chunks of their own that
// load only when used. Also bundles the data loader as CommonJS
// (loader.cjs) for the cache's synchronous reload (see src/data/cache-read.ts).
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type Plugin } from 'esbuild';

const root = fileURLToPath(new URL('../..', import.meta.url));
const outdir = join(root, 'dist', 'bundle');

/**
 * commander requires node:child_process at load time, only to run external
 * subcommands, which career does not have. Loading it pulls in net, streams
 * and more: about 20 ms of a 40 ms budget. Defer it to first use.
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

const common = { bundle: true, platform: 'node', target: 'node20', logLevel: 'warning', legalComments: 'none' } as const;

rmSync(outdir, { recursive: true, force: true });
await build({
  ...common,
  entryPoints: { cli: join(root, 'dist/src/cli.js') },
  outdir,
  format: 'esm',
  splitting: true,
  // Whitespace and syntax only: identifiers keep their names for --debug stack traces.
  minifyWhitespace: true,
  minifySyntax: true,
  // Bundled CommonJS packages (commander) call require().
  banner: { js: "import { createRequire as __careerRequire } from 'node:module'; const require = __careerRequire(import.meta.url);" },
  plugins: [deferChildProcess],
});
await build({
  ...common,
  entryPoints: [join(root, 'dist/src/data/loader.js')],
  outfile: join(outdir, 'loader.cjs'),
  format: 'cjs',
});
process.stdout.write('build: CLI bundled into dist/bundle\n');

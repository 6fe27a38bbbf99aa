// `npm run build`, and the first step of `npm test` and `npm run bench`:
// 1. empties dist/, so that nothing stale is run or packed;
// 2. compiles src/ and scripts/ into dist/ with esbuild, each file alone
//    (types are checked by `npm run typecheck`, which CI runs);
// 3. validates the built-in data and writes its snapshot (build-snapshot.ts);
// 4. bundles the CLI and writes its V8 code cache (bundle.ts).
// Plain JavaScript, so that it runs before anything is compiled; one process
// for all steps, about a second less than a chain of npm, esbuild and node
// commands (issue 14 asked for `npm test` under 30 s).
import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));
rmSync(new URL('../dist', import.meta.url), { recursive: true, force: true });
await build({
  absWorkingDir: root,
  entryPoints: ['src/**/*.ts', 'scripts/**/*.ts'],
  outdir: 'dist',
  outbase: '.',
  platform: 'node',
  format: 'esm',
  target: 'node20',
  logLevel: 'warning',
});
await import('../dist/scripts/build-snapshot.js');
await import('../dist/scripts/bundle.js');

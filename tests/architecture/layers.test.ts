// The layer rule (README, "How the code is laid out"), checked over the real
// import graph of src/: every import, static, dynamic or type-only, may only
// point to its own layer or one below it, and no modules import each other in
// a cycle.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const srcDir = fileURLToPath(new URL('../../src', import.meta.url));

/** Each layer and the layers it may import, besides itself. */
const allowed: Record<string, readonly string[]> = {
  cli: ['commands', 'render', 'prompts', 'history', 'core', 'data', 'fs', 'shared'],
  commands: ['render', 'prompts', 'history', 'core', 'data', 'fs', 'shared'],
  // Beside the commands: they turn core results into text, ask at the terminal, keep the quiz history.
  render: ['core', 'data', 'shared'],
  prompts: ['render', 'core', 'data', 'shared'],
  history: ['core', 'data', 'fs', 'shared'],
  core: ['data', 'shared'],
  data: ['fs', 'shared'],
  // Safe reads and writes of files (regular files only, whole writes, locks): under everything that touches files.
  fs: ['shared'],
  shared: [],
};

/** The layer of a file under src/: its first folder; the entry and version with the CLI, errors shared. */
function layerOf(file: string): string {
  if (file === 'cli.ts' || file === 'version.ts') return 'cli';
  if (file === 'errors.ts') return 'shared';
  return file.split('/')[0]!;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.ts'))
    .map((entry) => relative(srcDir, join(entry.parentPath, entry.name)).split('\\').join('/'))
    .sort();
}

/**
 * Relative imports of a file (`from '...'`, `import('...')`), as paths under
 * src/; with `runtime`, only those that load code (not `import type`).
 */
function importsOf(file: string, runtime = false): string[] {
  const text = readFileSync(join(srcDir, file), 'utf8');
  const pattern =
    /(^\s*(?:import|export)\s+type\s[^;]*?)?(?:\bfrom\s*|\bimport\s*\(\s*|^\s*import\s+)'(\.{1,2}\/[^']+)'/gm;
  const specifiers = [...text.matchAll(pattern)].filter((m) => !runtime || m[1] === undefined).map((m) => m[2]!);
  return specifiers.map((spec) =>
    relative(srcDir, resolve(dirname(join(srcDir, file)), spec))
      .replace(/\.js$/, '.ts')
      .split('\\')
      .join('/'),
  );
}

const files = sourceFiles(srcDir);
const graph = new Map(files.map((file) => [file, importsOf(file)]));
const runtimeGraph = new Map(files.map((file) => [file, importsOf(file, true)]));

describe('the layer rule', () => {
  it('reads the import graph (a check over nothing would pass)', () => {
    expect(files.length).toBeGreaterThan(50);
    expect(graph.get('cli.ts')).toContain('cli/program.ts');
    expect(graph.get('commands/show.ts')).toContain('core/profile.ts');
    expect(graph.get('commands/show.ts')).toContain('commands/context.ts');
    expect(runtimeGraph.get('commands/show.ts')).not.toContain('commands/context.ts');
  });

  it('every layer imports only itself and the layers below it', () => {
    const broken: string[] = [];
    for (const [file, imports] of graph) {
      for (const target of imports) {
        const from = layerOf(file);
        const to = layerOf(target);
        if (from !== to && !allowed[from]?.includes(to)) broken.push(`${file} -> ${target}`);
      }
    }
    expect(broken).toEqual([]);
  });

  it('every folder under src/ is a layer', () => {
    expect([...new Set(files.map(layerOf))].filter((layer) => !(layer in allowed))).toEqual([]);
  });

  // Type-only imports are erased at build time, so only imports that load code can form a cycle.
  it('no modules load each other in a cycle', () => {
    const cycles: string[] = [];
    const state = new Map<string, 'open' | 'done'>();
    const visit = (file: string, trail: string[]) => {
      if (state.get(file) === 'done') return;
      if (state.get(file) === 'open') {
        cycles.push([...trail.slice(trail.indexOf(file)), file].join(' -> '));
        return;
      }
      state.set(file, 'open');
      for (const target of runtimeGraph.get(file) ?? []) visit(target, [...trail, file]);
      state.set(file, 'done');
    };
    for (const file of files) visit(file, []);
    expect(cycles).toEqual([]);
  });
});

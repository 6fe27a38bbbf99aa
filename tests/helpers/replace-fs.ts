// Replaces one node:fs function for the length of a callback, as a failing
// disk would behave, then puts it back. Node's built-in modules share one
// exports object between `require` and `import`; syncBuiltinESMExports()
// makes the named imports of the code under test (`import { renameSync }
// from 'node:fs'`) see the change. No module mocking, so the test file shares
// its worker's module graph with the others (see vitest.config.ts).
import fs from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';

type FsFunctions = {
  [K in keyof typeof fs]: (typeof fs)[K] extends (...args: never[]) => unknown ? K : never;
}[keyof typeof fs];

export async function withFsReplaced<K extends FsFunctions, T>(
  name: K,
  replace: (original: (typeof fs)[K]) => (typeof fs)[K],
  run: () => T | Promise<T>,
): Promise<T> {
  const original = fs[name];
  (fs as Record<K, unknown>)[name] = replace(original);
  syncBuiltinESMExports();
  try {
    return await run();
  } finally {
    (fs as Record<K, unknown>)[name] = original;
    syncBuiltinESMExports();
  }
}

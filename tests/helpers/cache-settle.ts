// The cache of a --data directory does not trust files changed in the last
// SETTLE_MS (src/data/cache/stamp.ts): they may still be being written. Test
// data is written moments before it is read, so a test of the cache must wait
// that long, or every "cached" run quietly reads the YAML again.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import { SETTLE_MS } from '../../src/data/cache/stamp.js';

/**
 * Resolves once files written at `sinceMs` (a Date.now()) are old enough for the cache to trust: sleeps only what
 * remains of SETTLE_MS, plus 100 ms because file times can run a little ahead of Date.now().
 */
export async function waitUntilSettled(sinceMs: number): Promise<void> {
  const remaining = sinceMs + SETTLE_MS + 100 - Date.now();
  if (remaining > 0) await new Promise((resolve) => setTimeout(resolve, remaining));
}

/**
 * Asserts that a run with --debug was answered from the cache in `cacheDir`. With the cache on, loadData either
 * serves the cache or says under --debug "cache of DIR not used: why"; a cache that is off writes nothing, so the
 * cache folder must also hold a written cache.
 */
export function expectServedFromCache(debugRun: { stderr: string }, cacheDir: string): void {
  expect(debugRun.stderr).not.toMatch(/^career: cache of .* not (used|written)/m);
  expect(readdirSync(join(cacheDir, 'data'))).not.toEqual([]);
}

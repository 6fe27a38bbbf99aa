// Where validated data is cached between runs. Computed from the environment
// the CLI entry passes in (this module never reads process.env):
// CAREER_CACHE_DIR, else $XDG_CACHE_HOME/career, else ~/.cache/career.
// CAREER_CACHE=0 (or "off") turns the cache off.
import { join } from 'node:path';
import { xdgDir } from '../../shared/xdg-dir.js';
import { hash32 } from '../../shared/hash32.js';

export type Env = Readonly<Record<string, string | undefined>>;

export function cacheRoot(env: Env): string | undefined {
  const switched = env.CAREER_CACHE?.trim().toLowerCase();
  if (switched === '0' || switched === 'off' || switched === 'false') return undefined;
  if (env.CAREER_CACHE_DIR) return env.CAREER_CACHE_DIR;
  return xdgDir(env, 'XDG_CACHE_HOME', '.cache');
}

/** The cache folder of a data directory (absolute); its name only spreads directories apart (see head.json's dir). */
export function cacheDirFor(root: string, dataDir: string): string {
  const hex = (n: number) => n.toString(16).padStart(8, '0');
  return join(root, 'data', `${hex(hash32(dataDir))}${hex(hash32(dataDir, 0x5bd1e995))}`);
}

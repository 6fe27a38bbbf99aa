// The one place that finds career's folder in an XDG base directory (state
// for the quiz history, cache for --data caches).
import { isAbsolute, join } from 'node:path';

/**
 * `$VARIABLE/career` when that variable is an absolute path (the XDG spec says
 * to ignore a relative one), else `HOME/fallback/career`; undefined without a home.
 */
export function xdgDir(
  env: Readonly<Record<string, string | undefined>>,
  variable: 'XDG_STATE_HOME' | 'XDG_CACHE_HOME',
  fallback: string,
  home: string | undefined = env.HOME,
): string | undefined {
  const base = env[variable];
  if (base && isAbsolute(base)) return join(base, 'career');
  return home ? join(home, fallback, 'career') : undefined;
}

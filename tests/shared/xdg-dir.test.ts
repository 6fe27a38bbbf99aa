import { describe, expect, it } from 'vitest';
import { xdgDir } from '../../src/shared/xdg-dir.js';

describe('xdgDir', () => {
  it.each([
    [{ XDG_STATE_HOME: '/x/state', HOME: '/home/a' }, '/x/state/career'],
    // The XDG spec: a relative value is ignored.
    [{ XDG_STATE_HOME: 'state', HOME: '/home/a' }, '/home/a/.local/state/career'],
    [{ HOME: '/home/a' }, '/home/a/.local/state/career'],
    [{}, undefined],
  ])('%j -> %s', (env, dir) => expect(xdgDir(env, 'XDG_STATE_HOME', '.local/state')).toBe(dir));

  it('reads only the variable asked for', () =>
    expect(xdgDir({ XDG_STATE_HOME: '/x/state', HOME: '/h' }, 'XDG_CACHE_HOME', '.cache')).toBe('/h/.cache/career'));
});

// The CommandContext a test gives a command run in-process: the built-in data,
// no colour, 80 columns, no terminal, the history in `stateDir`, no cache.
import { join } from 'node:path';
import type { CommandContext } from '../../src/commands/context.js';
import { plainStyle } from '../../src/render/style.js';
import { builtInData } from './data.js';
import { repoRoot } from './run-cli.js';

export function inProcessContext(options: {
  stateDir: string;
  cwd: string;
  out: (text: string) => void;
  err: (text: string) => void;
}): CommandContext {
  return {
    out: options.out,
    err: options.err,
    style: plainStyle,
    columns: 80,
    stdinIsTTY: false,
    stdoutIsTTY: false,
    stderrIsTTY: false,
    env: { CAREER_STATE_DIR: options.stateDir, CAREER_CACHE: '0' },
    cwd: options.cwd,
    packageRoot: repoRoot,
    dataDir: join(repoRoot, 'data'),
    dataIsBuiltIn: true,
    data: async () => builtInData(),
  };
}

import { relative, resolve } from 'node:path';
import { UserError } from '../errors.js';
import { renderDataInit, type DataInitResult } from '../render/data-init.js';
import { renderJson } from '../render/json.js';
import type { CommandContext } from './context.js';
import type { DataInitOptions } from './options.js';

export type { DataInitResult };

export async function dataInitCommand(
  dir: string,
  options: DataInitOptions,
  ctx: CommandContext,
): Promise<DataInitResult> {
  if (dir.trim() === '')
    throw new UserError(
      'the directory name is empty; name a directory to create, e.g. "career data init ./my-ladders"',
    );
  const { writeStarterDir } = await import('../data/starter/write.js');
  const target = resolve(ctx.cwd, dir);
  const files = writeStarterDir(target, dir);
  const result: DataInitResult = { dir, files };
  ctx.out(options.json ? renderJson(result) : renderDataInit(result, relative(ctx.cwd, target) || '.', ctx.style));
  return result;
}

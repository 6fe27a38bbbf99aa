import { listRoles, type RoleList } from '../core/roles.js';
import { money } from '../render/format.js';
import { renderJson } from '../render/json.js';
import { renderTable } from '../render/table.js';
import type { CommandContext, OutputOptions } from './context.js';

export async function rolesCommand(options: OutputOptions, ctx: CommandContext): Promise<RoleList> {
  const result = listRoles(await ctx.data());
  if (options.json) {
    ctx.out(renderJson(result));
    return result;
  }
  // Own roles beside built-in ones: a column says which set each comes from.
  const mixed = new Set(result.roles.map((r) => r.origin)).size > 1;
  const rows = result.roles.map((r) => [r.id, r.title, r.levels || '-', r.medianSalary ? money(r.medianSalary.value) : '-', ...(mixed ? [r.origin] : [])]);
  const head = ['Id', 'Title', 'Levels', 'U.S. median', ...(mixed ? ['Data'] : [])];
  ctx.out(renderTable({ head, rows, width: ctx.columns, alignRight: [2, 3], keep: [0, 3] }, ctx.style));
  return result;
}

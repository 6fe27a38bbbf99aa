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
  const rows = result.roles.map((r) => [r.id, r.title, r.levels || '-', r.medianSalary ? money(r.medianSalary.value) : '-']);
  ctx.out(renderTable({ head: ['Id', 'Title', 'Levels', 'U.S. median'], rows, width: ctx.columns, alignRight: [2, 3], keep: [0, 3] }, ctx.style));
  return result;
}

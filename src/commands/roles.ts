import { moneyPlaceOf, placeLabel, placesDiffer } from '../core/money-place.js';
import { listRoles, type RoleList } from '../core/roles.js';
import { money } from '../render/format.js';
import { renderJson } from '../render/json.js';
import { renderTable } from '../render/table.js';
import type { CommandContext } from './context.js';
import type { RolesOptions } from './options.js';

export async function rolesCommand(options: RolesOptions, ctx: CommandContext): Promise<RoleList> {
  const result = listRoles(await ctx.data());
  if (options.json) {
    ctx.out(renderJson(result));
    return result;
  }
  // "U.S. median" only when every median is U.S. data; otherwise each names its place.
  const places = result.roles.flatMap((r) => (r.medianSalary ? [moneyPlaceOf(r.medianSalary).place] : []));
  // Decided once: per row it made listing 10,000 roles quadratic (about 1.3 s).
  const namePlace = placesDiffer(places);
  const median = (m: NonNullable<(typeof result.roles)[number]['medianSalary']>) =>
    `${money(m.value, moneyPlaceOf(m).currency)}${namePlace ? ` (${moneyPlaceOf(m).place})` : ''}`;
  // Own roles beside built-in ones: a column says which set each comes from.
  const mixed = new Set(result.roles.map((r) => r.origin)).size > 1;
  const rows = result.roles.map((r) => [
    r.id,
    r.title,
    r.levels || '-',
    r.medianSalary ? median(r.medianSalary) : '-',
    ...(mixed ? [r.origin] : []),
  ]);
  const head = ['Id', 'Title', 'Levels', placeLabel('median', places), ...(mixed ? ['Data'] : [])];
  ctx.out(renderTable({ head, rows, width: ctx.columns, alignRight: [2, 3], keep: [0, 3] }, ctx.style));
  return result;
}

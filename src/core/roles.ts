import type { DataSet } from '../data/dataset.js';
import { primary } from './figures.js';
import { compareText } from './text-order.js';

export interface RoleSummary {
  id: string;
  title: string;
  aliases: string[];
  levels: number;
  /** U.S. median salary in USD as the data's primary figure, with its source. */
  medianSalary: { value: number; source: string } | null;
}

export interface RoleList {
  roles: RoleSummary[];
}

export function listRoles(data: DataSet): RoleList {
  return {
    roles: data
      .allRoles()
      .map((role) => {
        const median = primary(role.facts.medianSalary);
        return {
          id: role.id,
          title: role.title,
          aliases: role.aliases,
          levels: role.ladder?.levels.length ?? 0,
          medianSalary: median ? { value: median.value, source: median.source } : null,
        };
      })
      .sort((a, b) => compareText(a.title, b.title)),
  };
}

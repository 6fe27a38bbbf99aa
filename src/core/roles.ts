import type { DataSet, RoleOrigin } from '../data/dataset.js';
import { compareText } from './text-order.js';

export interface RoleSummary {
  id: string;
  title: string;
  aliases: string[];
  levels: number;
  /** U.S. median salary in USD as the data's primary figure, with its source. */
  medianSalary: { value: number; source: string; currency?: string; place?: string } | null;
  /** Which data set the role comes from: the built-in data or the user's own (--data). */
  origin: RoleOrigin;
}

export interface RoleList {
  roles: RoleSummary[];
}

/** From the role index alone: listing 10,000 roles does not load them. */
export function listRoles(data: DataSet): RoleList {
  return {
    roles: data.roleIndex
      .map((entry) => ({
        id: entry.id,
        title: entry.title,
        aliases: entry.aliases,
        levels: entry.levels.length,
        medianSalary: entry.medianSalary,
        origin: entry.origin,
      }))
      .sort((a, b) => compareText(a.title, b.title)),
  };
}

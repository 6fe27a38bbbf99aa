// Career ladders side by side: level n of one role next to level n of the
// others (assistant, manager, senior, director, vp, cio in the built-in data),
// with each level's salary difference from the first role's level.
import type { Level, Role } from '../data/schema.js';
import { salaryDifference, type SalaryDifference, type SalaryPoint } from './compare-salary.js';

export interface Experience {
  min: number;
  /** null when open-ended ("20+ years"). */
  max: number | null;
  openEnded: boolean;
}

export interface LadderColumn {
  key: string;
  id: string;
  title: string;
  hasLadder: boolean;
  /** The level that is the role itself. */
  mainLevel: string | null;
  source: string | null;
}

export interface LadderCell extends SalaryPoint {
  id: string;
  title: string;
  /** True for the level that is the role itself. */
  main: boolean;
  experience: Experience;
  source: string;
  /** Against the base role's level at the same position (see `relativeTo`); null for the base role. */
  difference: SalaryDifference | null;
}

export interface LadderRow {
  /** 1 = the most junior level. */
  position: number;
  /** The level ids at this position ("senior", or "senior/lead" when ladders differ). */
  label: string;
  /** One per role, in the order of `roles`; null where a ladder has no level here. */
  cells: (LadderCell | null)[];
}

export interface LadderComparison {
  /** Key of the role the differences are measured from: the first one with a ladder. */
  relativeTo: string;
  roles: LadderColumn[];
  rows: LadderRow[];
}

export const experienceOf = (level: Level): Experience => ({
  min: level.experience.min,
  max: level.experience.max ?? null,
  openEnded: level.experience.openEnded ?? level.experience.max === undefined,
});

export const salaryOf = (level: Level): SalaryPoint => ({
  median: level.salary?.median ?? null,
  average: level.salary?.average ?? null,
  currency: level.salary?.currency ?? null,
});

export function alignLadders(roles: readonly { key: string; role: Role }[]): LadderComparison {
  // Differences are measured from the first role that has a ladder, so a
  // ladderless first role (a partial one) does not blank out every difference.
  const baseColumn = Math.max(
    0,
    roles.findIndex(({ role }) => role.ladder !== undefined),
  );
  const relativeTo = roles[baseColumn]?.key ?? '';
  const columns = roles.map(({ key, role }) => ({
    key,
    id: role.id,
    title: role.title,
    hasLadder: role.ladder !== undefined,
    mainLevel: role.ladder?.mainLevel ?? null,
    source: role.ladder?.source ?? null,
  }));
  const depth = Math.max(0, ...roles.map(({ role }) => role.ladder?.levels.length ?? 0));
  const rows = Array.from({ length: depth }, (_, index) => {
    const levels = roles.map(({ role }) => role.ladder?.levels[index]);
    const base = levels[baseColumn];
    const cells = levels.map((level, column) => {
      if (!level) return null;
      const salary = salaryOf(level);
      return {
        id: level.id,
        title: level.title,
        main: level.id === columns[column]!.mainLevel,
        experience: experienceOf(level),
        ...salary,
        source: level.salary?.source ?? level.source,
        difference: column !== baseColumn && base ? salaryDifference(salaryOf(base), salary, relativeTo) : null,
      };
    });
    const ids = [...new Set(cells.flatMap((cell) => (cell ? [cell.id] : [])))];
    return { position: index + 1, label: ids.join('/'), cells };
  });
  return { relativeTo, roles: columns, rows };
}

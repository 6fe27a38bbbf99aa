// A ladder is listed from junior to senior, so its pay and the top of its
// experience bands should not go down from one level to the next. Falling
// figures can be real (a source's odd sample) or a typo ($20,000 for
// $200,000): `career data validate` warns and still passes.
import type { Role } from './schema.js';

export interface LadderWarning {
  role: string;
  level: string;
  message: string;
}

export function ladderWarnings(roles: readonly Role[]): LadderWarning[] {
  const warnings: LadderWarning[] = [];
  for (const role of roles) {
    const levels = role.ladder?.levels ?? [];
    levels.forEach((level, index) => {
      if (index === 0) return;
      const before = levels[index - 1]!;
      const warn = (message: string) => warnings.push({ role: role.id, level: level.id, message });
      const sameCurrency = level.salary?.currency === before.salary?.currency;
      for (const figure of ['median', 'average'] as const) {
        const now = level.salary?.[figure];
        const then = before.salary?.[figure];
        if (sameCurrency && now !== undefined && then !== undefined && now < then) {
          warn(
            `${figure} pay goes down up the ladder: ${now} ${level.salary!.currency} at ${level.id}, ${then} at ${before.id} below it`,
          );
        }
      }
      const top = level.experience.max;
      const topBefore = before.experience.max;
      if (top !== undefined && topBefore !== undefined && top < topBefore) {
        warn(
          `years go down up the ladder: ${level.id} ends at ${top} years of experience, ${before.id} below it at ${topBefore}`,
        );
      }
    });
  }
  return warnings;
}

/** "warning: roles it-manager, ladder level vp: ..." as `data validate` prints it. */
export const formatLadderWarning = (w: LadderWarning) =>
  `warning: role ${w.role}, ladder level ${w.level}: ${w.message}`;

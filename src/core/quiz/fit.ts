// Which other roles your answers fit, the way a skills matcher suggests careers:
// each role's skill list weighted by its importance, filled with your scores.
import type { Role } from '../../data/schema.js';
import type { SkillScore } from './score.js';

export interface RoleFit {
  id: string;
  title: string;
  /** 0-100: sum of importance x your score over the role's skills / sum of importance. */
  fit: number;
  /** 0-100: share of the role's skill weight the quiz measured; unmeasured skills count as 0 in `fit`. */
  measured: number;
  /** The role's skills you scored best on (ids), up to three. */
  strengths: string[];
}

export const FIT_RULE =
  "fit = sum over the role's skills of importance x your skill score, divided by the sum of importance; skills this quiz did not measure count as 0";

export interface FitRanking {
  roles: RoleFit[];
  /** Roles left out because the data lists no skills for them. */
  withoutSkills: { id: string; title: string }[];
  rule: string;
}

export function rankRoleFit(roles: readonly Role[], skills: readonly SkillScore[], excludeRole: string): FitRanking {
  const mine = new Map(skills.filter((s) => s.exact !== null).map((s) => [s.id, s.exact!]));
  const others = roles.filter((role) => role.id !== excludeRole);
  const ranked = others
    .filter((role) => role.skills.length > 0)
    .map((role): RoleFit => {
      const total = role.skills.reduce((sum, s) => sum + s.importance, 0);
      const measured = role.skills.filter((s) => mine.has(s.skill));
      const achieved = measured.reduce((sum, s) => sum + s.importance * mine.get(s.skill)!, 0);
      const strengths = [...measured]
        .sort((a, b) => mine.get(b.skill)! - mine.get(a.skill)! || b.importance - a.importance)
        .slice(0, 3)
        .map((s) => s.skill);
      return {
        id: role.id,
        title: role.title,
        fit: Math.round((achieved / total) * 100),
        measured: Math.round((measured.reduce((sum, s) => sum + s.importance, 0) / total) * 100),
        strengths,
      };
    })
    .sort((a, b) => b.fit - a.fit || a.title.localeCompare(b.title));
  const withoutSkills = others
    .filter((role) => role.skills.length === 0)
    .map((role) => ({ id: role.id, title: role.title }));
  return { roles: ranked, withoutSkills, rule: FIT_RULE };
}

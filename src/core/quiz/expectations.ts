// What each ladder level expects of a person: a proficiency per skill on the
// 1-5 self-assessment scale and years leading people. The role data states
// them (`expects:` on a level); a role without them gets a plain default so
// the quiz still works, and the report says the figures are the tool's.
// Exported for `career path` and `career show` as well as the quiz.
import type { Level, Role } from '../../data/schema.js';
import type { Expectations } from './types.js';

/** Default for a level without `expects`: every skill of the role at "working" (3). */
export const DEFAULT_EXPECTED_PROFICIENCY = 3;
/** Default years leading people from the role's own level up (below it: none). */
export const DEFAULT_LEADERSHIP_YEARS = 1;

export function levelExpectations(role: Pick<Role, 'skills' | 'ladder'>, index: number): Expectations {
  const levels = role.ladder?.levels ?? [];
  const level: Level | undefined = levels[index];
  const expects = level?.expects;
  if (level && expects) {
    return {
      // Object.entries reads own keys only, so an id like "constructor" is just a key here.
      skills: new Map(Object.entries(expects.skills)),
      leadershipYears: expects.leadershipYears,
      focusSkills: level.focus.map((_, i) => expects.focusSkills?.[i] ?? []),
      origin: 'data',
      source: expects.source,
      leadershipSource: expects.leadershipSource,
      ...(expects.note === undefined ? {} : { note: expects.note }),
    };
  }
  const mainIndex = levels.findIndex((l) => l.id === role.ladder?.mainLevel);
  return {
    skills: new Map(role.skills.map((s) => [s.skill, DEFAULT_EXPECTED_PROFICIENCY])),
    leadershipYears: mainIndex >= 0 && index >= mainIndex ? DEFAULT_LEADERSHIP_YEARS : 0,
    focusSkills: (level?.focus ?? []).map(() => []),
    origin: 'default',
    source: 'career-assumption',
    leadershipSource: 'career-assumption',
    note: `The role data states no expectations for this level; the tool expects every skill of the role at ${DEFAULT_EXPECTED_PROFICIENCY} (working) and, from the role's own level up, ${DEFAULT_LEADERSHIP_YEARS} year leading people.`,
  };
}

/** The expectations as plain JSON (Maps do not serialise). */
export function expectationsJson(expects: Expectations) {
  return {
    skills: [...expects.skills].map(([skill, proficiency]) => ({ skill, proficiency })),
    leadershipYears: expects.leadershipYears,
    origin: expects.origin,
    source: expects.source,
    leadershipSource: expects.leadershipSource,
    ...(expects.note === undefined ? {} : { note: expects.note }),
  };
}
export type ExpectationsJson = ReturnType<typeof expectationsJson>;

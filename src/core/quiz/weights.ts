// The numbers behind the scores, in one place so the result can state them.

/** A skill's score when both parts exist: knowledge questions and the self-rating. */
export const KNOWLEDGE_WEIGHT = 0.6;
export const SELF_RATING_WEIGHT = 0.4;

/** Added to a skill's importance (1-3) when a level emphasises the skill. */
export const EMPHASIS_BONUS = 2;
/** Importance given to a skill a question tests but the role's skill list does not name. */
export const UNLISTED_SKILL_IMPORTANCE = 1;

/** Readiness thresholds on the 0-100 skill score for a level. */
export const READY_SCORE = 75;
export const CLOSE_SCORE = 60;
/** "Close" allows this many years less than the level's minimum experience. */
export const EXPERIENCE_SLACK_YEARS = 2;

export const WEIGHTS_DESCRIPTION = {
  knowledge: KNOWLEDGE_WEIGHT,
  selfRating: SELF_RATING_WEIGHT,
  rule: `A skill's score is ${KNOWLEDGE_WEIGHT * 100}% knowledge questions (share answered correctly) and ${SELF_RATING_WEIGHT * 100}% self-rating ((rating - 1) / 4) when both exist, otherwise whichever exists.`,
  skillWeight: `Skills count by importance in the role (3 core, 2 important, 1 useful) plus ${EMPHASIS_BONUS} when the level emphasises them; skills the role does not list count as ${UNLISTED_SKILL_IMPORTANCE}.`,
} as const;

export const THRESHOLDS_DESCRIPTION = {
  ready: READY_SCORE,
  close: CLOSE_SCORE,
  experienceSlackYears: EXPERIENCE_SLACK_YEARS,
  rule: `Ready: skill score for the level at least ${READY_SCORE}, years of experience at least the level's minimum, and (from the role's own level up, where you manage a team) some time leading people. Close: skill score at least ${CLOSE_SCORE} and experience at most ${EXPERIENCE_SLACK_YEARS} years short. Otherwise not yet.`,
} as const;

export interface WeightedSkill {
  id: string;
  importance: number;
}

/** How much a skill counts at a level that emphasises `emphasised` skill ids. */
export function skillWeight(skill: WeightedSkill, emphasised: readonly string[]): number {
  return skill.importance + (emphasised.includes(skill.id) ? EMPHASIS_BONUS : 0);
}

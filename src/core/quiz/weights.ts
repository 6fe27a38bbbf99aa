// The numbers behind the scores, in one place so the result can state them.
// Every one is our own judgement (source `career-assumption`).

/**
 * A skill's self-rating counts as this many questions answered at the rating's
 * level: the answers move the score away from the rating in proportion to how
 * many there are (1 question of 2 + 1 weighs a third, 6 questions three quarters).
 */
export const PRIOR_QUESTIONS = 2;

/** Added to a skill's importance (1-3) when a level emphasises the skill. */
export const EMPHASIS_BONUS = 2;
/** Importance given to a skill a question tests but the role's skill list does not name. */
export const UNLISTED_SKILL_IMPORTANCE = 1;

/** Readiness thresholds on the 0-100 skill score for a level (share of its expected proficiency reached). */
export const READY_SCORE = 90;
export const CLOSE_SCORE = 70;
/** "Close" allows this many years less than the level's minimum experience. */
export const EXPERIENCE_SLACK_YEARS = 2;
/** "Close" allows this many years less leadership than the level needs. */
export const LEADERSHIP_SLACK_YEARS = 1;

/**
 * Knowledge evidence a level above the first rung needs before it can be
 * "ready": this many answered questions on the skills it expects, covering at
 * least this share of their weight. Without it the verdict stops at "close".
 */
export const MIN_EVIDENCE_QUESTIONS = 4;
export const MIN_EVIDENCE_SHARE = 0.5;

export const WEIGHTS_DESCRIPTION = {
  priorQuestions: PRIOR_QUESTIONS,
  rule:
    `A skill's score is its knowledge answers shrunk toward its self-rating: (correct + ${PRIOR_QUESTIONS} x (rating - 1) / 4) / (asked + ${PRIOR_QUESTIONS}), ` +
    `so the rating counts as ${PRIOR_QUESTIONS} questions; with no questions the score is the rating alone. ` +
    `Its measurement error (how far another draw of questions could move it) is +/- 100 x sqrt(asked) / (asked + ${PRIOR_QUESTIONS}) points: 34 with one question, 36 with two, 34 with four, 28 with ten; none for a self-rating alone.`,
  skillWeight: `Skills count by importance in the role (3 core, 2 important, 1 useful) plus ${EMPHASIS_BONUS} when the level emphasises them; skills the role does not list count as ${UNLISTED_SKILL_IMPORTANCE}.`,
  source: 'career-assumption',
} as const;

export const THRESHOLDS_DESCRIPTION = {
  ready: READY_SCORE,
  close: CLOSE_SCORE,
  experienceSlackYears: EXPERIENCE_SLACK_YEARS,
  leadershipSlackYears: LEADERSHIP_SLACK_YEARS,
  minEvidenceQuestions: MIN_EVIDENCE_QUESTIONS,
  rule:
    `A level's skill score is the weighted share of its expected proficiencies you reach (your proficiency 1 + 4 x score / 100, capped at the expectation, over the expectation). ` +
    `Ready: skill score at least ${READY_SCORE}, years of experience at least the level's minimum, years leading people at least what the level needs, and, above the first rung, ` +
    `knowledge evidence: at least ${MIN_EVIDENCE_QUESTIONS} questions on the skills the level expects, covering ${MIN_EVIDENCE_SHARE * 100}% of their weight. ` +
    `Close: skill score at least ${CLOSE_SCORE}, experience at most ${EXPERIENCE_SLACK_YEARS} years short, leadership at most ${LEADERSHIP_SLACK_YEARS} year short (or everything ready but the evidence). Otherwise not yet.`,
  source: 'career-assumption',
} as const;

export interface WeightedSkill {
  id: string;
  importance: number;
}

/** How much a skill counts at a level that emphasises `emphasised` skill ids. */
export function skillWeight(skill: WeightedSkill, emphasised: readonly string[]): number {
  return skill.importance + (emphasised.includes(skill.id) ? EMPHASIS_BONUS : 0);
}

// Readiness for each level of the ladder, against what that level expects:
// the proficiency it asks per skill, the years it asks for, the years leading
// people it needs and, above the first rung, real knowledge evidence.
import { expectationsJson, type ExpectationsJson } from './expectations.js';
import { skillMargin } from './evidence.js';
import { proficiencyOf, type SkillScore } from './score.js';
import type { Background, LadderLevel, QuizDefinition } from './types.js';
import {
  CLOSE_SCORE,
  EXPERIENCE_SLACK_YEARS,
  LEADERSHIP_SLACK_YEARS,
  MIN_EVIDENCE_QUESTIONS,
  MIN_EVIDENCE_SHARE,
  READY_SCORE,
  skillWeight,
} from './weights.js';

export type ReadinessStatus = 'ready' | 'close' | 'not-yet';
export type CriterionState = 'met' | 'near' | 'short';

/** One expected skill at a level: what it asks and where you stand. */
export interface ExpectedSkill {
  skill: string;
  name: string;
  expected: number;
  /** Your proficiency 1-5 (one decimal), from the skill score; null when the skill was neither rated nor tested. */
  yours: number | null;
  met: boolean;
  questions: number;
}

export interface LevelReadiness {
  id: string;
  title: string;
  status: ReadinessStatus;
  /** 0-100: the weighted share of the level's expected proficiencies you reach. */
  skillScore: number;
  /** +/- points the skill score may be off by, from the questions behind it. */
  margin: number;
  experience: { min: number; max?: number; openEnded?: boolean };
  leadership: { needed: number; yours: number; source: string };
  /** Knowledge questions answered on the skills this level expects, and the share of their weight they cover. */
  evidence: { questions: number; coveredShare: number; enough: boolean; required: boolean };
  criteria: {
    skills: CriterionState;
    experience: CriterionState;
    leadership: CriterionState;
    evidence: CriterionState;
  };
  expects: ExpectationsJson;
  expectedSkills: ExpectedSkill[];
  isTarget: boolean;
  /** One plain sentence per criterion, in order: skills, experience, leadership, evidence. */
  why: string[];
}

const yearsText = (n: number) => `${n} year${n === 1 ? '' : 's'}`;
const round1 = (n: number) => Math.round(n * 10) / 10;

function rangeText(range: { min: number; max?: number; openEnded?: boolean }): string {
  if (range.max === undefined) return `${range.min}+ years`;
  return `${range.min}-${range.max}${range.openEnded ? '+' : ''} years`;
}

interface LevelSkills {
  score: number;
  margin: number;
  questions: number;
  coveredShare: number;
  expected: ExpectedSkill[];
}

/**
 * The level's skill score: for each skill it expects, min(yours, expected) /
 * expected, weighted by the skill's weight at the level. A skill not rated
 * and not tested counts as 1 (none). The margin carries each skill's error
 * through the same formula (a score point moves proficiency by 4/100).
 */
export function levelSkills(level: LadderLevel, skills: readonly SkillScore[]): LevelSkills {
  const byId = new Map(skills.map((s) => [s.id, s]));
  let total = 0;
  let weights = 0;
  let margin = 0;
  let covered = 0;
  let questions = 0;
  const expected: ExpectedSkill[] = [];
  for (const [id, want] of level.expects.skills) {
    const skill = byId.get(id);
    const weight = skillWeight({ id, importance: skill?.importance ?? 1 }, level.skills);
    const asked = skill?.evidence.questions ?? 0;
    const yours = skill?.exact === null || skill === undefined ? null : proficiencyOf(skill.exact);
    const reached = Math.min(yours ?? 1, want) / want;
    total += weight * reached;
    margin += weight * Math.min(100, (skillMargin(asked) * 4) / want);
    weights += weight;
    questions += asked;
    if (asked > 0) covered += weight;
    expected.push({
      skill: id,
      name: skill?.name ?? id,
      expected: want,
      yours: yours === null ? null : round1(yours),
      met: yours !== null && yours >= want,
      questions: asked,
    });
  }
  if (weights === 0) return { score: 100, margin: 0, questions: 0, coveredShare: 1, expected };
  return {
    score: Math.round((total / weights) * 100),
    margin: Math.ceil(margin / weights),
    questions,
    coveredShare: covered / weights,
    expected,
  };
}

export function readinessByLevel(
  quiz: QuizDefinition,
  skills: readonly SkillScore[],
  background: Background,
): LevelReadiness[] {
  return quiz.ladder.map((level, index): LevelReadiness => {
    const measured = levelSkills(level, skills);
    const years = background.yearsExperience;
    const leading = background.yearsLeadingPeople;
    const yearsShort = level.experience.min - years;
    const leadNeeded = level.expects.leadershipYears;
    const leadShort = leadNeeded - leading;
    const evidenceRequired = index > 0;
    const evidenceEnough = measured.questions >= MIN_EVIDENCE_QUESTIONS && measured.coveredShare >= MIN_EVIDENCE_SHARE;

    const criteria = {
      skills: state(measured.score >= READY_SCORE, measured.score >= CLOSE_SCORE),
      experience: state(yearsShort <= 0, yearsShort <= EXPERIENCE_SLACK_YEARS),
      leadership: state(leadShort <= 0, leadShort <= LEADERSHIP_SLACK_YEARS),
      // Missing evidence holds a verdict at "close" at most: it is doubt, not a shortfall.
      evidence: state(!evidenceRequired || evidenceEnough, true),
    };
    const states = Object.values(criteria);
    const status: ReadinessStatus = states.every((s) => s === 'met')
      ? 'ready'
      : states.every((s) => s !== 'short')
        ? 'close'
        : 'not-yet';

    const why = [
      `skills ${measured.score}/100 (+/- ${measured.margin}) against what this level expects (${criteria.skills === 'met' ? 'meets' : criteria.skills === 'near' ? 'near' : 'below'} the ${READY_SCORE} needed)`,
      yearsShort <= 0
        ? `${yearsText(years)} of experience; the level asks ${rangeText(level.experience)}`
        : `${yearsText(years)} of experience, ${yearsText(yearsShort)} short of the ${rangeText(level.experience)} the level asks`,
      leadNeeded === 0
        ? 'the level needs no experience leading people'
        : leadShort <= 0
          ? `${yearsText(leading)} leading people; the level needs ${yearsText(leadNeeded)}`
          : `${yearsText(leading)} leading people, ${yearsText(leadShort)} short of the ${yearsText(leadNeeded)} the level needs`,
    ];
    if (evidenceRequired) {
      why.push(
        evidenceEnough
          ? `${measured.questions} knowledge questions on the skills it expects`
          : `knowledge barely measured: ${measured.questions} question${measured.questions === 1 ? '' : 's'} on the skills it expects (a "ready" above the first rung needs ${MIN_EVIDENCE_QUESTIONS}, covering half of them)`,
      );
    }
    return {
      id: level.id,
      title: level.title,
      status,
      skillScore: measured.score,
      margin: measured.margin,
      experience: level.experience,
      leadership: { needed: leadNeeded, yours: leading, source: level.expects.leadershipSource },
      evidence: {
        questions: measured.questions,
        coveredShare: round1(measured.coveredShare * 100) / 100,
        enough: evidenceEnough,
        required: evidenceRequired,
      },
      criteria,
      expects: expectationsJson(level.expects),
      expectedSkills: measured.expected,
      isTarget: index === quiz.targetIndex,
      why,
    };
  });
}

function state(met: boolean, near: boolean): CriterionState {
  return met ? 'met' : near ? 'near' : 'short';
}

/** Index of the most senior level you are ready for, or -1 when none. */
export function mostSeniorReady(readiness: readonly LevelReadiness[]): number {
  return readiness.map((r) => r.status).lastIndexOf('ready');
}

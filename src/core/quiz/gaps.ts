// The gaps between you and the target level, most important first, and what
// to do about each. Gaps are the skills where your proficiency is under what
// the target expects; the advice comes only from links stated in the data:
// a level's focus areas through `expects.focusSkills`, certifications through
// their `skills` list. Nothing is matched by words.
import type { Certification } from '../../data/schema.js';
import { certificationFacts, type CertificationFacts } from '../certification-facts.js';
import type { Evidence } from './evidence.js';
import { proficiencyOf, type SkillScore } from './score.js';
import type { LadderLevel, QuizDefinition } from './types.js';
import { skillWeight } from './weights.js';

const MAX_FOCUS = 2;
const MAX_CERTIFICATIONS = 3;
const CERT_LEVEL_ORDER = ['entry', 'foundation', 'intermediate', 'advanced', 'expert'];

export interface CertificationAdvice extends CertificationFacts {
  level: string;
  /** Ladder levels that recommend it (ids); empty when only the catalog's skill mapping links it. */
  recommendedAt: string[];
  /** What the issuer asks before the exam, with sources; empty when the data states none. */
  prerequisites: { text: string; source: string }[];
}

export interface Gap {
  skill: string;
  name: string;
  /** Your 0-100 skill score. */
  score: number;
  /** Your proficiency on the 1-5 scale, one decimal, and what the target expects. */
  proficiency: number;
  expected: number;
  evidence: Evidence;
  importance: number;
  emphasisedAtTarget: boolean;
  /** How much the skill counts at the target level. */
  weight: number;
  /** weight x (expected - proficiency): what the ranking sorts by. */
  priority: number;
  focus: { level: string; text: string }[];
  certifications: CertificationAdvice[];
}

/** Skills under the target's expectation, ranked by weight at the target times the shortfall. */
export function rankGaps(
  quiz: QuizDefinition,
  skills: readonly SkillScore[],
  catalog: readonly Certification[],
  held: readonly string[],
): Gap[] {
  const target = quiz.ladder[quiz.targetIndex]!;
  const gaps: Gap[] = [];
  for (const skill of skills) {
    const expected = target.expects.skills.get(skill.id);
    if (expected === undefined || skill.exact === null || skill.score === null) continue;
    const proficiency = proficiencyOf(skill.exact);
    if (proficiency >= expected) continue;
    const weight = skillWeight(skill, target.skills);
    gaps.push({
      skill: skill.id,
      name: skill.name,
      score: skill.score,
      proficiency: Math.round(proficiency * 10) / 10,
      expected,
      evidence: skill.evidence,
      importance: skill.importance,
      emphasisedAtTarget: target.skills.includes(skill.id),
      weight,
      priority: Math.round(weight * (expected - proficiency) * 100) / 100,
      focus: focusAreas(quiz, skill.id),
      certifications: certificationsFor(quiz, skill.id, catalog, held),
    });
  }
  return gaps.sort((a, b) => b.priority - a.priority || b.weight - a.weight || a.skill.localeCompare(b.skill));
}

/** Levels from the target down to the first rung, then the ones above: nearest advice first. */
function nearestLevels(quiz: QuizDefinition): LadderLevel[] {
  const below = quiz.ladder.slice(0, quiz.targetIndex + 1).reverse();
  return [...below, ...quiz.ladder.slice(quiz.targetIndex + 1)];
}

function focusAreas(quiz: QuizDefinition, skillId: string): Gap['focus'] {
  return nearestLevels(quiz)
    .flatMap((level) =>
      level.focus.flatMap((text, i) =>
        level.expects.focusSkills[i]?.includes(skillId) ? [{ level: level.id, text }] : [],
      ),
    )
    .slice(0, MAX_FOCUS);
}

/** Certifications the catalog maps to the skill (`skills:` in certifications.yaml), nearest level's first. */
function certificationsFor(
  quiz: QuizDefinition,
  skillId: string,
  catalog: readonly Certification[],
  held: readonly string[],
): CertificationAdvice[] {
  const levels = nearestLevels(quiz);
  const rank = (cert: Certification) => {
    const at = levels.findIndex((level) => level.certifications.includes(cert.id));
    return at < 0 ? levels.length : at;
  };
  return catalog
    .filter((cert) => !held.includes(cert.id) && (cert.skills ?? []).includes(skillId))
    .sort((a, b) => rank(a) - rank(b) || CERT_LEVEL_ORDER.indexOf(a.level) - CERT_LEVEL_ORDER.indexOf(b.level))
    .slice(0, MAX_CERTIFICATIONS)
    .map((cert) => ({
      ...certificationFacts(cert),
      level: cert.level,
      recommendedAt: quiz.ladder.filter((level) => level.certifications.includes(cert.id)).map((level) => level.id),
      prerequisites: (cert.prerequisites ?? []).map((p) => ({ text: p.text, source: p.source })),
    }));
}

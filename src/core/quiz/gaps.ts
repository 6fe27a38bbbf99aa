// The gaps between your scores and the target level, most important first, and
// what to do about each: focus areas from the ladder and certifications from
// the catalog.
import type { Certification } from '../../data/schema.js';
import { certificationFacts, type CertificationFacts } from '../certification-facts.js';
import { aboutSkill } from './related-words.js';
import type { SkillScore } from './score.js';
import type { LadderLevel, QuizDefinition } from './types.js';
import { READY_SCORE, skillWeight } from './weights.js';

const MAX_FOCUS = 2;
const MAX_CERTIFICATIONS = 3;
const CERT_LEVEL_ORDER = ['entry', 'foundation', 'intermediate', 'advanced', 'expert'];

export interface CertificationAdvice extends CertificationFacts {
  level: string;
  /** Ladder levels that recommend it (ids); empty when only the catalog's skill mapping links it. */
  recommendedAt: string[];
}

export interface Gap {
  skill: string;
  name: string;
  score: number;
  importance: number;
  emphasisedAtTarget: boolean;
  /** How much the skill counts at the target level. */
  weight: number;
  /** weight x (100 - score): what the ranking sorts by. */
  priority: number;
  focus: { level: string; text: string }[];
  certifications: CertificationAdvice[];
}

/** Skills scoring under the "ready" mark, ranked by weight at the target times the distance to 100. */
export function rankGaps(quiz: QuizDefinition, skills: readonly SkillScore[], catalog: readonly Certification[], held: readonly string[]): Gap[] {
  const target = quiz.ladder[quiz.targetIndex]!;
  return skills
    .filter((skill): skill is SkillScore & { score: number } => skill.score !== null && skill.score < READY_SCORE)
    .map((skill) => {
      const weight = skillWeight(skill, target.skills);
      const about = aboutSkill(skill.name);
      return {
        skill: skill.id,
        name: skill.name,
        score: skill.score,
        importance: skill.importance,
        emphasisedAtTarget: target.skills.includes(skill.id),
        weight,
        priority: weight * (100 - skill.score),
        focus: focusAreas(quiz, about),
        certifications: certificationsFor(quiz, skill.id, catalog, held),
      };
    })
    .sort((a, b) => b.priority - a.priority || b.weight - a.weight || a.skill.localeCompare(b.skill));
}

/** Levels from the target down to the first rung, then the ones above: nearest advice first. */
function nearestLevels(quiz: QuizDefinition): LadderLevel[] {
  const below = quiz.ladder.slice(0, quiz.targetIndex + 1).reverse();
  return [...below, ...quiz.ladder.slice(quiz.targetIndex + 1)];
}

function focusAreas(quiz: QuizDefinition, about: (text: string) => boolean): Gap['focus'] {
  return nearestLevels(quiz)
    .flatMap((level) => level.focus.filter(about).map((text) => ({ level: level.id, text })))
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
    }));
}

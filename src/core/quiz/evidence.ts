// How well the quiz measured a skill: the questions behind its score, a plain
// label, and the measurement error the score carries.
import { PRIOR_QUESTIONS } from './weights.js';

export type EvidenceStrength = 'none' | 'weak' | 'some' | 'good';

export interface Evidence {
  /** Knowledge questions asked on the skill. */
  questions: number;
  correct: number;
  strength: EvidenceStrength;
  /** "1 question: weak evidence". */
  label: string;
  /** +/- points on the 0-100 skill score. */
  margin: number;
}

/**
 * +/- points a skill score may move between two draws of questions: about two
 * standard deviations of the share answered right (at most 0.5 / sqrt(asked)),
 * times the answers' weight asked / (asked + PRIOR): 100 x sqrt(asked) / (asked + PRIOR).
 * No question, no draw to vary: a self-rating alone is exact (it is what you said).
 * Rounded up so a stated margin is never smaller than the formula's.
 */
export const skillMargin = (asked: number) => Math.ceil((100 * Math.sqrt(asked)) / (asked + PRIOR_QUESTIONS));

export function evidenceStrength(asked: number): EvidenceStrength {
  if (asked === 0) return 'none';
  if (asked === 1) return 'weak';
  if (asked <= 3) return 'some';
  return 'good';
}

const LABELS: Record<EvidenceStrength, string> = {
  none: 'self-rating only',
  weak: 'weak evidence',
  some: 'some evidence',
  good: 'good evidence',
};

export function evidenceFor(asked: number, correct: number): Evidence {
  const strength = evidenceStrength(asked);
  const label =
    asked === 0 ? 'no question: self-rating only' : `${asked} question${asked === 1 ? '' : 's'}: ${LABELS[strength]}`;
  return { questions: asked, correct, strength, label, margin: skillMargin(asked) };
}

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
 * +/- points on a skill score from `asked` questions: the most the self-rating
 * can still pull the score, 100 x (PRIOR/2) / (asked + PRIOR). Rounded up so a
 * stated margin is never smaller than the real one.
 */
export const skillMargin = (asked: number) => Math.ceil((100 * (PRIOR_QUESTIONS / 2)) / (asked + PRIOR_QUESTIONS));

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
  const label = asked === 0 ? 'no question: self-rating only' : `${asked} question${asked === 1 ? '' : 's'}: ${LABELS[strength]}`;
  return { questions: asked, correct, strength, label, margin: skillMargin(asked) };
}

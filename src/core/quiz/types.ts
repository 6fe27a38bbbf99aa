// The shapes the quiz works with. An answer sheet has the same form whether it
// was filled in at the prompts or read from `--answers FILE`, so both score the same;
// its shapes are defined with the answers file, in data/answer-sheet.ts.
import type { Education } from '../../data/answer-sheet.js';

export { EDUCATION_LEVELS, type AnswerSheet, type Background, type Education } from '../../data/answer-sheet.js';

export const EDUCATION_NAMES: Record<Education, string> = {
  none: 'No formal qualification',
  secondary: 'High school / secondary',
  associate: 'Associate degree or vocational diploma',
  bachelor: "Bachelor's degree",
  master: "Master's degree (including an MBA)",
  doctorate: 'Doctorate',
};

/** A skill the quiz assesses, as the role's data describes it. */
export interface SkillArea {
  id: string;
  name: string;
  kind: 'technical' | 'soft';
  description: string;
  /** 3 core, 2 important, 1 useful (from the role's skill list). */
  importance: number;
  /** False for a skill a question tests that the role's skill list does not name. */
  inRole: boolean;
}

/** A question as asked: choices in the order shown, `answer` indexing into them. */
export interface AskedQuestion {
  id: string;
  skill: string;
  level: string;
  question: string;
  choices: string[];
  answer: number;
  explanation: string;
}

export interface LadderLevel {
  id: string;
  title: string;
  experience: { min: number; max?: number; openEnded?: boolean };
  focus: string[];
  skills: string[];
  certifications: string[];
  /** What the level expects of a person (see expectations.ts). */
  expects: Expectations;
}

/** A level's expectations, ready to use: Maps keyed by skill id. */
export interface Expectations {
  /** Skill id -> expected proficiency 1-5; skills not in the map are not expected. */
  skills: Map<string, number>;
  leadershipYears: number;
  /** Per focus area (same order as `focus`), the skill ids it builds; empty lists when the data links none. */
  focusSkills: string[][];
  /** "data" when the role file states them, "default" when the tool filled them in (see expectations.ts). */
  origin: 'data' | 'default';
  source: string;
  leadershipSource: string;
  note?: string;
}

/** Everything needed to ask and to score one quiz. */
export interface QuizDefinition {
  role: { id: string; title: string };
  ladder: LadderLevel[];
  /** Index in `ladder` of the role's own level ("IT Operations Manager"). */
  mainIndex: number;
  /** Index in `ladder` of the level the user aims for. */
  targetIndex: number;
  skills: SkillArea[];
  questions: AskedQuestion[];
}

/** Rating scale for the self-assessment, 1-5, worded for people rather than HR. */
export const RATING_SCALE = [
  { value: 1, label: 'None', meaning: 'I have not done this yet, or only watched others do it.' },
  { value: 2, label: 'Basic', meaning: 'I know the basics and handle simple tasks with help.' },
  { value: 3, label: 'Working', meaning: 'I handle the day-to-day work on my own.' },
  { value: 4, label: 'Strong', meaning: 'I handle hard cases and guide others.' },
  { value: 5, label: 'Expert', meaning: 'I set direction, teach it, and people come to me for it.' },
] as const;

// A filled-in quiz: what the prompts collect and what an answers file holds
// (`career quiz ROLE --answers FILE`, read by answers.ts). Its shapes live here,
// with the data read from disk, so the quiz in core/quiz/ scores a sheet from
// either source without the data layer reaching up into it.

export const EDUCATION_LEVELS = ['none', 'secondary', 'associate', 'bachelor', 'master', 'doctorate'] as const;
export type Education = (typeof EDUCATION_LEVELS)[number];

export interface Background {
  yearsExperience: number;
  yearsLeadingPeople: number;
  education: Education;
  /** Certification ids from the catalog. */
  certifications: string[];
  /**
   * The ladder level (id) the person holds today, if they hold one. Only then
   * are their years counted as time already served in that rung.
   */
  currentLevel?: string;
}

export interface AnswerSheet {
  /** Role id; optional in a file when the role is given on the command line. */
  role?: string;
  /** Target level id; optional (default: the role's main level). */
  level?: string;
  background: Background;
  /** Skill id -> rating 1-5 (a null-prototype object: ids such as "constructor" are plain keys). */
  selfRatings: Record<string, number>;
  /** Question id -> the text of the chosen choice (null-prototype, like selfRatings). */
  knowledge: Record<string, string>;
}

/** Choice texts compare without regard to case or spacing, so a retyped answer still counts. */
export const sameChoice = (a: string, b: string) => normalizeChoice(a) === normalizeChoice(b);
const normalizeChoice = (text: string) => text.trim().replace(/\s+/g, ' ').toLowerCase();

// Readiness for each level of the ladder: the skills the level needs, the years
// it asks for and, from the role's own level up, experience leading people.
import { levelScore, type SkillScore } from './score.js';
import type { Background, QuizDefinition } from './types.js';
import { CLOSE_SCORE, EXPERIENCE_SLACK_YEARS, READY_SCORE } from './weights.js';

export type ReadinessStatus = 'ready' | 'close' | 'not-yet';

export interface LevelReadiness {
  id: string;
  title: string;
  status: ReadinessStatus;
  /** 0-100: your skill scores weighted for this level. */
  skillScore: number;
  experience: { min: number; max?: number; openEnded?: boolean };
  isTarget: boolean;
  /** One plain sentence per criterion, in order: skills, experience, leadership. */
  why: string[];
}

const yearsText = (n: number) => `${n} year${n === 1 ? '' : 's'}`;

function rangeText(range: { min: number; max?: number; openEnded?: boolean }): string {
  if (range.max === undefined) return `${range.min}+ years`;
  return `${range.min}-${range.max}${range.openEnded ? '+' : ''} years`;
}

export function readinessByLevel(quiz: QuizDefinition, skills: readonly SkillScore[], background: Background): LevelReadiness[] {
  return quiz.ladder.map((level, index) => {
    const skillScore = levelScore(skills, level.skills);
    const years = background.yearsExperience;
    const yearsShort = level.experience.min - years;
    const managesTeam = index >= quiz.mainIndex;
    const leadershipOk = !managesTeam || background.yearsLeadingPeople > 0;

    const skillsOk = skillScore >= READY_SCORE;
    const skillsClose = skillScore >= CLOSE_SCORE;
    const experienceOk = yearsShort <= 0;
    const experienceClose = yearsShort <= EXPERIENCE_SLACK_YEARS;

    const status: ReadinessStatus =
      skillsOk && experienceOk && leadershipOk ? 'ready' : skillsClose && experienceClose ? 'close' : 'not-yet';

    const why = [
      `skills ${skillScore}/100 for this level (${skillsOk ? 'meets' : skillsClose ? 'near' : 'below'} the ${READY_SCORE} needed)`,
      experienceOk
        ? `${yearsText(years)} of experience; the level asks ${rangeText(level.experience)}`
        : `${yearsText(years)} of experience, ${yearsText(yearsShort)} short of the ${rangeText(level.experience)} the level asks`,
    ];
    if (managesTeam) {
      why.push(
        leadershipOk
          ? `${yearsText(background.yearsLeadingPeople)} leading people`
          : 'no experience leading people yet, and this level manages a team',
      );
    }
    return { id: level.id, title: level.title, status, skillScore, experience: level.experience, isTarget: index === quiz.targetIndex, why };
  });
}

/** Index of the most senior level you are ready for, or -1 when none. */
export function mostSeniorReady(readiness: readonly LevelReadiness[]): number {
  return readiness.map((r) => r.status).lastIndexOf('ready');
}

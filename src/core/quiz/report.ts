// The whole quiz result: from (quiz, answer sheet) to the report both the
// terminal renderer and `--json` use. Pure apart from the data it reads.
import type { DataSet } from '../../data/dataset.js';
import { estimateTime, type TimeEstimate } from './estimate.js';
import { rankRoleFit, type FitRanking } from './fit.js';
import { rankGaps, type Gap } from './gaps.js';
import { readinessByLevel, type LevelReadiness } from './readiness.js';
import { scoreSheet, type QuestionOutcome, type SkillScore } from './score.js';
import type { AnswerSheet, Background, QuizDefinition } from './types.js';
import { MIN_EVIDENCE_QUESTIONS, skillWeight, THRESHOLDS_DESCRIPTION, WEIGHTS_DESCRIPTION } from './weights.js';

export type QuizMode = 'interactive' | 'answers-file';

export interface ReportedSkill extends Omit<SkillScore, 'exact' | 'description'> {
  /** How much the skill counts in the overall score (at the target level). */
  weight: number;
  emphasisedAtTarget: boolean;
}

export interface QuizReport {
  role: { id: string; title: string };
  /** `target.id` is ROLE:LEVEL. */
  target: { id: string; level: string; title: string };
  takenAt: string;
  mode: QuizMode;
  /** The seed that reproduces the draw (interactive runs); null for an answers file. */
  seed: string | null;
  /** 0-100: the target level's skill score (the weighted share of its expectations you reach). */
  overall: number;
  /** +/- points the overall score may be off by, from the questions behind it. */
  overallMargin: number;
  /** In a sentence: how well the knowledge part was measured. */
  measurement: string;
  knowledge: { correct: number; asked: number };
  scoring: typeof WEIGHTS_DESCRIPTION;
  background: Background;
  skills: ReportedSkill[];
  readiness: { thresholds: typeof THRESHOLDS_DESCRIPTION; levels: LevelReadiness[] };
  estimate: TimeEstimate;
  gaps: Gap[];
  missed: QuestionOutcome[];
  roleFit: FitRanking;
  /** The answers in the `--answers` file format: save them to re-score later. */
  answers: AnswerSheet;
}

export interface ReportMeta {
  takenAt: string;
  mode: QuizMode;
  seed: string | null;
}

export function buildQuizReport(data: DataSet, quiz: QuizDefinition, sheet: AnswerSheet, meta: ReportMeta): QuizReport {
  const target = quiz.ladder[quiz.targetIndex]!;
  const { skills, questions } = scoreSheet(quiz, sheet);
  const readiness = readinessByLevel(quiz, skills, sheet.background);
  const targetReadiness = readiness[quiz.targetIndex]!;
  return {
    role: quiz.role,
    target: { id: `${quiz.role.id}:${target.id}`, level: target.id, title: target.title },
    takenAt: meta.takenAt,
    mode: meta.mode,
    seed: meta.seed,
    overall: targetReadiness.skillScore,
    overallMargin: targetReadiness.margin,
    measurement: measurementText(skills, questions.length),
    knowledge: { correct: questions.filter((q) => q.correct).length, asked: questions.length },
    scoring: WEIGHTS_DESCRIPTION,
    background: sheet.background,
    skills: skills.map(({ exact: _exact, description: _description, ...skill }) => ({
      ...skill,
      weight: skillWeight(skill, target.skills),
      emphasisedAtTarget: target.skills.includes(skill.id),
    })),
    readiness: { thresholds: THRESHOLDS_DESCRIPTION, levels: readiness },
    estimate: estimateTime(data, quiz, readiness, sheet.background),
    gaps: rankGaps(quiz, skills, data.certifications, sheet.background.certifications),
    missed: questions.filter((q) => !q.correct),
    roleFit: rankRoleFit(data.allRoles(), skills, quiz.role.id),
    answers: { role: quiz.role.id, level: target.id, ...sheet },
  };
}

/**
 * "Knowledge barely measured: 1 question over 23 skills ..." when fewer than
 * MIN_EVIDENCE_QUESTIONS were asked or under a quarter of the skills rest on 2+.
 */
export function measurementText(skills: readonly SkillScore[], asked: number): string {
  const rated = skills.filter((s) => s.inRole);
  const wellMeasured = rated.filter((s) => s.evidence.questions >= 2).length;
  const unmeasured = rated.filter((s) => s.evidence.questions === 0).length;
  const base = `${asked} question${asked === 1 ? '' : 's'} over ${rated.length} skills: ${wellMeasured} measured by 2 or more, ${unmeasured} by none (self-rating only)`;
  return asked < MIN_EVIDENCE_QUESTIONS || wellMeasured * 4 < rated.length
    ? `Knowledge barely measured: ${base}.`
    : `${base}.`;
}

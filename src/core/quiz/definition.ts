// Turning a role from the data into a quiz: its ladder, the skills to rate,
// and the knowledge questions (drawn for a run, or named by an answers file).
import type { DataSet } from '../../data/dataset.js';
import type { Question, Role } from '../../data/schema.js';
import { UserError } from '../../errors.js';
import { askInBankOrder, CORE_ROUNDS, drawQuestions } from './draw.js';
import { levelExpectations } from './expectations.js';
import { seededRandom } from './random.js';
import type { AskedQuestion, LadderLevel, QuizDefinition, SkillArea } from './types.js';
import { skillWeight, UNLISTED_SKILL_IMPORTANCE } from './weights.js';

/** A role ready to be quizzed, before the questions are chosen. */
export interface QuizBase extends Omit<QuizDefinition, 'questions' | 'skills'> {
  roleSkills: SkillArea[];
  bank: Question[];
  /** Names of skills, for skills the bank tests that the role does not list. */
  skillCatalog: Map<string, { name: string; kind: 'technical' | 'soft'; description: string }>;
}

/** Role ids that have a question bank, for messages. */
export const rolesWithQuiz = (data: DataSet) => data.quizzes.map((q) => q.role).sort();

export function prepareQuiz(data: DataSet, role: Role, targetLevelId?: string): QuizBase {
  const bank = data.quizzes.find((quiz) => quiz.role === role.id)?.questions;
  if (!bank) {
    const available = rolesWithQuiz(data);
    throw new UserError(
      `there is no quiz for role "${role.id}" yet; quizzes exist for ${available.length ? available.join(', ') : 'no role in this data'}`,
    );
  }
  if (!role.ladder)
    throw new UserError(
      `role "${role.id}" has no career ladder in the data, and the quiz needs one to judge readiness by level`,
    );
  const ladder: LadderLevel[] = role.ladder.levels.map((level, index) => ({
    id: level.id,
    title: level.title,
    experience: level.experience,
    focus: level.focus,
    skills: level.skills ?? [],
    certifications: level.certifications ?? [],
    expects: levelExpectations(role, index),
  }));
  const mainIndex = ladder.findIndex((level) => level.id === role.ladder!.mainLevel);
  const targetId = targetLevelId ?? role.ladder.mainLevel;
  const targetIndex = ladder.findIndex((level) => level.id === targetId);
  if (targetIndex < 0)
    throw new UserError(
      `role "${role.id}" has no level "${targetId}"; its levels are ${ladder.map((l) => l.id).join(', ')}`,
    );

  const skillCatalog = new Map(
    data.skills.map((s) => [s.id, { name: s.name, kind: s.kind, description: s.description }]),
  );
  const roleSkills = role.skills.map((entry): SkillArea => {
    const skill = skillCatalog.get(entry.skill);
    return {
      id: entry.skill,
      name: skill?.name ?? entry.skill,
      kind: skill?.kind ?? 'technical',
      description: skill?.description ?? '',
      importance: entry.importance,
      inRole: true,
    };
  });
  return { role: { id: role.id, title: role.title }, ladder, mainIndex, targetIndex, roleSkills, bank, skillCatalog };
}

/** Importance of a core skill in a role's skill list. */
export const CORE_IMPORTANCE = 3;
/** Questions beyond the core skills' share in the default count, so other skills get some too. */
const EXTRA_QUESTIONS = 4;
const MIN_DEFAULT_COUNT = 10;

/** Core skills the bank has questions for. */
function coreSkillsInBank(base: QuizBase): Set<string> {
  const tested = new Set(base.bank.map((q) => q.skill));
  return new Set(base.roleSkills.filter((s) => s.importance >= CORE_IMPORTANCE && tested.has(s.id)).map((s) => s.id));
}

/** The default --count: CORE_ROUNDS questions for every core skill the bank tests, plus a few more. */
export function defaultQuestionCount(base: QuizBase): number {
  return Math.min(
    base.bank.length,
    Math.max(MIN_DEFAULT_COUNT, CORE_ROUNDS * coreSkillsInBank(base).size + EXTRA_QUESTIONS),
  );
}

/** A run's quiz: `count` questions drawn with the seed. */
export function drawQuiz(base: QuizBase, count: number, seed: string): QuizDefinition {
  const target = base.ladder[base.targetIndex]!;
  const importance = new Map(base.roleSkills.map((s) => [s.id, s]));
  const questions = drawQuestions(base.bank, {
    count,
    random: seededRandom(seed),
    levelOrder: base.ladder.map((l) => l.id),
    targetLevel: target.id,
    coreSkills: coreSkillsInBank(base),
    skillWeight: (id) => {
      const skill = importance.get(id);
      return skill ? skillWeight(skill, target.skills) : 0;
    },
  });
  return withQuestions(base, questions);
}

/** The quiz an answers file answered: the questions it names, in bank order. */
export function quizForQuestions(base: QuizBase, questionIds: readonly string[]): QuizDefinition {
  const byId = new Map(base.bank.map((q) => [q.id, q]));
  const questions = questionIds.map((id) => {
    const question = byId.get(id);
    if (!question) throw new UserError(`the ${base.role.id} quiz has no question "${id}"`);
    return askInBankOrder(question);
  });
  return withQuestions(base, questions);
}

function withQuestions(base: QuizBase, questions: AskedQuestion[]): QuizDefinition {
  const listed = new Set(base.roleSkills.map((s) => s.id));
  const unlisted = [...new Set(questions.map((q) => q.skill))].filter((id) => !listed.has(id));
  const extra = unlisted.map((id): SkillArea => {
    const skill = base.skillCatalog.get(id);
    return {
      id,
      name: skill?.name ?? id,
      kind: skill?.kind ?? 'technical',
      description: skill?.description ?? '',
      importance: UNLISTED_SKILL_IMPORTANCE,
      inRole: false,
    };
  });
  const { roleSkills: _roleSkills, bank: _bank, skillCatalog: _catalog, ...rest } = base;
  return { ...rest, skills: [...base.roleSkills, ...extra], questions };
}

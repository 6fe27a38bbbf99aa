import type { Certification } from '../../src/data/schema.js';
// Readiness per level, ranked gaps with advice, role fit and the time estimate.
import { describe, expect, it } from 'vitest';
import { findLevelOrUndefined } from '../../src/core/lookup.js';
import { planPath } from '../../src/core/path.js';
import { rankRoleFit } from '../../src/core/quiz/fit.js';
import { rankGaps } from '../../src/core/quiz/gaps.js';
import { mostSeniorReady, readinessByLevel } from '../../src/core/quiz/readiness.js';
import { aboutSkill, sameWord } from '../../src/core/quiz/related-words.js';
import { buildQuizReport } from '../../src/core/quiz/report.js';
import { scoreSheet, type SkillScore } from '../../src/core/quiz/score.js';
import type { Background, QuizDefinition } from '../../src/core/quiz/types.js';
import type { Role } from '../../src/data/schema.js';
import { builtInData } from '../helpers/data.js';
import { quizFor, sheetWith } from './quiz-sheets.js';

const data = builtInData();
const meta = { takenAt: '2026-01-01T00:00:00.000Z', mode: 'answers-file' as const, seed: null };

/** A three-rung ladder: 0-2, 3-5 (the role's own level, manages a team), 6+ years. */
const ladderQuiz: QuizDefinition = {
  role: { id: 'ops', title: 'Ops' },
  ladder: [
    { id: 'junior', title: 'Junior', experience: { min: 0, max: 2 }, focus: ['Network basics'], skills: ['tech'], certifications: ['net-cert'] },
    { id: 'lead', title: 'Lead', experience: { min: 3, max: 5 }, focus: ['Vendor relationships', 'Team leadership'], skills: ['people'], certifications: [] },
    { id: 'head', title: 'Head', experience: { min: 6 }, focus: ['Strategy'], skills: ['people'], certifications: [] },
  ],
  mainIndex: 1,
  targetIndex: 1,
  skills: [
    { id: 'tech', name: 'Networking', kind: 'technical', description: '', importance: 3, inRole: true },
    { id: 'people', name: 'Vendor and contract management', kind: 'soft', description: '', importance: 2, inRole: true },
  ],
  questions: [],
};

const scored = (tech: number, people: number): SkillScore[] =>
  scoreSheet(ladderQuiz, { background: bg(0, 0), selfRatings: { tech, people }, knowledge: {} }).skills;
const bg = (yearsExperience: number, yearsLeadingPeople: number): Background => ({ yearsExperience, yearsLeadingPeople, education: 'bachelor', certifications: [] });

describe('readiness per level', () => {
  it.each([
    // ratings (tech, people), years, years leading -> status of junior, lead, head
    [5, 5, 10, 3, ['ready', 'ready', 'ready']],
    [5, 5, 4, 1, ['ready', 'ready', 'close']], // head: 2 years short is still close
    [5, 5, 3, 1, ['ready', 'ready', 'not-yet']], // head: 3 years short
    [5, 5, 10, 0, ['ready', 'close', 'close']], // never led people: at most close from the role's own level up
    [4, 4, 10, 3, ['ready', 'ready', 'ready']], // 75 is ready
    [4, 3, 10, 3, ['close', 'close', 'close']], // junior (5 x 75 + 2 x 50) / 7 = 68; lead (3 x 75 + 4 x 50) / 7 = 61
    [5, 2, 10, 3, ['ready', 'not-yet', 'not-yet']], // junior (5 x 100 + 2 x 25) / 7 = 79; lead (3 x 100 + 4 x 25) / 7 = 57
    [2, 2, 10, 3, ['not-yet', 'not-yet', 'not-yet']],
  ] as const)('rated %i/%i with %i years (%i leading)', (tech, people, years, leading, expected) => {
    const levels = readinessByLevel(ladderQuiz, scored(tech, people), bg(years, leading));
    expect(levels.map((l) => l.status)).toEqual(expected);
  });

  it('says why, criterion by criterion, and marks the target', () => {
    const [junior, lead] = readinessByLevel(ladderQuiz, scored(5, 1), bg(1, 0));
    expect(junior!.why).toHaveLength(2); // below the role's own level: no leadership line
    expect(lead!.why.join(' | ')).toMatch(/skills \d+\/100.*\| 1 year of experience, 2 years short of the 3-5 years.*\| no experience leading people/);
    expect(lead!.isTarget).toBe(true);
  });

  it.each([
    [['ready', 'ready', 'close'], 1],
    [['not-yet', 'not-yet', 'not-yet'], -1],
    [['ready', 'not-yet', 'ready'], 2],
  ] as const)('the most senior level you are ready for in %j is %i', (statuses, expected) => {
    expect(mostSeniorReady(statuses.map((status) => ({ status }) as never))).toBe(expected);
  });
});

describe('gaps', () => {
  const catalog: Certification[] = [
    { id: 'net-cert', name: 'Network Basics Cert', issuer: 'X', level: 'entry', summary: 'Networking fundamentals.', skills: ['tech'], source: 's' },
    { id: 'neutral', name: 'Project Cert', issuer: 'Y', level: 'foundation', summary: 'Vendor-neutral project basics.', skills: ['projects'], source: 's' },
  ];

  it('ranks by weight at the target times the distance to 100', () => {
    // tech: importance 3, score 25 -> 3 x 75 = 225; people: 2 + 2 (emphasised at lead), score 50 -> 4 x 50 = 200
    const gaps = rankGaps(ladderQuiz, scored(2, 3), [...catalog], []);
    expect(gaps.map((g) => [g.skill, g.priority])).toEqual([
      ['tech', 225],
      ['people', 200],
    ]);
  });

  it('leaves out skills at or above the ready mark', () => {
    expect(rankGaps(ladderQuiz, scored(4, 2), [...catalog], []).map((g) => g.skill)).toEqual(['people']);
  });

  it('advises focus areas about the skill and the certifications the catalog maps to it, nearest level first', () => {
    const gaps = rankGaps(ladderQuiz, scored(1, 2), [...catalog], []);
    const tech = gaps.find((g) => g.skill === 'tech');
    const people = gaps.find((g) => g.skill === 'people');
    expect(tech!.focus).toEqual([{ level: 'junior', text: 'Network basics' }]);
    expect(tech!.certifications.map((c) => [c.id, c.recommendedAt])).toEqual([['net-cert', ['junior']]]);
    // Only the catalog's skill mapping links a certification to a gap, not words in its summary.
    expect(people!.certifications).toEqual([]);
    expect(people!.focus.map((f) => f.text)).toEqual(['Vendor relationships']);
  });

  it('does not recommend a certification you hold', () => {
    const [tech] = rankGaps(ladderQuiz, scored(1, 5), [...catalog], ['net-cert']);
    expect(tech!.certifications).toEqual([]);
  });

  it.each([
    ['network', 'networking', true],
    ['strategic', 'strategy', true],
    ['security', 'cybersecurity', true],
    ['service', 'server', false],
    ['data', 'database', false],
  ])('"%s" and "%s" are the same word: %s', (a, b, same) => expect(sameWord(a, b)).toBe(same));

  it.each([
    ['Cybersecurity', 'Security fundamentals', true],
    ['Budgeting and financial acumen', 'Project management methods and budgeting', true],
    ['Leadership and team management', 'Communication with the team and users', false],
    ['Vendor and contract management', 'Vendor-specific certifications', false],
    ['Operating system administration', 'named by the IT Operations guide', false],
  ])('%s is about "%s": %s', (skill, text, expected) => expect(aboutSkill(skill)(text)).toBe(expected));
});

describe('role fit', () => {
  const role = (id: string, skills: [string, number][]): Role =>
    ({ id, title: id.toUpperCase(), skills: skills.map(([skill, importance]) => ({ skill, importance, source: 's' })) }) as Role;
  const mine = scored(5, 3); // tech 100, people 50

  it.each([
    ['all-tech', [['tech', 3]], 100, 100],
    ['half', [['tech', 1], ['people', 1]], 75, 100],
    ['unmeasured', [['tech', 1], ['cooking', 1]], 50, 50],
  ] as const)('%s fits %i with %i%% measured', (id, skills, fit, measured) => {
    const [result] = rankRoleFit([role(id, skills.map(([s, i]) => [s, i]))], mine, 'ops').roles;
    expect(result).toMatchObject({ fit, measured });
  });

  it('ranks best first, leaves out the quiz role, and lists roles without skills apart', () => {
    const ranking = rankRoleFit([role('ops', [['tech', 3]]), role('low', [['people', 1]]), role('high', [['tech', 1]]), role('empty', [])], mine, 'ops');
    expect(ranking.roles.map((r) => r.id)).toEqual(['high', 'low']);
    expect(ranking.withoutSkills.map((r) => r.id)).toEqual(['empty']);
  });
});

describe('time to the target (the career path model)', () => {
  const report = (role: string, level: string, rating: number, years: number, leading: number) => {
    const quiz = quizFor(data, role, 10, '1', level);
    const sheet = sheetWith(quiz, () => rating, () => rating >= 4);
    sheet.background = bg(years, leading);
    return buildQuizReport(data, quiz, sheet, meta);
  };

  it('is zero when you are ready for the target already', () => {
    const { estimate } = report('it-ops-manager', 'manager', 5, 8, 3);
    expect(estimate).toMatchObject({ status: 'ready-now', years: { typical: 0 } });
  });

  it('matches planPath from the most senior level you are ready for, with your experience', () => {
    const { estimate, readiness } = report('it-manager', 'director', 5, 5, 2);
    const current = readiness.levels[mostSeniorReady(readiness.levels)]!;
    expect(estimate.current?.id).toBe(current.id);
    const plan = planPath(data, findLevelOrUndefined(data, `it-manager:${current.id}`)!, findLevelOrUndefined(data, 'it-manager:director')!, {
      pace: 'typical',
      experience: 5,
    });
    expect(estimate.status).toBe('estimated');
    expect(estimate.years).toEqual(plan.total.years);
    expect(estimate.years!.typical).toBeGreaterThan(0);
    expect(estimate.assumption).toMatch(/most senior level you are ready for/);
  });

  it('starts at the first rung when you are not ready for any level, and says so', () => {
    const { estimate } = report('it-ops-manager', 'senior', 1, 0, 0);
    expect(estimate.from?.id).toBe('assistant');
    expect(estimate.current).toBeNull();
    expect(estimate.assumption).toMatch(/not yet ready for any level/);
  });

  it('does not time a target that is the first rung', () => {
    const { estimate } = report('it-ops-manager', 'assistant', 1, 0, 0);
    expect(estimate).toMatchObject({ status: 'not-estimated', years: null });
    expect(estimate.assumption).toContain('career path none it-ops-manager');
  });
});

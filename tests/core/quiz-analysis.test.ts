import type { Certification } from '../../src/data/schema.js';
// Readiness per level, ranked gaps with advice, role fit and the time estimate.
import { describe, expect, it } from 'vitest';
import { findLevelOrUndefined } from '../../src/core/lookup.js';
import { planPath } from '../../src/core/path.js';
import { rankRoleFit } from '../../src/core/quiz/fit.js';
import { rankGaps } from '../../src/core/quiz/gaps.js';
import { mostSeniorReady, readinessByLevel } from '../../src/core/quiz/readiness.js';
import { buildQuizReport } from '../../src/core/quiz/report.js';
import { scoreSheet, type SkillScore } from '../../src/core/quiz/score.js';
import type { Background, Expectations, QuizDefinition } from '../../src/core/quiz/types.js';
import type { Role } from '../../src/data/schema.js';
import { builtInData } from '../helpers/data.js';
import { quizFor, sheetWith } from './quiz-sheets.js';

const data = builtInData();
const meta = { takenAt: '2026-01-01T00:00:00.000Z', mode: 'answers-file' as const, seed: null };

const expects = (skills: [string, number][], leadershipYears: number, focusSkills: string[][]): Expectations => ({
  skills: new Map(skills),
  leadershipYears,
  focusSkills,
  origin: 'data',
  source: 'career-assumption',
  leadershipSource: 'career-assumption',
});

/** A three-rung ladder: 0-2, 3-5 (the role's own level), 6+ years, each with its expectations. */
const ladderQuiz: QuizDefinition = {
  role: { id: 'ops', title: 'Ops' },
  ladder: [
    {
      id: 'junior',
      title: 'Junior',
      experience: { min: 0, max: 2 },
      focus: ['Network basics'],
      skills: ['tech'],
      certifications: ['net-cert'],
      expects: expects(
        [
          ['tech', 3],
          ['people', 2],
        ],
        0,
        [['tech']],
      ),
    },
    {
      id: 'lead',
      title: 'Lead',
      experience: { min: 3, max: 5 },
      // "Team leadership" is linked to no skill: no word matching links it to "people".
      focus: ['Vendor relationships', 'Team leadership'],
      skills: ['people'],
      certifications: [],
      expects: expects(
        [
          ['tech', 3],
          ['people', 3],
        ],
        1,
        [['people'], []],
      ),
    },
    {
      id: 'head',
      title: 'Head',
      experience: { min: 6 },
      focus: ['Strategy'],
      skills: ['people'],
      certifications: [],
      expects: expects(
        [
          ['tech', 4],
          ['people', 4],
        ],
        3,
        [[]],
      ),
    },
  ],
  mainIndex: 1,
  targetIndex: 1,
  skills: [
    { id: 'tech', name: 'Networking', kind: 'technical', description: '', importance: 3, inRole: true },
    {
      id: 'people',
      name: 'Vendor and contract management',
      kind: 'soft',
      description: '',
      importance: 2,
      inRole: true,
    },
  ],
  questions: ['tech', 'people'].flatMap((skill) =>
    [1, 2, 3].map((n) => ({
      id: `${skill}-${n}`,
      skill,
      level: 'junior',
      question: '?',
      choices: ['right', 'wrong'],
      answer: 0,
      explanation: '',
    })),
  ),
};

type Answered = 'none' | 'right' | 'wrong';
/** 'none': a quiz without questions, so only the self-ratings count. */
const scored = (tech: number, people: number, answered: Answered = 'none'): SkillScore[] =>
  scoreSheet(answered === 'none' ? { ...ladderQuiz, questions: [] } : ladderQuiz, {
    background: bg(0, 0),
    selfRatings: { tech, people },
    knowledge: answered === 'none' ? {} : Object.fromEntries(ladderQuiz.questions.map((q) => [q.id, answered])),
  }).skills;
const bg = (yearsExperience: number, yearsLeadingPeople: number): Background => ({
  yearsExperience,
  yearsLeadingPeople,
  education: 'bachelor',
  certifications: [],
});

describe('readiness per level, against what each level expects', () => {
  it.each([
    // ratings (tech, people), years, years leading, answers -> status of junior, lead, head
    [5, 5, 10, 3, 'right', ['ready', 'ready', 'ready']],
    [5, 5, 10, 3, 'none', ['ready', 'close', 'close']], // self-ratings alone: no "ready" above the first rung
    [5, 5, 10, 0, 'right', ['ready', 'close', 'not-yet']], // lead needs 1 year leading (1 short is close), head 3
    [5, 5, 4, 3, 'right', ['ready', 'ready', 'close']], // head: 2 years short is still close
    [5, 5, 3, 3, 'right', ['ready', 'ready', 'not-yet']], // head: 3 years short
    [3, 3, 10, 3, 'none', ['ready', 'close', 'close']], // 3 meets junior and lead; head expects 4: 75/100
    [2, 2, 10, 3, 'wrong', ['not-yet', 'not-yet', 'not-yet']],
  ] as const)(
    'rated %i/%i with %i years (%i leading), answers %s',
    (tech, people, years, leading, answered, expected) => {
      const levels = readinessByLevel(ladderQuiz, scored(tech, people, answered), bg(years, leading));
      expect(levels.map((l) => l.status)).toEqual(expected);
    },
  );

  it('says why, criterion by criterion, and marks the target', () => {
    const [junior, lead] = readinessByLevel(ladderQuiz, scored(5, 1), bg(1, 0));
    expect(junior!.why).toHaveLength(3); // the first rung needs no knowledge evidence
    expect(lead!.why.join(' | ')).toMatch(
      /skills \d+\/100 \(\+\/- \d+\).*\| 1 year of experience, 2 years short of the 3-5 years.*\| 0 years leading people, 1 year short of the 1 year.*\| knowledge barely measured: 0 questions/,
    );
    expect(lead!.isTarget).toBe(true);
    expect(lead!.expectedSkills.map((s) => [s.skill, s.expected, s.yours, s.met])).toEqual([
      ['tech', 3, 5, true],
      ['people', 3, 1, false],
    ]);
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
    {
      id: 'net-cert',
      name: 'Network Basics Cert',
      issuer: 'X',
      level: 'entry',
      summary: 'Networking fundamentals.',
      skills: ['tech'],
      source: 's',
    },
    {
      id: 'neutral',
      name: 'Vendor Management Cert',
      issuer: 'Y',
      level: 'foundation',
      summary: 'Vendor and contract management basics.',
      skills: ['projects'],
      source: 's',
      prerequisites: [{ text: 'Two years managing contracts.', source: 'issuer' }],
    },
    {
      id: 'pm-cert',
      name: 'Project Cert',
      issuer: 'Z',
      level: 'advanced',
      summary: 'Projects.',
      skills: ['people'],
      source: 's',
      prerequisites: [{ text: '36 months leading projects.', source: 'issuer' }],
    },
  ];

  it('ranks by weight at the target times the shortfall from what it expects', () => {
    // lead expects 3 of both: tech importance 3, you 2 -> 3 x 1; people 2 + 2 (emphasised), you 1 -> 4 x 2
    const gaps = rankGaps(ladderQuiz, scored(2, 1), [...catalog], []);
    expect(gaps.map((g) => [g.skill, g.proficiency, g.expected, g.priority])).toEqual([
      ['people', 1, 3, 8],
      ['tech', 2, 3, 3],
    ]);
  });

  it('leaves out skills at or above what the target expects', () => {
    expect(rankGaps(ladderQuiz, scored(3, 2), [...catalog], []).map((g) => g.skill)).toEqual(['people']);
  });

  it('advises only the focus areas and certifications the data links to the skill, with prerequisites', () => {
    const gaps = rankGaps(ladderQuiz, scored(1, 2), [...catalog], []);
    const tech = gaps.find((g) => g.skill === 'tech');
    const people = gaps.find((g) => g.skill === 'people');
    expect(tech!.focus).toEqual([{ level: 'junior', text: 'Network basics' }]);
    expect(tech!.certifications.map((c) => [c.id, c.recommendedAt])).toEqual([['net-cert', ['junior']]]);
    // "Vendor Management Cert" shares words with the skill's name but is not linked to it.
    expect(people!.certifications.map((c) => [c.id, c.prerequisites])).toEqual([
      ['pm-cert', [{ text: '36 months leading projects.', source: 'issuer' }]],
    ]);
    expect(people!.focus.map((f) => f.text)).toEqual(['Vendor relationships']);
  });

  it('does not recommend a certification you hold', () => {
    const [tech] = rankGaps(ladderQuiz, scored(1, 5), [...catalog], ['net-cert']);
    expect(tech!.certifications).toEqual([]);
  });

  it("links the data init starter's focus areas only to the skills named for them", () => {
    const quiz = quizFor(data, 'it-ops-manager', 20, '1', 'manager');
    const gaps = rankGaps(
      quiz,
      scoreSheet(
        quiz,
        sheetWith(
          quiz,
          () => 1,
          () => false,
        ),
      ).skills,
      data.certifications,
      [],
    );
    const vendor = gaps.find((g) => g.skill === 'vendor-management')!;
    expect(vendor.focus.map((f) => f.text)).toContain('Vendor relationships');
    // Budgeting is not linked to PMP by words: PMP's link is its own skills list, and it states its prerequisites.
    const pmp = gaps.flatMap((g) => g.certifications).find((c) => c.id === 'pmp');
    if (pmp) expect(pmp.prerequisites.length).toBeGreaterThan(0);
  });
});

describe('role fit', () => {
  const role = (id: string, skills: [string, number][]): Role =>
    ({
      id,
      title: id.toUpperCase(),
      skills: skills.map(([skill, importance]) => ({ skill, importance, source: 's' })),
    }) as Role;
  const mine = scored(5, 3); // tech 100, people 50

  it.each([
    ['all-tech', [['tech', 3]], 100, 100],
    [
      'half',
      [
        ['tech', 1],
        ['people', 1],
      ],
      75,
      100,
    ],
    [
      'unmeasured',
      [
        ['tech', 1],
        ['cooking', 1],
      ],
      50,
      50,
    ],
  ] as const)('%s fits %i with %i%% measured', (id, skills, fit, measured) => {
    const [result] = rankRoleFit(
      [
        role(
          id,
          skills.map(([s, i]) => [s, i]),
        ),
      ],
      mine,
      'ops',
    ).roles;
    expect(result).toMatchObject({ fit, measured });
  });

  it('ranks best first, leaves out the quiz role, and lists roles without skills apart', () => {
    const ranking = rankRoleFit(
      [role('ops', [['tech', 3]]), role('low', [['people', 1]]), role('high', [['tech', 1]]), role('empty', [])],
      mine,
      'ops',
    );
    expect(ranking.roles.map((r) => r.id)).toEqual(['high', 'low']);
    expect(ranking.withoutSkills.map((r) => r.id)).toEqual(['empty']);
  });
});

describe('time to the target (the career path model)', () => {
  const report = (
    role: string,
    level: string,
    rating: number,
    years: number,
    leading: number,
    currentLevel?: string,
  ) => {
    const quiz = quizFor(data, role, 30, '1', level);
    const sheet = sheetWith(
      quiz,
      () => rating,
      () => rating >= 4,
    );
    sheet.background = { ...bg(years, leading), ...(currentLevel ? { currentLevel } : {}) };
    return buildQuizReport(data, quiz, sheet, meta);
  };
  const ref = (key: string) => findLevelOrUndefined(data, key)!;

  it('is zero when you are ready for the target already', () => {
    const { estimate } = report('it-ops-manager', 'manager', 5, 8, 3);
    expect(estimate).toMatchObject({ status: 'ready-now', years: { typical: 0 } });
  });

  it('counts your years as time served only in the rung you say you hold', () => {
    const held = report('it-manager', 'cio', 5, 8, 4, 'manager').estimate;
    const plan = planPath(data, ref('it-manager:manager'), ref('it-manager:cio'), { pace: 'typical', experience: 8 });
    expect(held).toMatchObject({ status: 'estimated', from: { id: 'manager' }, years: plan.total.years });

    const notHeld = report('it-manager', 'cio', 5, 8, 4).estimate;
    const fresh = planPath(data, ref('it-manager:manager'), ref('it-manager:cio'), { pace: 'typical' });
    expect(notHeld).toMatchObject({ from: { id: 'manager' }, years: fresh.total.years });
    expect(notHeld.assumption).toMatch(/none of your years count as time served/);
  });

  it('is never shorter than the leadership the target still needs', () => {
    const { estimate, readiness } = report('it-ops-manager', 'manager', 3, 3, 0);
    expect(readiness.levels[1]!.criteria.leadership).toBe('short');
    expect(estimate.years!.min).toBeGreaterThanOrEqual(readiness.levels[1]!.leadership.needed);
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
    expect(estimate.assumption).toMatch(/the readiness table shows/);
  });
});

// The entry role's quiz end to end: `career quiz --answers FILE --json` scores
// a first-year help desk technician against the help-desk-technician bank, and
// each rung of the two-rung ladder holds them to its own expectations.
import { describe, expect, it } from 'vitest';
import { runInProcess } from '../helpers/run-in-process.js';

interface ExpectedSkill {
  skill: string;
  expected: number;
  met: boolean;
}
interface Level {
  id: string;
  status: 'ready' | 'close' | 'not-yet';
  criteria: Record<'skills' | 'experience' | 'leadership' | 'evidence', 'met' | 'near' | 'short'>;
  expects: { leadershipYears: number; origin: string; source: string };
  expectedSkills: ExpectedSkill[];
}

const answers = 'tests/fixtures/answers/help-desk-technician.yaml';

async function quiz() {
  const result = await runInProcess(['quiz', '--answers', answers, '--json', '--no-save']);
  expect(result.status, result.stderr).toBe(0);
  return JSON.parse(result.stdout) as {
    role: { id: string };
    target: { id: string };
    knowledge: { correct: number; asked: number };
    readiness: { levels: Level[] };
  };
}

const level = (levels: Level[], id: string) => levels.find((l) => l.id === id)!;
const expected = (lvl: Level, skill: string) => lvl.expectedSkills.find((s) => s.skill === skill)?.expected;

describe('career quiz help-desk-technician --answers', () => {
  it('scores the answers against the help desk bank', async () => {
    const report = await quiz();
    expect(report.role.id).toBe('help-desk-technician');
    expect(report.target.id).toBe('help-desk-technician:network-support');
    expect(report.knowledge).toEqual({ correct: 11, asked: 15 });
  });

  it('holds each rung to its own bar: networking is basic on the help desk, working in network support', async () => {
    const { levels } = (await quiz()).readiness;
    const desk = level(levels, 'user-support');
    const network = level(levels, 'network-support');
    for (const lvl of [desk, network]) {
      expect(lvl.expects).toMatchObject({ leadershipYears: 0, origin: 'data', source: 'career-assumption' });
    }
    expect(expected(desk, 'networking')).toBe(2);
    expect(expected(network, 'networking')).toBe(3);
    expect(expected(network, 'os-administration')).toBe(3);
  });

  it('a first-year technician is ready for the help desk rung, and only close for network support, a year short', async () => {
    const { levels } = (await quiz()).readiness;
    expect(level(levels, 'user-support').status).toBe('ready');
    const network = level(levels, 'network-support');
    expect(network.status).toBe('close');
    expect(network.criteria).toMatchObject({ experience: 'near', leadership: 'met' });
  });
});

// The calibration people of issue 11, end to end: each answers file is a
// person a career coach would judge a certain way, and `career quiz --answers
// FILE --json` must give that verdict. The files answer a fixed set of
// questions from today's banks (see each file's header).
import { describe, expect, it } from 'vitest';
import { runJsonInProcess } from '../helpers/run-in-process.js';

interface Level {
  id: string;
  status: 'ready' | 'close' | 'not-yet';
  criteria: Record<'skills' | 'experience' | 'leadership' | 'evidence', 'met' | 'near' | 'short'>;
  leadership: { needed: number; yours: number };
}
interface Report {
  overall: number;
  measurement: string;
  knowledge: { correct: number; asked: number };
  readiness: { levels: Level[] };
  estimate: {
    status: string;
    from: { id: string } | null;
    years: { min: number; typical: number; max: number } | null;
    assumption: string;
  };
}

const quiz = async (file: string): Promise<Report> =>
  await runJsonInProcess(['quiz', '--answers', `tests/fixtures/answers/${file}`, '--json', '--no-save']);
const statusOf = (report: Report, id: string) => report.readiness.levels.find((l) => l.id === id)!.status;
const at = (report: Report, id: string) => report.readiness.levels.find((l) => l.id === id)!;
const rank = { 'not-yet': 0, close: 1, ready: 2 } as const;

describe('calibration: the verdicts a coach would give', () => {
  it('12 years, 6 leading, every skill 3, 70% right: ready for the assistant and manager rungs, not ready for director', async () => {
    const report = await quiz('calibration-ops-steady.yaml');
    expect(report.knowledge).toEqual({ correct: 14, asked: 20 });
    expect(statusOf(report, 'assistant')).toBe('ready');
    expect(statusOf(report, 'manager')).toBe('ready');
    expect(statusOf(report, 'director')).not.toBe('ready');
    // Director is held back by skills, not by years or leadership: this person has both.
    expect(at(report, 'director').criteria).toMatchObject({ experience: 'met', leadership: 'met' });
    expect(at(report, 'director').criteria.skills).not.toBe('met');
  });

  it('the same sheet rated 4 with one question answered: not ready above the manager rung, and says knowledge was barely measured', async () => {
    const report = await quiz('calibration-ops-one-question.yaml');
    expect(report.knowledge.asked).toBe(1);
    const levels = report.readiness.levels;
    const managerIndex = levels.findIndex((l) => l.id === 'manager');
    levels.slice(managerIndex + 1).forEach((level) => expect(level.status, level.id).not.toBe('ready'));
    expect(at(report, 'director').criteria.evidence).toBe('near');
    expect(report.measurement).toMatch(/^Knowledge barely measured: 1 question over 23 skills/);
  });

  it('an IT Manager (8 years, 4 leading, 11 of 14 right, target CIO): ready for IT Manager; the estimate starts there and agrees with career path', async () => {
    const report = await quiz('calibration-it-manager.yaml');
    expect(report.knowledge).toEqual({ correct: 11, asked: 14 });
    expect(statusOf(report, 'manager')).toBe('ready');
    expect(statusOf(report, 'senior')).not.toBe('ready');
    expect(report.estimate.status).toBe('estimated');
    expect(report.estimate.from?.id).toBe('manager');
    const path = await runJsonInProcess<{ total: { years: Report['estimate']['years'] } }>([
      'path',
      'it-manager',
      'it-manager:cio',
      '--experience',
      '8',
      '--json',
    ]);
    expect(report.estimate.years).toEqual(path.total.years);
  });

  it('a help-desk technician (3 years, no one led, ratings 2-3): ready or close for the assistant rung, not yet for manager because of leadership', async () => {
    const report = await quiz('calibration-help-desk.yaml');
    expect(rank[statusOf(report, 'assistant')]).toBeGreaterThanOrEqual(rank.close);
    const manager = at(report, 'manager');
    expect(manager.status).toBe('not-yet');
    expect(manager.criteria.leadership).toBe('short');
    expect(manager.criteria.experience).toBe('met');
    // At least the leadership years the manager rung needs before getting there.
    expect(report.estimate.status).toBe('estimated');
    expect(report.estimate.years!.min).toBeGreaterThanOrEqual(manager.leadership.needed - manager.leadership.yours);
    // And the estimate never says "already there" beside a "not yet".
    expect(report.estimate.years!.typical).toBeGreaterThan(0);
  });
});

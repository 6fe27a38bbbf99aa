// `career path` as a user runs it: arguments in, stdout, stderr and exit code out (in-process).
import { describe, expect, it } from 'vitest';
import { runInProcess, runJsonInProcess } from '../helpers/run-in-process.js';

describe('career path', () => {
  it('plans Assistant IT Manager -> IT Director with the years and salaries of the ladder', async () => {
    const { stdout, stderr, status } = await runInProcess(['path', 'it-manager:assistant', 'it-manager:director']);
    expect(status).toBe(0);
    expect(stderr).toBe('');
    expect(stdout).toMatch(/About 12 years at typical pace \(range 10-14\), 3 moves\./);
    for (const row of [
      /1\. Assistant IT Manager +│ +3\.5 \(3-4\) │ +0 │ +\$80,000/,
      /2\. IT Manager +│ +3\.5 \(3-4\) │ +3\.5 │ +\$120,000/,
      /3\. Senior IT Manager +│ +5 \(4-6\) │ +7 │ +\$150,000/,
      /4\. IT Director \(target\) +│ +- │ +12 │ +\$180,000/,
    ]) {
      expect(stdout).toMatch(row);
    }
    expect(stdout).toMatch(/Timeline \(years from now, typical pace\)/);
    expect(stdout.split('\n').every((line) => [...line].length <= 80)).toBe(true);
  });

  it('prints one JSON document with steps, totals, assumptions and alternatives as numbers', async () => {
    const plan = await runJsonInProcess(['path', 'it-manager:assistant', 'it-manager:director', '--json']);
    expect(plan.schemaVersion).toBe(1);
    expect(plan.from).toEqual({ key: 'it-manager:assistant', title: 'Assistant IT Manager' });
    expect(plan.to).toEqual({ key: 'it-manager:director', title: 'IT Director' });
    expect(plan.pace).toBe('typical');
    expect(plan.steps.map((s: any) => [s.key, s.headline, s.startYear, s.salary?.median])).toEqual([
      ['it-manager:assistant', 3.5, 0, 80000],
      ['it-manager:manager', 3.5, 3.5, 120000],
      ['it-manager:senior', 5, 7, 150000],
      ['it-manager:director', 0, 12, 180000],
    ]);
    expect(plan.steps[1].raise).toEqual({ amount: 40000, percent: 50 });
    expect(plan.steps[0].next).toMatchObject({
      kind: 'promotion',
      to: 'it-manager:manager',
      years: { min: 3, typical: 3.5, max: 4 },
    });
    expect(plan.total).toMatchObject({ years: { min: 10, typical: 12, max: 14 }, headline: 12, transitions: 0 });
    expect(plan.total.salary).toEqual({ start: 80000, end: 180000, change: 100000, percent: 125, currency: 'USD' });
    expect(plan.assumptions.every((a: unknown) => typeof a === 'string')).toBe(true);
    expect(plan.alternatives).toHaveLength(2);
    expect(plan.alternatives[0].total.headline).toBeGreaterThanOrEqual(12);
  });

  it.each([
    // IT Manager sits at 6.5 years typical (band 5-8), Senior at 10, Director at 15.
    [['--experience', '8'], 7, 1.5],
    [['--in-level', '2'], 6.5, 2],
    [['--experience', '8', '--in-level', '3'], 7, 3],
    // At year 3 of a career the Senior rung waits for year 10: no sooner than the ladder's band.
    [['--experience', '3'], 12, 0],
  ])('%j: you stand at year E, and served years pay for the moves once', async (flags, headline, credit) => {
    const base = await runJsonInProcess(['path', 'it-manager:manager', 'it-manager:director', '--json']);
    expect(base.total.headline).toBe(8.5);
    const plan = await runJsonInProcess(['path', 'it-manager:manager', 'it-manager:director', ...flags, '--json']);
    expect(plan.credit).toBe(credit);
    expect(plan.total.headline).toBe(headline);
    expect(plan.steps.reduce((sum: number, s: any) => sum + s.credit, 0)).toBe(credit);
  });

  it.each([
    [
      ['help-desk-technician', 'it-ops-manager', '--experience', '3'],
      3.5,
      /Help Desk Technician -> IT Operations Manager/,
      /Occupational\s+Outlook\s+Handbook:\s+Computer\s+Support\s+Specialists/,
    ],
    [
      ['systems-administrator', 'it-manager:director', '--experience', '6'],
      9.5,
      /Systems Administrator -> IT Director/,
      /Occupational\s+Outlook\s+Handbook:\s+Network\s+and\s+Computer\s+Systems\s+Administrators/,
    ],
    [
      ['none', 'it-ops-manager:assistant', '--pace', 'fast'],
      2.5,
      /Complete beginner -> Assistant IT Operations Manager/,
      /How to Become an It Operations Manager/,
    ],
  ])('plans from a first IT job: %j', async (args, headline, title, source) => {
    const { stdout, stderr, status } = await runInProcess(['path', ...args]);
    expect(status).toBe(0);
    expect(stderr).toBe('');
    expect(stdout).toMatch(title);
    expect(stdout).toMatch(source);
    expect(stdout).toMatch(/What the path earns/);
    expect(stdout).toMatch(/medians are not offers/);
    expect(stdout).toMatch(/Pay by year from now/);
    expect(stdout.split('\n').filter((line) => [...line].length > 80)).toEqual([]);
    expect((await runJsonInProcess(['path', ...args, '--json'])).total.headline).toBe(headline);
  });

  it('prints earnings in --json: year by year, over the horizon, against staying', async () => {
    const plan = await runJsonInProcess([
      'path',
      'it-manager:assistant',
      'it-manager:manager',
      '--horizon',
      '10',
      '--json',
    ]);
    expect(plan.earnings).toMatchObject({
      currency: 'USD',
      horizon: 10,
      overHorizon: 1060000,
      stay: { median: 80000, overHorizon: 800000 },
      difference: 260000,
    });
    expect(plan.earnings.byYear).toHaveLength(10);
    expect(plan.total.earned).toBe(280000);
  });

  it('answers the same job on two ladders as one', async () => {
    const same = await runInProcess(['path', 'it-ops-manager:cio', 'it-manager:cio']);
    expect(same.status).toBe(0);
    expect(same.stdout).toMatch(/The same job/);
    const cio = await runJsonInProcess(['path', 'it-manager', 'cio', '--experience', '8', '--json']);
    expect(cio.assumptions[1]).toMatch(
      /same job on 2 ladders \(it-manager:cio, it-ops-manager:cio\); this is the quickest/,
    );
  });

  it('crosses tracks, naming the transition and that it is an assumption', async () => {
    const { stdout, status, stderr } = await runInProcess([
      'path',
      'Senior IT Operations Manager',
      'IT Director',
      '--pace',
      'fast',
    ]);
    expect(status).toBe(0);
    expect(stderr).toBe('');
    expect(stdout.replace(/\s+/g, ' ')).toMatch(
      /move across to IT Director \(it-manager:director\): 2-7 years, typical 4, the tool's own estimate/,
    );
    const plan = await runJsonInProcess(['path', 'it-ops-manager:senior', 'it-manager:director', '--json']);
    expect(plan.steps[0].next).toMatchObject({ kind: 'transition', source: 'career-assumption', assumption: true });
    expect(plan.total).toMatchObject({ transitions: 1, assumedTransitions: 1 });
  });

  it.each([
    [['path', 'none', 'it-ops-manager', '--background', 'changer', '--json'], 2.5],
    [['path', '--from-scratch', 'it-ops-manager', '--json'], 4],
    [['path', 'none', 'it-ops-manager:senior', '--background', 'related', '--json'], 4.5],
  ])('entry path %j', async (args, headline) => {
    const plan = await runJsonInProcess(args);
    expect(plan.total.headline).toBe(headline);
    expect(plan.steps[0].key).toBe('none');
    expect(plan.entry.steps.length).toBeGreaterThan(0);
  });

  it('fits 60 columns', async () => {
    const { stdout, status } = await runInProcess(['path', 'it-ops-manager:manager', 'it-manager:vp'], {
      env: { COLUMNS: '60' },
    });
    expect(status).toBe(0);
    expect(stdout.split('\n').filter((line) => [...line].length > 60)).toEqual([]);
  });

  it.each([
    ['a lower target', ['it-manager:director', 'it-manager:assistant'], /never down/],
    ['the same level', ['it-manager:senior', 'Senior IT Manager'], /both the start and the target/],
    [
      'ends with no connection',
      ['network-administrator', 'it-ops-manager:assistant'],
      /no route from network-administrator:administrator to it-ops-manager:assistant/,
    ],
    [
      '--experience 1e308',
      ['it-manager', 'it-manager:cio', '--experience', '1e308'],
      /--experience 1e\+308 is more than a working life/,
    ],
    ['--experience over 60 years', ['it-manager', 'it-manager:cio', '--experience', '61'], /more than a working life/],
    [
      '--in-level beyond --experience',
      ['it-manager', 'it-manager:cio', '--in-level', '5', '--experience', '1'],
      /--in-level 5 is more than --experience 1/,
    ],
    [
      '--horizon over 60 years',
      ['it-manager', 'it-manager:cio', '--horizon', '100'],
      /--horizon 100 is more than a working life/,
    ],
    [
      'an unknown end',
      ['it-manager:assistant', 'it-direktor'],
      /unknown role or level "it-direktor" \(did you mean "it-director"/,
    ],
    ['a role with no ladder', ['network-operations-manager', 'it-manager'], /has no career ladder/],
    ['a missing target', ['it-manager:assistant'], /missing TO/],
    [
      '--background without an entry path',
      ['it-manager:assistant', 'it-manager:director', '--background', 'related'],
      /only to an entry path/,
    ],
    ['--in-level on an entry path', ['none', 'it-manager', '--in-level', '2'], /need a starting level/],
    [
      'a fractional --alternatives',
      ['it-manager:assistant', 'it-manager:director', '--alternatives', '1.5'],
      /whole number/,
    ],
  ])('refuses %s with exit code 2 and nothing on stdout', async (_name, args, message) => {
    const { stdout, stderr, status } = await runInProcess(['path', ...args, '--json']);
    expect(status).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(message);
    expect(stderr.trim().split('\n')).toHaveLength(1);
  });
});

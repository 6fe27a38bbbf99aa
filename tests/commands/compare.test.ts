import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { others, primary } from '../../src/shared/figures.js';
import { money } from '../../src/render/format.js';
import { builtInData } from '../helpers/data.js';
import { runInProcess, runJsonInProcess } from '../helpers/run-in-process.js';

// The documented JSON shape of `career compare --json`. Strict objects: a key
// added, renamed or dropped fails here, so the contract changes on purpose only.
const text = z.string().min(1);
const withAlternatives = <T extends z.ZodRawShape>(shape: T) =>
  z.strictObject({ ...shape, why: z.string().nullable(), others: z.array(z.strictObject(shape)) }).nullable();
// `qualifier`: what a figure is for (its band, scope or the figure it goes with).
const qualifier = z.string().min(1).nullable();
const amount = {
  value: z.number(),
  currency: z.string().length(3),
  place: text,
  source: text,
  asOf: z.string().nullable(),
  qualifier,
};
const difference = z
  .strictObject({
    relativeTo: text,
    basis: z.enum(['median', 'average']),
    amount: z.number(),
    percent: z.number().nullable(),
  })
  .nullable();
const experience = { min: z.number(), max: z.number().nullable(), openEnded: z.boolean() };
const role = z.strictObject({
  key: text,
  id: text,
  title: text,
  salary: z.strictObject({
    median: withAlternatives(amount),
    average: withAlternatives(amount),
    range: withAlternatives({
      min: z.number(),
      max: z.number().nullable(),
      openEnded: z.boolean(),
      currency: z.string().length(3),
      source: text,
      qualifier,
    }),
  }),
  difference,
  differenceNote: z.string().nullable(),
  growth: withAlternatives({
    percent: z.number(),
    period: text.nullable(),
    outlook: z.string().nullable(),
    scope: z.string().nullable(),
    source: text,
    qualifier,
  }),
  annualOpenings: withAlternatives({ value: z.number(), source: text, qualifier }),
  education: z.strictObject({ summary: text, source: text }).nullable(),
  experience: z.strictObject({ ...experience, level: text, source: text }).nullable(),
  experienceAsked: z.strictObject({ ...experience, qualifier: text, source: text }).nullable(),
  topIndustries: z.strictObject({ items: z.array(text), source: text }).nullable(),
  globalSalaries: z.array(
    z.strictObject({
      country: text,
      place: z.string().nullable(),
      currency: z.string().length(3),
      localMin: z.number().nullable(),
      localMax: z.number().nullable(),
      usdMin: z.number().nullable(),
      usdMax: z.number().nullable(),
      source: text,
    }),
  ),
});
const level = z.strictObject({
  key: text,
  id: text,
  title: text,
  role: z.strictObject({ id: text, title: text }),
  position: z.number().int().min(1),
  ladderLength: z.number().int().min(1),
  salary: z.strictObject({ median: withAlternatives(amount), average: withAlternatives(amount) }),
  difference,
  differenceNote: z.string().nullable(),
  experience: z.strictObject(experience),
  scope: text,
  focus: z.array(text),
  source: text,
});
const ladderCell = z.strictObject({
  id: text,
  title: text,
  main: z.boolean(),
  experience: z.strictObject(experience),
  median: z.number().nullable(),
  average: z.number().nullable(),
  currency: z.string().nullable(),
  source: text,
  difference,
});
const ladders = z
  .strictObject({
    relativeTo: text,
    roles: z.array(
      z.strictObject({
        key: text,
        id: text,
        title: text,
        hasLadder: z.boolean(),
        mainLevel: z.string().nullable(),
        source: z.string().nullable(),
      }),
    ),
    rows: z.array(
      z.strictObject({ position: z.number().int().min(1), label: text, cells: z.array(ladderCell.nullable()) }),
    ),
  })
  .nullable();
const named = z.array(z.strictObject({ id: text, name: text }));
const overlap = z.strictObject({
  measure: z.literal('jaccard'),
  definition: text,
  common: named,
  pairs: z.array(
    z.strictObject({
      a: text,
      b: text,
      shared: named,
      onlyA: named,
      onlyB: named,
      jaccard: z.number().min(0).max(1).nullable(),
    }),
  ),
});
const comparisonDocument = z.strictObject({
  schemaVersion: z.literal(1),
  items: z
    .array(
      z.strictObject({
        key: text,
        kind: z.enum(['role', 'level']),
        title: text,
        roleId: text,
        levelId: z.string().nullable(),
      }),
    )
    .min(2)
    .max(4),
  roles: z.array(role),
  levels: z.array(level),
  better: z.strictObject({
    median: z.string().nullable(),
    average: z.string().nullable(),
    growth: z.string().nullable(),
    annualOpenings: z.string().nullable(),
  }),
  ladders,
  skills: overlap,
  certifications: overlap,
  sources: z.array(z.object({ id: text, publisher: text, title: text })),
});

const data = builtInData();
const ANSI = /\u001b\[/;
const widest = (out: string) => Math.max(...out.split('\n').map((line) => [...line].length));

describe('career compare', () => {
  it('prints the README comparison readably in 80 columns, with the figures of the data', async () => {
    const { stdout, stderr, status } = await runInProcess(['compare', 'it-ops-manager', 'it-manager']);
    expect(status).toBe(0);
    expect(stderr).toBe('');
    expect(stdout).not.toMatch(ANSI);
    expect(widest(stdout)).toBeLessThanOrEqual(80);
    for (const heading of [
      'Key facts',
      'Salaries around the world',
      'Career ladders, level by level',
      'U.S. median salary by level',
      'Skills',
      'Certifications',
      'Sources',
    ]) {
      expect(stdout).toContain(`\n${heading}`);
    }
    // The figures shown are the ones in the data files.
    for (const id of ['it-ops-manager', 'it-manager']) {
      const role = data.role(id);
      expect(stdout).toContain(money(primary(role.facts.medianSalary)!.value));
      for (const l of role.ladder!.levels)
        expect(stdout).toContain(`${money(l.salary!.median!)} / ${money(l.salary!.average!)}`);
    }
  });

  it('prints one JSON document in the documented shape, with the figures of the data', async () => {
    const doc = comparisonDocument.parse(await runJsonInProcess(['compare', 'it-ops-manager', 'it-manager', '--json']));
    expect(doc.items.map((i) => i.key)).toEqual(['it-ops-manager', 'it-manager']);
    const roles = doc.roles.map((compared) => data.role(compared.id));
    doc.roles.forEach((compared, i) => {
      const medians = roles[i]!.facts.medianSalary!;
      expect(compared.salary.median).toMatchObject({
        value: primary(medians)!.value,
        source: primary(medians)!.source,
      });
      expect(compared.salary.median!.others.map((o) => o.value)).toEqual(others(medians).map((f) => f.value));
    });
    expect(doc.ladders!.rows.map((r) => r.cells.map((c) => c!.median))).toEqual(
      roles[0]!.ladder!.levels.map((_, i) => roles.map((role) => role.ladder!.levels[i]!.salary!.median)),
    );
    expect(doc.skills.pairs[0]!.jaccard).toBeGreaterThan(0.5);
  });

  it('compares levels named as ROLE:LEVEL and by title, and mixes in roles, in the same JSON shape', async () => {
    const levels = comparisonDocument.parse(
      await runJsonInProcess(['compare', 'it-manager:senior', 'IT Operations Director', '--json']),
    );
    expect(levels.items.map((i) => [i.kind, i.key])).toEqual([
      ['level', 'it-manager:senior'],
      ['level', 'it-ops-manager:director'],
    ]);
    expect(levels.levels.map((l) => l.salary.median!.value)).toEqual([150000, 175000]);
    expect(levels.levels[1]!.difference).toEqual({
      relativeTo: 'it-manager:senior',
      basis: 'median',
      amount: 25000,
      percent: 16.7,
    });

    const mixed = comparisonDocument.parse(
      await runJsonInProcess(['compare', 'it-ops-manager', 'cio', 'it-manager:vp', 'systems-manager', '--json']),
    );
    expect(mixed.roles.map((r) => r.id)).toEqual(['it-ops-manager', 'cio', 'systems-manager']);
    expect(mixed.skills.pairs).toHaveLength(3);
    expect(mixed.ladders!.roles.map((r) => r.hasLadder)).toEqual([true, false, false]);
  });

  it('switches to one block per role at COLUMNS=60, with no line wider', async () => {
    const { stdout, status } = await runInProcess(['compare', 'it-ops-manager', 'it-manager'], {
      env: { COLUMNS: '60' },
    });
    expect(status).toBe(0);
    expect(widest(stdout)).toBeLessThanOrEqual(60);
    expect(stdout).not.toMatch(/│ IT Operations Manager\s+│ IT Manager/);
  });

  it.each([
    ['one role', ['it-manager'], /at least 2 roles or levels, got 1/],
    [
      'five roles',
      ['it-manager', 'it-ops-manager', 'cio', 'it-director', 'systems-manager'],
      /at most 4 roles or levels, got 5/,
    ],
    ['the same role twice', ['it-manager', 'IT Manager'], /role it-manager is named twice/],
    ['the same level twice', ['it-manager:senior', 'Senior IT Manager'], /level it-manager:senior is named twice/],
    [
      'an unknown role',
      ['it-manager', 'it-mangaer'],
      /unknown role or level "it-mangaer" \(did you mean "it-manager"\?\)/,
    ],
    ['an unknown level', ['it-manager', 'it-ops-manager:seniour'], /no level "seniour" \(did you mean "senior"\?\)/],
    ['a level of a role without a ladder', ['it-manager', 'cio:cio'], /no career ladder/],
    ['no role at all', [], /missing required argument/],
  ])('rejects %s: message on stderr, exit 2, nothing on stdout', async (_name, args, message) => {
    const { stdout, stderr, status } = await runInProcess(['compare', ...args]);
    expect(status).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(message);
    expect(stderr).not.toMatch(/\n\s+at /); // no stack trace
  });

  it('prints no JSON for bad input either', async () => {
    const { stdout, stderr, status } = await runInProcess(['compare', 'it-manager', 'plumber', '--json']);
    expect([status, stdout]).toEqual([2, '']);
    expect(stderr).toMatch(/^career: unknown role or level "plumber"; run "career roles"/);
  });

  it('colours only when asked: FORCE_COLOR on, NO_COLOR and --no-color off, JSON never', async () => {
    const args = ['compare', 'it-ops-manager', 'it-manager'];
    expect((await runInProcess(args, { env: { FORCE_COLOR: '1' } })).stdout).toMatch(ANSI);
    expect((await runInProcess(args, { env: { FORCE_COLOR: '1', NO_COLOR: '1' } })).stdout).not.toMatch(ANSI);
    expect((await runInProcess([...args, '--no-color'], { env: { FORCE_COLOR: '1' } })).stdout).not.toMatch(ANSI);
    expect((await runInProcess([...args, '--json'], { env: { FORCE_COLOR: '1' } })).stdout).not.toMatch(ANSI);
  });
});

// Invariants of the path search, on the built-in data and on generated ladders:
// totals are the sums of the steps, time only moves forward, a route never
// goes to a lower rung, and detours never beat climbing one's own ladder.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findLevelOrUndefined, type LevelRef } from '../../src/core/lookup.js';
import { planPath, type PathOptions, type PathPlan, type PathRoute } from '../../src/core/path.js';
import { inMemoryDataSet, type DataSet } from '../../src/data/dataset.js';
import { roleSchema, type Transition } from '../../src/data/schema.js';
import { UserError } from '../../src/errors.js';
import { builtInData } from '../helpers/data.js';

const close = (a: number, b: number) => Math.abs(a - b) < 1e-6;

/** Roles with an entry move out: their rungs are not compared with the management ladders'. */
let entryRoleIds: ReadonlySet<string> = new Set();

function checkRoute(route: PathRoute, from: LevelRef, to: LevelRef): void {
  const { steps, total } = route;
  expect(steps[0]!.key).toBe(`${from.role.id}:${from.level.id}`);
  expect(steps.at(-1)!.key).toBe(`${to.role.id}:${to.level.id}`);
  expect(new Set(steps.map((s) => s.key)).size).toBe(steps.length);
  // Totals are the sums of the steps.
  expect(
    close(
      total.headline,
      steps.reduce((sum, s) => sum + s.headline, 0),
    ),
  ).toBe(true);
  for (const part of ['min', 'typical', 'max'] as const) {
    expect(
      close(
        total.years[part],
        steps.reduce((sum, s) => sum + s.years[part], 0),
      ),
    ).toBe(true);
  }
  steps.forEach((step, i) => {
    expect(step.years.min).toBeGreaterThanOrEqual(0);
    expect(step.years.min).toBeLessThanOrEqual(step.years.typical);
    expect(step.years.typical).toBeLessThanOrEqual(step.years.max);
    // Cumulative time only moves forward, step after step.
    expect(close(step.endYear, step.startYear + step.headline)).toBe(true);
    if (i > 0) expect(close(step.startYear, steps[i - 1]!.endYear)).toBe(true);
    // Never down: each step is at the same rung or higher.
    const before = steps[i - 1];
    if (before && !(entryRoleIds.has(before.role!.id) && before.role!.id !== step.role!.id))
      expect(step.level!.rank).toBeGreaterThanOrEqual(before.level!.rank);
  });
  expect(close(steps.at(-1)!.startYear, total.headline)).toBe(true);
  // Earnings are the sums of the steps' (years x median).
  if (total.earned !== null) expect(total.earned).toBe(steps.reduce((sum, s) => sum + (s.earned ?? 0), 0));
  steps.forEach((s) => s.earned !== null && expect(s.earned).toBe(Math.round(s.headline * s.salary!.median)));
}

function checkPlan(plan: PathPlan, from: LevelRef, to: LevelRef, alternatives: number): void {
  checkRoute(plan, from, to);
  expect(plan.alternatives.length).toBeLessThanOrEqual(alternatives);
  for (const route of plan.alternatives) {
    checkRoute(route, from, to);
    expect(route.total.headline).toBeGreaterThanOrEqual(plan.total.headline - 1e-6);
  }
  const keys = [plan, ...plan.alternatives].map((r) => r.steps.map((s) => s.key).join('>'));
  expect(new Set(keys).size).toBe(keys.length);
}

/** Plans, or returns the UserError: any other error fails the property. */
function attempt(data: DataSet, from: LevelRef, to: LevelRef, options: PathOptions): PathPlan | UserError {
  try {
    return planPath(data, from, to, options);
  } catch (error) {
    expect(error).toBeInstanceOf(UserError);
    expect((error as UserError).exitCode).toBe(2);
    return error as UserError;
  }
}

// --in-level is part of --experience (a larger one is refused), so it is drawn no larger.
const optionsArb = fc
  .record({
    pace: fc.constantFrom('fast' as const, 'typical' as const, 'slow' as const),
    experience: fc.option(
      fc.integer({ min: 0, max: 80 }).map((n) => n / 2),
      { nil: undefined },
    ),
    inLevel: fc.option(
      fc.integer({ min: 0, max: 30 }).map((n) => n / 2),
      { nil: undefined },
    ),
    alternatives: fc.integer({ min: 0, max: 3 }),
  })
  .map((o) =>
    o.experience !== undefined && o.inLevel !== undefined ? { ...o, inLevel: Math.min(o.inLevel, o.experience) } : o,
  );

describe('on the built-in data', () => {
  const data = builtInData();
  entryRoleIds = new Set(data.transitions.filter((t) => t.entry).map((t) => t.from.split(':')[0]!));
  const keys = data.roleIndex.flatMap((role) => role.levels.map((l) => `${role.id}:${l.id}`));
  const level = (key: string) => findLevelOrUndefined(data, key)!;

  it('plans every forward pair, and every plan sums up, moves forward and never goes down', () => {
    fc.assert(
      fc.property(fc.constantFrom(...keys), fc.constantFrom(...keys), optionsArb, (fromKey, toKey, options) => {
        const from = level(fromKey);
        const to = level(toKey);
        const result = attempt(data, from, to, options);
        if (result instanceof UserError) {
          // Refused only when it had to be: the same level, a lower rung, or no connection between two ladders.
          expect(fromKey === toKey || to.index < from.index || from.role.id !== to.role.id).toBe(true);
          return;
        }
        checkPlan(result, from, to, options.alternatives);
      }),
      { numRuns: 100 },
    );
  });
});

// Generated data: ladders whose bands rise, and random transitions between them.
const levelArb = fc.record({
  step: fc.integer({ min: 0, max: 6 }),
  width: fc.integer({ min: 0, max: 8 }),
  grow: fc.integer({ min: 0, max: 3 }),
});
const ladderArb = fc.record({ levels: fc.array(levelArb, { minLength: 2, maxLength: 6 }), openTop: fc.boolean() });
const transitionArb = fc.record({
  from: fc.tuple(fc.nat(), fc.nat()),
  to: fc.tuple(fc.nat(), fc.nat()),
  years: fc
    .tuple(fc.integer({ min: 0, max: 8 }), fc.integer({ min: 0, max: 8 }), fc.integer({ min: 0, max: 8 }))
    .map((t) => t.sort((a, b) => a - b)),
});

interface LadderSpec {
  levels: { step: number; width: number; grow: number }[];
  openTop: boolean;
}
interface TransitionSpec {
  from: [number, number];
  to: [number, number];
  years: number[];
}

function role(id: string, spec: LadderSpec) {
  let min = 0;
  let max = 0;
  const levels = spec.levels.map((l, i) => {
    min += l.step;
    max = Math.max(max + l.grow, min + l.width);
    const open = spec.openTop && i === spec.levels.length - 1;
    return {
      id: `l${i}`,
      title: `${id} level ${i}`,
      experience: open ? { min, openEnded: true } : { min, max },
      salary: { median: 50000 + 10000 * i, currency: 'USD', source: 'test' },
      scope: 'generated',
      focus: ['generated'],
      source: 'test',
    };
  });
  return roleSchema.parse({
    id,
    title: `Role ${id}`,
    summary: 'generated',
    ladder: { mainLevel: 'l0', source: 'test', levels },
  });
}

function dataSet(ladders: LadderSpec[], transitions: TransitionSpec[]): DataSet {
  const roles = ladders.map((spec, i) => role(`r${i}`, spec));
  const pick = ([r, l]: [number, number]) => {
    const roleIndex = r % roles.length;
    return `r${roleIndex}:l${l % ladders[roleIndex]!.levels.length}`;
  };
  const moves: Transition[] = transitions.map((t) => ({
    from: pick(t.from),
    to: pick(t.to),
    years: { min: t.years[0]!, typical: t.years[1]!, max: t.years[2]! },
    source: 'test',
    note: 'generated',
  }));
  return inMemoryDataSet({ sources: [], skills: [], certifications: [], transitions: moves, roles, quizzes: [] });
}

describe('on generated ladders', () => {
  const scenario = fc.record({
    ladders: fc.array(ladderArb, { minLength: 1, maxLength: 3 }),
    transitions: fc.array(transitionArb, { maxLength: 8 }),
    from: fc.tuple(fc.nat(), fc.nat()),
    to: fc.tuple(fc.nat(), fc.nat()),
    options: optionsArb,
  });
  const ends = (data: DataSet, ladders: LadderSpec[], [r, l]: [number, number]) => {
    const roleIndex = r % ladders.length;
    return findLevelOrUndefined(data, `r${roleIndex}:l${l % ladders[roleIndex]!.levels.length}`)!;
  };

  it('every plan sums up, moves forward and never goes down', () => {
    fc.assert(
      fc.property(scenario, ({ ladders, transitions, from, to, options }) => {
        const data = dataSet(ladders, transitions);
        const a = ends(data, ladders, from);
        const b = ends(data, ladders, to);
        const result = attempt(data, a, b, options);
        if (result instanceof UserError) {
          expect(a.role.id !== b.role.id || a.index >= b.index).toBe(true);
          return;
        }
        checkPlan(result, a, b, options.alternatives);
      }),
      { numRuns: 100 },
    );
  });

  // Without --experience the route starts where the ladder puts the level, and
  // every level waits for its band, so a detour can only tie. With more
  // experience than the bands ask, promotions take their own (fast-pace) time
  // while a transition takes what the data gives, which may be less.
  it('no detour beats climbing the ladder itself (without --experience)', () => {
    fc.assert(
      fc.property(scenario, ({ ladders, transitions, from, to, options: drawn }) => {
        const options = { ...drawn, experience: undefined };
        const data = dataSet(ladders, transitions);
        const a = ends(data, ladders, from);
        const b = findLevelOrUndefined(
          data,
          `${a.role.id}:l${to[1] % ladders[Number(a.role.id.slice(1))]!.levels.length}`,
        )!;
        fc.pre(b.index > a.index);
        const withDetours = planPath(data, a, b, options);
        const ladderOnly = planPath(dataSet(ladders, []), a, b, options);
        expect(withDetours.total.headline).toBeCloseTo(ladderOnly.total.headline, 6);
      }),
      { numRuns: 100 },
    );
  });

  it('more experience or more time in the level never makes the estimate longer', () => {
    fc.assert(
      fc.property(scenario, fc.integer({ min: 0, max: 20 }), ({ ladders, transitions, from, to, options }, extra) => {
        const data = dataSet(ladders, transitions);
        const a = ends(data, ladders, from);
        const b = ends(data, ladders, to);
        const base = attempt(data, a, b, options);
        if (base instanceof UserError) return;
        const { experience, inLevel } = options;
        const more =
          experience === undefined
            ? [{ ...options, inLevel: (inLevel ?? 0) + extra }]
            : [
                { ...options, experience: experience + extra },
                ...(inLevel === undefined
                  ? []
                  : [{ ...options, experience: experience + extra, inLevel: inLevel + extra }]),
              ];
        for (const moreOptions of more) {
          expect(planPath(data, a, b, moreOptions).total.headline).toBeLessThanOrEqual(base.total.headline + 1e-6);
        }
      }),
      { numRuns: 100 },
    );
  });
});

// The experience model: you stand at year E of your career; a level is reached
// when your years reach its band and the moves before it have taken their own
// time, which years already served pay for, each year once.
const PACE_PART = { fast: 'min', typical: 'typical', slow: 'max' } as const;

describe('the experience model', () => {
  const bandsArb = fc
    .array(fc.record({ step: fc.integer({ min: 0, max: 6 }), width: fc.integer({ min: 0, max: 8 }) }), {
      minLength: 2,
      maxLength: 6,
    })
    .map((levels) => {
      let min = 0;
      let max = 0;
      return levels.map((l) => {
        min += l.step;
        max = Math.max(max, min + l.width);
        return { min, max };
      });
    });
  const bandRole = (bands: { min: number; max: number }[]) =>
    roleSchema.parse({
      id: 'r0',
      title: 'Role r0',
      summary: 'generated',
      ladder: {
        mainLevel: 'l0',
        source: 'test',
        levels: bands.map((b, i) => ({
          id: `l${i}`,
          title: `level ${i}`,
          experience: b,
          scope: 'generated',
          focus: ['generated'],
          source: 'test',
        })),
      },
    });
  const ladderData = (bands: { min: number; max: number }[]) =>
    inMemoryDataSet({
      sources: [],
      skills: [],
      certifications: [],
      transitions: [],
      roles: [bandRole(bands)],
      quizzes: [],
    });
  const ends = (data: DataSet, from: number, to: number) =>
    [findLevelOrUndefined(data, `r0:l${from}`)!, findLevelOrUndefined(data, `r0:l${to}`)!] as const;

  it('adding a rung between two levels never makes the same person slower', () => {
    fc.assert(
      fc.property(
        bandsArb,
        fc.nat(),
        fc.nat(),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        optionsArb,
        (bands, at, fromAt, minShare, maxShare, options) => {
          const i = 1 + (at % (bands.length - 1));
          const below = bands[i - 1]!;
          const above = bands[i]!;
          const rung = {
            min: Math.round((below.min + (above.min - below.min) * minShare) * 2) / 2,
            max: 0,
          };
          rung.max = Math.max(rung.min, Math.round((below.max + (above.max - below.max) * maxShare) * 2) / 2);
          fc.pre(rung.max <= above.max && rung.max >= below.max);
          const from = fromAt % i;
          const withRung = [...bands.slice(0, i), rung, ...bands.slice(i)];
          const [a, b] = ends(ladderData(bands), from, bands.length - 1);
          const [a2, b2] = ends(ladderData(withRung), from, withRung.length - 1);
          const before = planPath(ladderData(bands), a, b, options);
          const after = planPath(ladderData(withRung), a2, b2, options);
          expect(after.total.headline).toBeLessThanOrEqual(before.total.headline + 1e-6);
        },
      ),
      { numRuns: 150 },
    );
  });

  it('more experience never lengthens any step of a ladder, nor the total', () => {
    fc.assert(
      fc.property(bandsArb, fc.nat(), optionsArb, fc.integer({ min: 1, max: 40 }), (bands, fromAt, options, extra) => {
        const data = ladderData(bands);
        const [a, b] = ends(data, fromAt % (bands.length - 1), bands.length - 1);
        const experience = options.experience ?? 0;
        const base = planPath(data, a, b, { ...options, inLevel: undefined, experience });
        const more = planPath(data, a, b, {
          ...options,
          inLevel: undefined,
          experience: Math.min(60, experience + extra / 2),
        });
        expect(more.total.headline).toBeLessThanOrEqual(base.total.headline + 1e-6);
        more.steps.forEach((step, i) => expect(step.headline).toBeLessThanOrEqual(base.steps[i]!.headline + 1e-6));
      }),
      { numRuns: 150 },
    );
  });

  it('credit is never more than the move it pays for, and the plan credit is the sum of the steps', () => {
    const data = builtInData();
    const keys = data.roleIndex.flatMap((role) => role.levels.map((l) => `${role.id}:${l.id}`));
    fc.assert(
      fc.property(fc.constantFrom(...keys), fc.constantFrom(...keys), optionsArb, (fromKey, toKey, options) => {
        const result = attempt(data, findLevelOrUndefined(data, fromKey)!, findLevelOrUndefined(data, toKey)!, options);
        if (result instanceof UserError) return;
        for (const route of [result, ...result.alternatives]) {
          for (const step of route.steps) {
            expect(step.credit).toBeGreaterThanOrEqual(0);
            if (!step.next) expect(step.credit).toBe(0);
            // Credit takes off no more than the move's own years at the chosen pace.
            else expect(step.credit).toBeLessThanOrEqual(step.next.years[PACE_PART[options.pace]] + 1e-6);
          }
          expect(
            close(
              route.total.credit,
              route.steps.reduce((sum, s) => sum + s.credit, 0),
            ),
          ).toBe(true);
        }
        expect(result.credit).toBe(result.total.credit);
        expect(result.credit).toBeLessThanOrEqual((options.inLevel ?? options.experience ?? 0) + 1e-6);
      }),
      { numRuns: 100 },
    );
  });
});

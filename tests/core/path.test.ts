import { describe, expect, it } from 'vitest';
import { findLevelOrUndefined, type LevelRef } from '../../src/core/lookup.js';
import { planPath, type Pace, type PathOptions } from '../../src/core/path.js';
import { resolvePathEnd } from '../../src/core/path-ends.js';
import { planEntryPath } from '../../src/core/path-entry.js';
import { quickestOfSameJob, sameJobTargets } from '../../src/core/path-same-job.js';
import { UserError } from '../../src/errors.js';
import { builtInData } from '../helpers/data.js';

const data = builtInData();
const level = (key: string): LevelRef => findLevelOrUndefined(data, key)!;
const plan = (from: string, to: string, options: Partial<PathOptions> = {}) =>
  planPath(data, level(from), level(to), { pace: 'typical', ...options });

/** Where the data's ladder puts a level at a pace: low end, middle or high end of its band. */
function point(key: string, pace: Pace): number {
  const { role, index } = level(key);
  const levels = role.ladder!.levels;
  const band = levels[index]!.experience;
  // An open-ended band is as wide as the one below it (the documented assumption).
  const below = levels[index - 1]?.experience;
  const max = band.max ?? band.min + (below ? below.max! - below.min : 0);
  return pace === 'fast' ? band.min : pace === 'slow' ? max : (band.min + max) / 2;
}

describe('planPath on one ladder', () => {
  it('steps, years and salaries follow the IT Manager ladder in the data', () => {
    const result = plan('it-manager:assistant', 'it-manager:director');
    expect(result.steps.map((s) => s.key)).toEqual([
      'it-manager:assistant',
      'it-manager:manager',
      'it-manager:senior',
      'it-manager:director',
    ]);
    const keys = result.steps.map((s) => s.key);
    keys.slice(0, -1).forEach((key, i) => {
      const step = result.steps[i]!;
      expect(step.years).toEqual({
        min: point(keys[i + 1]!, 'fast') - point(key, 'fast'),
        typical: point(keys[i + 1]!, 'typical') - point(key, 'typical'),
        max: point(keys[i + 1]!, 'slow') - point(key, 'slow'),
      });
      expect(step.salary?.median).toBe(level(key).level.salary?.median);
    });
    expect(result.steps.map((s) => s.salary?.median)).toEqual([80000, 120000, 150000, 180000]);
    expect(result.steps.map((s) => s.raise?.percent ?? null)).toEqual([null, 50, 25, 20]);
    expect(result.steps.at(-1)!.years).toEqual({ min: 0, typical: 0, max: 0 });
    expect(result.total.salary).toEqual({ start: 80000, end: 180000, change: 100000, percent: 125, currency: 'USD' });
    expect(result.total.transitions).toBe(0);
  });

  it.each<[string, string, Pace, number]>([
    ['it-manager:assistant', 'it-manager:director', 'fast', 10],
    ['it-manager:assistant', 'it-manager:director', 'typical', 12],
    ['it-manager:assistant', 'it-manager:director', 'slow', 14],
    ['it-ops-manager:assistant', 'it-ops-manager:manager', 'typical', 3],
    ['it-manager:manager', 'it-manager:vp', 'typical', 15],
    ['it-manager:manager', 'it-manager:vp', 'slow', 17],
    ['it-ops-manager:senior', 'it-ops-manager:cio', 'typical', 14.5],
  ])('%s -> %s at %s pace takes %d years (the gap between the bands)', (from, to, pace, years) => {
    const result = plan(from, to, { pace });
    expect(result.total.headline).toBe(years);
    expect(result.total.headline).toBe(point(to, pace) - point(from, pace));
  });

  it('the pace picks the headline inside the range, which stays the same', () => {
    const [fast, typical, slow] = (['fast', 'typical', 'slow'] as const).map((pace) =>
      plan('it-manager:assistant', 'it-manager:director', { pace }),
    );
    expect([fast!.total.headline, typical!.total.headline, slow!.total.headline]).toEqual([10, 12, 14]);
    expect(fast!.total.years).toEqual(slow!.total.years);
    expect(fast!.total.years).toEqual({ min: 10, typical: 12, max: 14 });
  });

  it('says how time in a level is derived', () => {
    expect(plan('it-manager:assistant', 'it-manager:senior').assumptions.join('\n')).toMatch(
      /experience bands.*middle at typical pace/s,
    );
    expect(plan('it-manager:vp', 'it-manager:cio').assumptions.join('\n')).toMatch(
      /open-ended band \(25\+ years\).*25-32 years/,
    );
  });
});

describe('time already served', () => {
  // IT Manager sits at 6.5 years (band 5-8) at typical pace, Senior at 10, Director at 15.
  // IT Manager -> Senior takes 3.5 years (its own least time: 3, the fast-pace gap);
  // Senior -> Director 5 (own least time: 4).
  it.each<[string, Partial<PathOptions>, number[], number]>([
    ['nothing given', {}, [3.5, 5], 0],
    ['--in-level 2', { inLevel: 2 }, [1.5, 5], 2],
    // Ten years as IT Manager pay for both moves' own time (3 + 4): ready for Director now.
    ['--in-level beyond the steps', { inLevel: 10 }, [0, 0], 7],
    // At year 8: 1.5 years past a new IT Manager count as served.
    ['--experience 8: 1.5 years past the level', { experience: 8 }, [2, 5], 1.5],
    // At year 3, Senior waits for year 10 of the career: you stand where you are.
    ['--experience below the level waits for the bands', { experience: 3 }, [7, 5], 0],
    // --in-level is what counts as served when both are given.
    ['both: --in-level is the time served', { experience: 8, inLevel: 3 }, [2, 5], 3],
  ])('%s', (_name, options, steps, credit) => {
    const result = plan('it-manager:manager', 'it-manager:director', options);
    expect(result.steps.slice(0, -1).map((s) => s.headline)).toEqual(steps);
    expect(result.credit).toBe(credit);
    expect(result.total.headline).toBe(steps[0]! + steps[1]!);
  });

  it('decades of experience shorten every step to its own least time, not just the first', () => {
    const few = plan('it-manager:assistant', 'it-manager:senior', { experience: 4 });
    const many = plan('it-manager:assistant', 'it-manager:senior', { experience: 30 });
    // Assistant (2-4) -> Manager (5-8) -> Senior (8-12): least times 3 and 3; 2 years served (the band's width).
    expect(many.steps.map((s) => s.headline)).toEqual([1, 3, 0]);
    expect(many.credit).toBe(2);
    expect(many.total.headline).toBeLessThanOrEqual(few.total.headline);
  });

  it('refuses impossible years with exit code 2', () => {
    for (const options of [
      { experience: 1e308 },
      { experience: 61 },
      { experience: -1 },
      { experience: Number.NaN },
      { inLevel: 5, experience: 1 },
      { horizon: Infinity },
    ]) {
      expect(() => plan('it-manager:manager', 'it-manager:director', options)).toThrow(UserError);
    }
  });

  it('states what it assumed', () => {
    const text = plan('it-manager:manager', 'it-manager:cio', { experience: 8, inLevel: 2 }).assumptions.join('\n');
    expect(text).toMatch(/spent 2 years as IT Manager/);
    expect(text).toMatch(/stand at year 8 of your career.*new IT Manager at 6.5 years/);
    expect(text).toMatch(/pays for the moves' own time in order, each year once/);
  });
});

describe('planPath across tracks', () => {
  it('moves from the operations ladder to IT Director through a transition, waiting for the experience the level expects', () => {
    const result = plan('it-ops-manager:senior', 'it-manager:director');
    expect(result.steps.map((s) => s.key)).toEqual(['it-ops-manager:senior', 'it-manager:director']);
    const move = result.steps[0]!.next!;
    expect(move).toMatchObject({
      kind: 'transition',
      to: 'it-manager:director',
      source: 'career-assumption',
      assumption: true,
    });
    expect(move.years).toEqual({ min: 2, typical: 4, max: 7 });
    // IT Director sits at 15 years typical, a Senior IT Ops Manager at 7.5: the 4-year move waits 3.5 more.
    expect(result.steps[0]!.headline).toBe(7.5);
    expect(result.steps[0]!.waitYears).toBe(3.5);
    expect(result.total).toMatchObject({ headline: 7.5, transitions: 1, assumedTransitions: 1 });
    expect(result.assumptions.join('\n')).toMatch(/tool's own estimates/);
  });

  it('takes a transition at its own years when the experience is already there', () => {
    const result = plan('it-manager:manager', 'it-ops-manager:senior');
    expect(result.steps[0]!.next?.kind).toBe('transition');
    expect(result.steps[0]!.headline).toBe(3);
    expect(result.steps[0]!.waitYears).toBe(0);
  });

  it('offers up to N distinct alternatives, none faster than the best', () => {
    const result = plan('it-manager:manager', 'it-manager:vp', { alternatives: 2 });
    expect(result.alternatives.length).toBe(2);
    const routes = [result, ...result.alternatives].map((r) => r.steps.map((s) => s.key).join('>'));
    expect(new Set(routes).size).toBe(3);
    for (const alternative of result.alternatives) {
      expect(alternative.total.headline).toBeGreaterThanOrEqual(result.total.headline);
      expect(alternative.steps[0]!.key).toBe('it-manager:manager');
      expect(alternative.steps.at(-1)!.key).toBe('it-manager:vp');
    }
    expect(plan('it-manager:manager', 'it-manager:vp').alternatives).toEqual([]);
  });

  it('prefers its own ladder when a detour is no faster', () => {
    expect(plan('it-manager:senior', 'it-manager:director', { alternatives: 1 }).steps.map((s) => s.key)).toEqual([
      'it-manager:senior',
      'it-manager:director',
    ]);
  });
});

describe('planPath refuses', () => {
  const refusal = (from: string, to: string) => {
    try {
      plan(from, to);
    } catch (error) {
      expect(error).toBeInstanceOf(UserError);
      expect((error as UserError).exitCode).toBe(2);
      return (error as Error).message;
    }
    throw new Error(`planned ${from} -> ${to}`);
  };

  it.each([
    ['the same level twice', 'it-manager:senior', 'it-manager:senior', /both the start and the target/],
    [
      'a lower level on the same ladder',
      'it-manager:director',
      'it-manager:assistant',
      /comes before IT Director.*never down/,
    ],
    [
      'a lower rung on another ladder',
      'it-ops-manager:director',
      'it-manager:senior',
      /is below IT Operations Director.*never down/,
    ],
    [
      'ends with no connection',
      'network-administrator:administrator',
      'it-ops-manager:assistant',
      /no route from network-administrator:administrator to it-ops-manager:assistant/,
    ],
  ])('%s', (_name, from, to, message) => {
    expect(refusal(from, to)).toMatch(message);
  });
});

describe('planEntryPath', () => {
  const entry = (to: string, options: Parameters<typeof planEntryPath>[2] = { pace: 'typical' }) =>
    planEntryPath(data, level(to), options);

  it.each<[string, 'beginner' | 'changer' | 'related' | undefined, Pace, number]>([
    // IT Operations Manager timelines: beginner 3-5, changer 2-3, related 1-2 years.
    ['it-ops-manager:manager', undefined, 'typical', 4],
    ['it-ops-manager:manager', 'changer', 'typical', 2.5],
    ['it-ops-manager:manager', 'related', 'fast', 1],
    ['it-ops-manager:manager', 'related', 'slow', 2],
    // IT Manager beginner: "5+" years, capped by the entry steps' longest durations (7); a beginner
    // starts at year 0 of a career, so also no sooner than the band puts IT Manager (6.5 typical).
    ['it-manager:manager', 'beginner', 'typical', 6.5],
    // No changer timeline for IT Manager: the sum of the entry steps (3.5-7 years).
    ['it-manager:manager', 'changer', 'typical', 5.25],
    // Below the main level, through an entry role: the help desk's entry step (0.5-1 years,
    // waiting for the help desk band's middle, 1), then the IT Manager guide's 2-4 years (3).
    ['it-manager:assistant', 'beginner', 'typical', 4],
    ['it-ops-manager:assistant', 'beginner', 'fast', 2.5],
    // Above it: getting in, then the ladder (6.5 + 3.5 + 5).
    ['it-manager:director', 'beginner', 'typical', 15],
  ])('none -> %s as %s at %s pace: %d years', (to, background, pace, years) => {
    const result = entry(to, { pace, background });
    expect(result.total.headline).toBe(years);
    expect(result.steps[0]!.key).toBe('none');
    expect(result.steps[0]!.next?.kind).toBe('entry');
    expect(result.steps.at(-1)!.key).toBe(to);
  });

  it('carries the how-to-become steps and their certifications', () => {
    const result = entry('it-ops-manager:manager', { pace: 'typical', background: 'changer' });
    expect(result.entry?.background).toBe('changer');
    expect(result.entry?.timeline).toMatchObject({ min: 2, max: 3, openEnded: false });
    expect(result.entry?.steps[0]).toMatchObject({
      title: 'Build a technical foundation',
      duration: { min: 6, max: 12, unit: 'months' },
    });
    expect(result.steps[0]!.certifications.map((c) => c.id)).toContain('itil-4-foundation');
    expect(result.steps[0]!.salary).toBeNull();
    expect(result.total.salary).toMatchObject({ start: null, end: 110000, change: null });
  });

  it('says when it estimated', () => {
    expect(entry('it-manager:manager', { pace: 'typical', background: 'changer' }).assumptions.join('\n')).toMatch(
      /no changer timeline.*sum of the entry steps/,
    );
    expect(entry('it-manager:manager').assumptions.join('\n')).toMatch(/open-ended \(5\+ years\)/);
  });
});

describe('resolvePathEnd', () => {
  it.each([
    ['it-manager:senior', 'it-manager:senior', false],
    ['IT Director', 'it-manager:director', false],
    ['Senior IT Operations Manager', 'it-ops-manager:senior', false],
    // A role alone stands for its main level.
    ['it-manager', 'it-manager:manager', true],
    ['IT Operations Manager', 'it-ops-manager:manager', false],
    // A role without a ladder of its own, but a rung of another ladder.
    ['it-director', 'it-manager:director', true],
  ])('%s -> %s', (text, key, noted) => {
    const end = resolvePathEnd(data, text);
    expect(`${end.ref.role.id}:${end.ref.level.id}`).toBe(key);
    expect(end.note !== undefined).toBe(noted);
  });

  it.each([
    ['cio', /level in several \(it-manager:cio, it-ops-manager:cio\)/],
    ['network-operations-manager', /has no career ladder/],
    ['it-manger', /unknown role or level "it-manger" \(did you mean "it-manager"/],
    // Each role suggested once, not under its id and its title; control characters shown as "?".
    ['it manger', /unknown role or level "it manger" \(did you mean "it-manager"\?\);/],
    ['\u001b[31mx', /unknown role or level "\?\[31mx"/],
    ['it-manager:boss', /no level "boss"/],
  ])('refuses %s', (text, message) => {
    expect(() => resolvePathEnd(data, text)).toThrow(message);
  });
});

describe('entry roles, the same job and earnings', () => {
  it('a beginner reaches the first operations rung no sooner than the entry steps take, at any pace', () => {
    for (const pace of ['fast', 'typical', 'slow'] as const) {
      const result = planEntryPath(data, level('it-ops-manager:assistant'), { pace });
      // 6-12 months of foundation, then 2-3 years in an entry role (IT Operations Manager guide, steps 1-2).
      expect(result.total.headline).toBeGreaterThanOrEqual(2.5);
    }
    const fast = planEntryPath(data, level('it-ops-manager:assistant'), { pace: 'fast' });
    expect(fast.total.headline).toBe(2.5);
    expect(fast.steps.map((s) => s.key)).toEqual([
      'none',
      'help-desk-technician:user-support',
      'it-ops-manager:assistant',
    ]);
    expect(fast.steps[1]!.next).toMatchObject({
      kind: 'transition',
      source: 'himalayas-it-ops-manager',
      assumption: false,
    });
  });

  it('counts years in an entry role: help desk with 3 years to IT Operations Manager', () => {
    const result = plan('help-desk-technician:user-support', 'it-ops-manager:manager', { experience: 3 });
    expect(result.steps.map((s) => s.key)).toEqual([
      'help-desk-technician:user-support',
      'it-ops-manager:assistant',
      'it-ops-manager:manager',
    ]);
    expect(result.total.headline).toBe(3.5);
    expect(result.credit).toBe(2);
  });

  it('the entry step carries education routes with their cost and time', () => {
    const result = planEntryPath(data, level('it-ops-manager:assistant'), { pace: 'typical' });
    const routes = result.entry!.steps[0]!.education;
    expect(routes.map((e) => [e.kind, e.duration, e.cost?.min ?? null, e.cost?.max ?? null])).toEqual([
      ['self-study', { min: 6, max: 18, unit: 'months' }, null, null],
      ['bootcamp', { min: 12, max: 24, unit: 'weeks' }, 10000, 20000],
      ['bachelor', { min: 4, max: 4, unit: 'years' }, 40000, 100000],
    ]);
  });

  it('the CIO rungs are one job: no route needed between them', () => {
    const result = plan('it-ops-manager:cio', 'it-manager:cio');
    expect(result.total.headline).toBe(0);
    expect(result.steps[0]!.next).toMatchObject({ kind: 'same-job', to: 'it-manager:cio' });
  });

  it('"cio" as a target stands for both linked rungs, and the quickest answers, naming the other', () => {
    const targets = sameJobTargets(data, 'cio')!.map((ref) => `${ref.role.id}:${ref.level.id}`);
    expect(targets.sort()).toEqual(['it-manager:cio', 'it-ops-manager:cio']);
    const result = quickestOfSameJob(sameJobTargets(data, 'cio')!, (to) =>
      planPath(data, level('it-manager:manager'), to, { pace: 'typical', experience: 8 }),
    );
    expect(result.assumptions[0]).toMatch(/same job on 2 ladders.*quickest/);
    expect(sameJobTargets(data, 'it-director')).toBeUndefined();
  });

  it('earnings: pay by year over the horizon, against staying, summing up', () => {
    const result = plan('it-manager:assistant', 'it-manager:manager', { horizon: 10 });
    const earnings = result.earnings!;
    // 3.5 years at $80,000, then $120,000 for 6.5 years.
    expect(result.total.earned).toBe(280000);
    expect(earnings.overHorizon).toBe(280000 + 6.5 * 120000);
    expect(earnings.stay).toEqual({ title: 'Assistant IT Manager', median: 80000, overHorizon: 800000 });
    expect(earnings.difference).toBe(earnings.overHorizon - 800000);
    expect(earnings.byYear).toHaveLength(10);
    expect(earnings.byYear.reduce((sum, y) => sum + y.route, 0)).toBe(earnings.overHorizon);
    expect(earnings.byYear[3]).toEqual({ year: 4, route: 100000, stay: 80000 });
    expect(earnings.notes.join(' ')).toMatch(/not offers.*not adjusted for inflation/s);
    // Default horizon: the route plus 5 years.
    expect(plan('it-manager:assistant', 'it-manager:manager').earnings!.horizon).toBe(8.5);
  });
});

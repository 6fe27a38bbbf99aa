import { describe, expect, it } from 'vitest';
import { findLevelOrUndefined, type LevelRef } from '../../src/core/lookup.js';
import { planPath, type Pace, type PathOptions } from '../../src/core/path.js';
import { resolvePathEnd } from '../../src/core/path-ends.js';
import { planEntryPath } from '../../src/core/path-entry.js';
import { UserError } from '../../src/errors.js';
import { builtInData } from '../helpers/data.js';

const data = builtInData();
const level = (key: string): LevelRef => findLevelOrUndefined(data, key)!;
const plan = (from: string, to: string, options: Partial<PathOptions> = {}) => planPath(data, level(from), level(to), { pace: 'typical', ...options });

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
    expect(result.steps.map((s) => s.key)).toEqual(['it-manager:assistant', 'it-manager:manager', 'it-manager:senior', 'it-manager:director']);
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
    // The CIO band is open-ended (25+): taken as 25-32, as wide as the VP band.
    ['it-manager:manager', 'it-manager:cio', 'typical', 22],
    ['it-manager:manager', 'it-manager:cio', 'slow', 24],
    ['it-ops-manager:senior', 'it-ops-manager:cio', 'typical', 14.5],
  ])('%s -> %s at %s pace takes %d years (the gap between the bands)', (from, to, pace, years) => {
    const result = plan(from, to, { pace });
    expect(result.total.headline).toBe(years);
    expect(result.total.headline).toBe(point(to, pace) - point(from, pace));
  });

  it('the pace picks the headline inside the range, which stays the same', () => {
    const [fast, typical, slow] = (['fast', 'typical', 'slow'] as const).map((pace) => plan('it-manager:assistant', 'it-manager:director', { pace }));
    expect([fast!.total.headline, typical!.total.headline, slow!.total.headline]).toEqual([10, 12, 14]);
    expect(fast!.total.years).toEqual(slow!.total.years);
    expect(fast!.total.years).toEqual({ min: 10, typical: 12, max: 14 });
  });

  it('says how time in a level is derived', () => {
    expect(plan('it-manager:assistant', 'it-manager:senior').assumptions.join('\n')).toMatch(/experience bands.*middle at typical pace/s);
    expect(plan('it-manager:vp', 'it-manager:cio').assumptions.join('\n')).toMatch(/open-ended band \(25\+ years\).*25-32 years/);
  });
});

describe('time already served', () => {
  // IT Manager -> Senior IT Manager takes 3.5 years typical; IT Manager sits at 6.5 years (5-8).
  it.each<[string, Partial<PathOptions>, number, number]>([
    ['nothing given', {}, 3.5, 0],
    ['--in-level 2', { inLevel: 2 }, 1.5, 2],
    ['--in-level beyond the step', { inLevel: 10 }, 0, 10],
    ['--experience 8: 1.5 years past the level', { experience: 8 }, 2, 1.5],
    ['--experience below the level never lengthens', { experience: 3 }, 3.5, 0],
    ['both: the larger credit counts', { experience: 8, inLevel: 3 }, 0.5, 3],
  ])('%s', (_name, options, firstStep, credit) => {
    const result = plan('it-manager:manager', 'it-manager:director', options);
    expect(result.steps[0]!.headline).toBe(firstStep);
    expect(result.credit).toBe(credit);
    // Only the first move is shortened: Senior -> Director keeps its 5 years.
    expect(result.steps[1]!.headline).toBe(5);
    expect(result.total.headline).toBe(firstStep + 5);
  });

  it('credit never reaches past the next promotion, even with decades of experience', () => {
    const result = plan('it-manager:assistant', 'it-manager:director', { experience: 30 });
    expect(result.steps.map((s) => s.headline)).toEqual([0, 3.5, 5, 0]);
    expect(result.total.transitions).toBe(0);
  });

  it('states what it assumed', () => {
    const text = plan('it-manager:manager', 'it-manager:cio', { experience: 8, inLevel: 2 }).assumptions.join('\n');
    expect(text).toMatch(/spent 2 years as IT Manager/);
    expect(text).toMatch(/8 years in the field.*new IT Manager at 6.5 years, so 1.5 years count/);
    expect(text).toMatch(/comes off the first move only/);
  });
});

describe('planPath across tracks', () => {
  it('moves from the operations ladder to IT Director through a transition, waiting for the experience the level expects', () => {
    const result = plan('it-ops-manager:senior', 'it-manager:director');
    expect(result.steps.map((s) => s.key)).toEqual(['it-ops-manager:senior', 'it-manager:director']);
    const move = result.steps[0]!.next!;
    expect(move).toMatchObject({ kind: 'transition', to: 'it-manager:director', source: 'career-assumption', assumption: true });
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
    ['a lower level on the same ladder', 'it-manager:director', 'it-manager:assistant', /comes before IT Director.*never down/],
    ['a lower rung on another ladder', 'it-ops-manager:director', 'it-manager:senior', /is below IT Operations Director.*never down/],
    ['ends with no connection', 'it-ops-manager:cio', 'it-manager:cio', /no route from it-ops-manager:cio to it-manager:cio/],
  ])('%s', (_name, from, to, message) => {
    expect(refusal(from, to)).toMatch(message);
  });
});

describe('planEntryPath', () => {
  const entry = (to: string, options: Parameters<typeof planEntryPath>[2] = { pace: 'typical' }) => planEntryPath(data, level(to), options);

  it.each<[string, 'beginner' | 'changer' | 'related' | undefined, Pace, number]>([
    // IT Operations Manager timelines: beginner 3-5, changer 2-3, related 1-2 years.
    ['it-ops-manager:manager', undefined, 'typical', 4],
    ['it-ops-manager:manager', 'changer', 'typical', 2.5],
    ['it-ops-manager:manager', 'related', 'fast', 1],
    ['it-ops-manager:manager', 'related', 'slow', 2],
    // IT Manager beginner: "5+" years, capped by the entry steps' longest durations (7).
    ['it-manager:manager', 'beginner', 'typical', 6],
    // No changer timeline for IT Manager: the sum of the entry steps (3.5-7 years).
    ['it-manager:manager', 'changer', 'typical', 5.25],
    // Below the main level: the level's own band (Assistant IT Manager, 2-4 years).
    ['it-manager:assistant', 'beginner', 'typical', 3],
    // Above it: getting in, then the ladder (6 + 3.5 + 5).
    ['it-manager:director', 'beginner', 'typical', 14.5],
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
    expect(result.entry?.steps[0]).toMatchObject({ title: 'Build a technical foundation', duration: { min: 6, max: 12, unit: 'months' } });
    expect(result.steps[0]!.certifications.map((c) => c.id)).toContain('itil-4-foundation');
    expect(result.steps[0]!.salary).toBeNull();
    expect(result.total.salary).toMatchObject({ start: null, end: 110000, change: null });
  });

  it('says when it estimated', () => {
    expect(entry('it-manager:manager', { pace: 'typical', background: 'changer' }).assumptions.join('\n')).toMatch(/no changer timeline.*sum of the entry steps/);
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

import { describe, expect, it } from 'vitest';
import { findLevelOrUndefined } from '../../src/core/lookup.js';
import { planPath, type PathPlan } from '../../src/core/path.js';
import { planEntryPath } from '../../src/core/path-entry.js';
import { renderPath } from '../../src/render/path.js';
import { renderTimeline } from '../../src/render/path-timeline.js';
import { plainStyle, visibleWidth } from '../../src/render/style.js';
import { builtInData } from '../helpers/data.js';

const data = builtInData();
const level = (key: string) => findLevelOrUndefined(data, key)!;
/** The text with its wrapping undone, for phrases that may break across lines. */
const flat = (text: string) => text.replace(/\s+/g, ' ');

const plans: [string, PathPlan][] = [
  [
    'one ladder',
    planPath(data, level('it-manager:assistant'), level('it-manager:director'), { pace: 'typical', alternatives: 2 }),
  ],
  [
    'across tracks',
    planPath(data, level('it-ops-manager:senior'), level('it-manager:director'), { pace: 'fast', alternatives: 2 }),
  ],
  [
    'with credit',
    planPath(data, level('it-manager:manager'), level('it-manager:cio'), { pace: 'slow', experience: 8, inLevel: 2 }),
  ],
  ['an entry path', planEntryPath(data, level('it-manager:senior'), { pace: 'typical', background: 'changer' })],
];

describe('renderPath', () => {
  it.each(plans.flatMap(([name, plan]) => [80, 60].map((width) => [name, width, plan] as const)))(
    '%s fits %i columns',
    (_name, width, plan) => {
      const text = renderPath(plan, data.sources, plainStyle, width);
      const tooWide = text.split('\n').filter((line) => visibleWidth(line) > width);
      expect(tooWide).toEqual([]);
    },
  );

  it('shows every step with its years, start and salary, then the timeline, the assumptions and the sources', () => {
    const text = renderPath(plans[0]![1], data.sources, plainStyle, 80);
    expect(text).toMatch(
      /^Assistant IT Manager -> IT Director\nAbout 12 years at typical pace \(range 10-14\), 3 moves\./,
    );
    expect(text).toMatch(/Median pay \$80,000 -> \$180,000 \(\+\$100k, \+125%\)/);
    expect(text).toMatch(/1\. Assistant IT Manager\s+│\s+3\.5 \(3-4\) │\s+0 │\s+\$80,000 \[1\]/);
    expect(text).toMatch(/3\. Senior IT Manager\s+│\s+5 \(4-6\) │\s+7 │\s+\$150,000 \[1\]/);
    expect(text).toMatch(/\+\$30k, \+25%/);
    const order = [
      'Timeline (years from now, typical pace)',
      'On the way',
      'Alternatives',
      'Assumptions',
      'Sources',
    ].map((h) => text.indexOf(h));
    expect(order.every((at, i) => at > 0 && (i === 0 || at > order[i - 1]!))).toBe(true);
    // The guide gives one cost and one study time for ITIL, PMP and Project+ together: the text says so.
    expect(flat(text)).toMatch(
      /ITIL 4 Foundation \(\$500-\$3,000 for ITIL, PMP or CompTIA Project\+ as a group \[1\], 4-12 weeks of study for ITIL, PMP or CompTIA Project\+ as a group \[1\]\)/,
    );
    expect(text).toMatch(/\[1\] Himalayas, "How to Become an IT Manager/);
  });

  it("names the source of a cross-track move, or that it is the tool's estimate", () => {
    const text = renderPath(plans[1]![1], data.sources, plainStyle, 80);
    expect(flat(text)).toMatch(
      /move across to IT Director \(it-manager:director\): 2-7 years, typical 4, the tool's own estimate \[3\]/,
    );
    expect(flat(text)).toMatch(/\[3\] career \(this tool\), "Assumptions made by the career tool"/);
    expect(text).toMatch(/\* the next move goes across to another track/);
  });

  it('lists the entry steps of an entry path', () => {
    const text = renderPath(plans[3]![1], data.sources, plainStyle, 80);
    expect(text).toMatch(/^Career changer -> Senior IT Manager/);
    expect(text).toMatch(/Step: Work in a technical IT role \(2-4 years\)/);
    expect(text).toMatch(/Median pay at the target: \$150,000/);
  });
});

describe('renderTimeline', () => {
  const bars = (plan: PathPlan, width: number) =>
    renderTimeline(plan, 'Timeline', width, plainStyle)
      .split('\n')
      .slice(1, plan.steps.length + 1);

  it.each([80, 60, 40])('draws one bar per step, each starting where the previous ends, at %i columns', (width) => {
    const plan = plans[0]![1];
    const lines = bars(plan, width);
    expect(lines).toHaveLength(plan.steps.length);
    const starts = lines.map((line) => line.search(/[█◆]/));
    const ends = lines.map((line) => line.lastIndexOf('█'));
    for (let i = 1; i < lines.length; i++) expect(starts[i]).toBeGreaterThanOrEqual(ends[i - 1]!);
    expect(lines.at(-1)).toMatch(/◆ +at 12$/);
    expect(lines[0]).toMatch(/0-3\.5$/);
  });

  it('puts years on an axis under the bars', () => {
    const text = renderTimeline(plans[0]![1], 'Timeline', 80, plainStyle);
    expect(text.trimEnd().split('\n').at(-1)).toMatch(/^years\s+0\s+.*\b12$/);
  });

  it('marks the target even when no time is left', () => {
    const plan = planPath(data, level('it-manager:manager'), level('it-manager:senior'), {
      pace: 'typical',
      inLevel: 10,
    });
    expect(plan.total.headline).toBe(0);
    expect(renderTimeline(plan, 'Timeline', 80, plainStyle)).toMatch(/Senior IT Manager\s+◆\s+at 0/);
  });
});

// `career path` as text: a headline, a table of steps, the timeline under it,
// what to build at each step, alternatives, the assumptions behind the numbers
// and the sources every figure points to.
import type { CertificationAdvice, PathPlan, PathRoute, PathStep, YearRange } from '../core/path.js';
import type { Source } from '../data/schema.js';
import { createCitations } from './citations.js';
import { certificationCost, money, moneyRange, moneyShort, percent, plural, studyTime } from './format.js';
import { renderEarnings } from './path-earnings.js';
import { renderTimeline } from './path-timeline.js';
import type { Style } from './style.js';
import { renderTable } from './table.js';
import { wrap } from './wrap.js';

const round = (n: number) => Math.round(n * 10) / 10;
export const num = (n: number) => String(round(n));
export const yearsOf = (n: number, word = 'year') => plural(round(n), word);

/** "3.5 (3-4)": the headline, then the range when it is one. */
function yearsCell(headline: number, range: YearRange): string {
  const span = range.min === range.max ? '' : ` (${num(range.min)}-${num(range.max)})`;
  return `${num(headline)}${span}`;
}

export const signedShort = (amount: number, currency: string) =>
  `${amount < 0 ? '-' : '+'}${moneyShort(Math.abs(amount), currency)}`;

export function summaryLine(route: PathRoute, pace: string): string {
  const { total } = route;
  const moves = route.steps.length - 1;
  const across = total.transitions > 0 ? ` (${total.transitions} across tracks)` : '';
  return `About ${yearsOf(total.headline)} at ${pace} pace (range ${num(total.years.min)}-${num(total.years.max)}), ${plural(moves, 'move')}${across}`;
}

export function routeLine(route: PathRoute): string {
  return route.steps.map((s) => s.title).join(' > ');
}

export function renderPath(plan: PathPlan, sources: readonly Source[], style: Style, width: number): string {
  const cite = createCitations([...sources]);
  const c = (id: string | null | undefined) => style.dim(cite.cite(id ?? undefined));
  const out: string[] = [];
  const section = (title: string) => out.push('', style.heading(title));

  out.push(style.bold(`${plan.from.title} -> ${plan.to.title}`));
  const sameJob = plan.steps.length === 2 && plan.steps[0]!.next?.kind === 'same-job';
  out.push(
    wrap(
      sameJob
        ? `The same job: ${plan.steps[0]!.next!.note ?? ''} No move is needed.`
        : `${summaryLine(plan, plan.pace)}.`,
      width,
    ),
  );
  const salary = plan.total.salary;
  if (sameJob) {
    // One job: no change of pay to report.
  } else if (salary?.change != null && salary.start != null && salary.end != null) {
    out.push(
      wrap(
        `Median pay ${money(salary.start, salary.currency)} -> ${money(salary.end, salary.currency)} (${signedShort(salary.change, salary.currency)}${salary.percent != null ? `, ${percent(salary.percent)}` : ''}).`,
        width,
      ),
    );
  } else if (salary?.end != null) {
    out.push(`Median pay at the target: ${money(salary.end, salary.currency)}.`);
  }
  if (plan.credit > 0)
    out.push(wrap(`Years already served: ${yearsOf(plan.credit)}, counted towards the moves.`, width));

  out.push('');
  out.push(
    renderTable(
      {
        head: ['Step', 'Years here', 'Starts', 'Median (raise)'],
        rows: stepRows(plan.steps, c),
        width,
        alignRight: [1, 2, 3],
      },
      style,
    ).trimEnd(),
  );
  if (plan.total.transitions > 0)
    out.push(style.dim(wrap('* the next move goes across to another track (see "On the way")', width)));
  out.push('');
  out.push(renderTimeline(plan, `Timeline (years from now, ${plan.pace} pace)`, width, style).trimEnd());

  if (plan.earnings) {
    section('What the path earns');
    out.push(renderEarnings(plan.earnings, style, width).trimEnd());
  }

  section('On the way');
  plan.steps.forEach((step, i) => out.push(stepDetails(step, i, plan, c, width)));

  if (plan.alternatives.length > 0) {
    section('Alternatives');
    plan.alternatives.forEach((route, i) => {
      out.push(wrap(`${i + 2}. ${summaryLine(route, plan.pace).replace(/^About/, 'about')}:`, width, '   '));
      out.push(wrap(`   ${routeLine(route)}`, width, '   '));
    });
  }

  section('Assumptions');
  for (const line of plan.assumptions) out.push(wrap(`- ${line}`, width, '  '));

  const sourceList = cite.render(style, width).trimEnd();
  if (sourceList) out.push('', sourceList);
  return `${out.join('\n')}\n`;
}

export function stepRows(steps: readonly PathStep[], c: (id: string | null | undefined) => string): string[][] {
  return steps.map((step, i) => {
    const target = !step.next;
    return [
      `${i + 1}. ${step.title}${target ? ' (target)' : ''}${step.next?.kind === 'transition' ? ' *' : ''}`,
      target ? '-' : yearsCell(step.headline, step.years),
      num(step.startYear),
      step.salary
        ? `${money(step.salary.median, step.salary.currency)} ${c(step.salary.source)}` +
          (step.raise
            ? `\n${signedShort(step.raise.amount, step.salary.currency)}, ${percent(step.raise.percent)}`
            : '')
        : '-',
    ];
  });
}

function certificationText(cert: CertificationAdvice, c: (id: string | null | undefined) => string): string {
  const facts = [
    cert.cost ? certificationCost(cert.cost, c) : undefined,
    cert.studyWeeks ? studyTime(cert.studyWeeks, c) : undefined,
  ].filter(Boolean);
  return facts.length ? `${cert.name} (${facts.join(', ')})` : cert.name;
}

function nextText(step: PathStep, plan: PathPlan, c: (id: string | null | undefined) => string): string | undefined {
  const next = step.next;
  if (!next) return undefined;
  const target = plan.steps.find((s) => s.key === next.to)?.title ?? next.to;
  const years = `${num(next.years.min)}-${num(next.years.max)} years, typical ${num(next.years.typical)}`;
  const wait =
    step.waitYears > 0 ? `; waits ${yearsOf(step.waitYears, 'more year')} for the experience that level expects` : '';
  if (next.kind === 'promotion') return `promotion to ${target} ${c(next.source)}${wait}`;
  if (next.kind === 'same-job') return `the same job as ${target} (${next.to}), no move needed ${c(next.source)}`;
  if (next.kind === 'entry')
    return `into ${target} ${c(next.source)}${next.assumption ? ' (estimated by the tool)' : ''}`;
  const who = next.assumption ? "the tool's own estimate" : 'from the source';
  return `move across to ${target} (${next.to}): ${years}, ${who} ${c(next.source)}${wait}. ${next.note ?? ''}`.trim();
}

const durationText = (d: { min: number; max: number; unit: string }) =>
  d.min === d.max ? `${d.min} ${d.unit}` : `${d.min}-${d.max} ${d.unit}`;

/** One step of "On the way": its heading line and labelled items (an entry step's education as sub-items). */
export interface StepDetail {
  title: string;
  items: { label: string; text: string; sub: string[] }[];
}

export function stepDetail(
  step: PathStep,
  index: number,
  plan: PathPlan,
  c: (id: string | null | undefined) => string,
): StepDetail {
  const when = step.next
    ? `years ${num(step.startYear)}-${num(step.endYear)}`
    : `reached at year ${num(step.startYear)}`;
  const items: StepDetail['items'] = [];
  const item = (label: string, text: string, sub: string[] = []) => items.push({ label, text, sub });
  if (step.key === 'none' && plan.entry) {
    for (const entryStep of plan.entry.steps) {
      const d = entryStep.duration;
      const education = entryStep.education.map((e) => {
        const cost = e.cost
          ? `, ${moneyRange(e.cost.min, e.cost.max ?? undefined, e.cost.currency, e.cost.openEnded)}`
          : ', no cost given';
        return `${e.title}: ${durationText(e.duration)}${cost} ${c(e.source)}`;
      });
      item('Step', `${entryStep.title}${d ? ` (${durationText(d)})` : ''} ${c(entryStep.source)}`, education);
    }
  } else if (step.focus.length) {
    item('Focus', step.focus.join('; '));
  }
  if (step.certifications.length)
    item('Certifications', step.certifications.map((cert) => certificationText(cert, c)).join('; '));
  const next = nextText(step, plan, c);
  if (next) item('Next', next);
  return {
    title: `${index + 1}. ${step.title}${step.level ? ` (${step.key})` : ''}, ${when} ${c(step.source)}`,
    items,
  };
}

function stepDetails(
  step: PathStep,
  index: number,
  plan: PathPlan,
  c: (id: string | null | undefined) => string,
  width: number,
): string {
  const detail = stepDetail(step, index, plan, c);
  const lines = [wrap(detail.title, width, '   ')];
  for (const { label, text, sub } of detail.items) {
    lines.push(wrap(`   ${label}: ${text}`, width, '     '));
    for (const line of sub) lines.push(wrap(`     - ${line}`, width, '       '));
  }
  return lines.join('\n');
}

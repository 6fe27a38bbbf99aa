// `career path --format markdown`: the text report as a document to keep
// (plan.md): the same sentences and figures, the steps as a table, the
// timeline and the pay chart as fenced text, the sources as a numbered list.
import type { PathPlan } from '../../core/path.js';
import type { Source } from '../../data/schema.js';
import { createCitations } from '../citations.js';
import { money, percent } from '../format.js';
import { earningsChart, earningsSummary } from '../path-earnings.js';
import { renderTimeline } from '../path-timeline.js';
import { routeLine, signedShort, stepDetail, stepRows, summaryLine, yearsOf } from '../path.js';
import { plainStyle } from '../style.js';
import { bulletList, document, escapeText, fence, heading, sourceList, table } from './blocks.js';

/** Charts are drawn at the width a GitHub code block shows without scrolling. */
const CHART_WIDTH = 80;

export function renderPathMarkdown(plan: PathPlan, sources: readonly Source[]): string {
  const cite = createCitations([...sources]);
  const c = (id: string | null | undefined) => cite.cite(id ?? undefined);
  const blocks: string[] = [heading(1, `${plan.from.title} -> ${plan.to.title}`)];

  const sameJob = plan.steps.length === 2 && plan.steps[0]!.next?.kind === 'same-job';
  const intro = [
    sameJob
      ? `The same job: ${plan.steps[0]!.next!.note ?? ''} No move is needed.`
      : `${summaryLine(plan, plan.pace)}.`,
  ];
  const salary = plan.total.salary;
  if (sameJob) {
    // One job: no change of pay to report.
  } else if (salary?.change != null && salary.start != null && salary.end != null) {
    intro.push(
      `Median pay ${money(salary.start, salary.currency)} -> ${money(salary.end, salary.currency)} (${signedShort(salary.change, salary.currency)}${salary.percent != null ? `, ${percent(salary.percent)}` : ''}).`,
    );
  } else if (salary?.end != null) {
    intro.push(`Median pay at the target: ${money(salary.end, salary.currency)}.`);
  }
  if (plan.credit > 0) intro.push(`Years already served: ${yearsOf(plan.credit)}, counted towards the moves.`);
  blocks.push(intro.map(escapeText).join('\n'));

  blocks.push(heading(2, 'Steps'));
  blocks.push(table(['Step', 'Years here', 'Starts', 'Median (raise)'], stepRows(plan.steps, c), [1, 2, 3]));
  if (plan.total.transitions > 0)
    blocks.push(escapeText('* the next move goes across to another track (see "On the way")'));
  const timelineTitle = `Timeline (years from now, ${plan.pace} pace)`;
  blocks.push(heading(2, timelineTitle));
  // The chart's own title line is the heading above.
  blocks.push(fence(renderTimeline(plan, timelineTitle, CHART_WIDTH, plainStyle).split('\n').slice(1).join('\n')));

  if (plan.earnings) {
    blocks.push(heading(2, 'What the path earns'));
    blocks.push(escapeText(earningsSummary(plan.earnings)));
    blocks.push(bulletList(plan.earnings.notes));
    blocks.push(fence(earningsChart(plan.earnings, plainStyle, CHART_WIDTH)));
  }

  blocks.push(heading(2, 'On the way'));
  plan.steps.forEach((step, i) => {
    const detail = stepDetail(step, i, plan, c);
    blocks.push(heading(3, detail.title));
    blocks.push(
      detail.items
        .map(({ label, text, sub }) =>
          [`- **${label}:** ${escapeText(text)}`, ...sub.map((line) => `  - ${escapeText(line)}`)].join('\n'),
        )
        .join('\n'),
    );
  });

  if (plan.alternatives.length > 0) {
    blocks.push(heading(2, 'Alternatives'));
    blocks.push(
      plan.alternatives
        .map(
          (route, i) =>
            `${i + 2}. ${escapeText(summaryLine(route, plan.pace).replace(/^About/, 'about'))}:\n   ${escapeText(routeLine(route))}`,
        )
        .join('\n'),
    );
  }

  blocks.push(heading(2, 'Assumptions'));
  blocks.push(bulletList(plan.assumptions));
  blocks.push(sourceList(cite.cited(), sources));
  return document(blocks);
}

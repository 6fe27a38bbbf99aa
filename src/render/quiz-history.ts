// `career quiz history` as text: every run, then per role the change in each
// skill area since the run before.
import type { HistoryReport, SkillTrend, Trend } from '../core/quiz/history.js';
import { plural } from './format.js';
import type { Style } from './style.js';
import { renderTable } from './table.js';
import { wrap } from './wrap.js';

/** Local date and time, minutes precision: "2026-11-22 14:03". */
function formatTakenAt(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const two = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${two(d.getMonth() + 1)}-${two(d.getDate())} ${two(d.getHours())}:${two(d.getMinutes())}`;
}

/** "better +8", "worse -5", "same", "same (+6 is within +/- 20)", "new". */
const trendText = (trend: Trend, change: number | null, style: Style, margin: number | null = null) => {
  const signed = change ? `${change > 0 ? '+' : ''}${change}` : '';
  const text =
    trend === 'same' && signed
      ? `same (${signed} is within the +/- ${margin} the runs can tell apart)`
      : `${trend}${signed ? ` ${signed}` : ''}`;
  if (trend === 'better') return style.good(text);
  if (trend === 'worse') return style.bad(text);
  return trend === 'same' ? text : style.dim(text);
};

export function renderQuizHistory(report: HistoryReport, style: Style, width: number): string {
  const out: string[] = [];
  out.push(style.heading(`Quiz history (${plural(report.runs.length, 'run')})`));
  out.push(
    renderTable(
      {
        // The role's id says whose ladder a target is in: "Chief Information Officer (CIO)" tops two.
        head: ['Taken', 'Role', 'Target level', 'Overall', 'Right'],
        rows: report.runs.map((run) => [
          formatTakenAt(run.takenAt),
          run.role.id,
          run.target.title,
          `${run.overall}`,
          `${run.questions.correct}/${run.questions.asked}`,
        ]),
        width,
        alignRight: [3, 4],
      },
      style,
    ).trimEnd(),
  );

  for (const trend of report.trends) {
    out.push(
      '',
      style.heading(
        `${trend.role.title}: ${trend.previous ? `change since ${formatTakenAt(trend.previous.takenAt)}` : 'one run so far'}`,
      ),
    );
    if (!trend.previous) {
      out.push(
        wrap(
          `Overall ${trend.latest.overall}/100 on ${formatTakenAt(trend.latest.takenAt)}. Take the quiz again to see a trend.`,
          width,
        ),
      );
      continue;
    }
    out.push(
      wrap(
        `Overall ${trend.overall.previous} -> ${trend.overall.latest} (${trendText(trend.overall.trend, trend.overall.change, style, trend.overall.margin)})` +
          (trend.previous.target.id !== trend.latest.target.id
            ? style.dim(` targets differ: ${trend.previous.target.title}, then ${trend.latest.target.title}`)
            : ''),
        width,
      ),
    );
    out.push(...renderSkillTrends(trend.skills, style, width));
  }
  return `${out.join('\n')}\n`;
}

/** Skill areas that changed, one per line, best gain first; the unchanged ones in a line. */
function renderSkillTrends(skills: readonly SkillTrend[], style: Style, width: number): string[] {
  const lines: string[] = [];
  const changed = skills
    .filter((s) => s.trend === 'better' || s.trend === 'worse')
    .sort((a, b) => b.change! - a.change!);
  for (const s of changed) {
    lines.push(
      wrap(
        `  ${plainName(s.name)}: ${s.previous} -> ${s.latest} (${trendText(s.trend, s.change, style)})`,
        width,
        '    ',
      ),
    );
  }
  const same = skills.filter((s) => s.trend === 'same');
  const noise = same.filter((s) => s.change);
  if (same.length)
    lines.push(
      style.dim(wrap(`  same (${same.length}): ${same.map((s) => plainName(s.name)).join('; ')}`, width, '    ')),
    );
  if (noise.length) {
    lines.push(
      style.dim(
        wrap(
          `  of these, ${noise.length} moved by no more than the two runs' measurement error (fewer questions, larger error), so they count as the same`,
          width,
          '    ',
        ),
      ),
    );
  }
  const fresh = skills.filter((s) => s.trend === 'new');
  if (fresh.length)
    lines.push(
      style.dim(
        wrap(
          `  new since then (${fresh.length}): ${fresh.map((s) => `${plainName(s.name)} ${s.latest}`).join('; ')}`,
          width,
          '    ',
        ),
      ),
    );
  return lines;
}

/** The name without its parenthetical ("IT service management (ITSM / ITIL)"). */
const plainName = (name: string) => name.replace(/\s*\([^)]*\)/g, '');

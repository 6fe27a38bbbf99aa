// `career quiz history` as text: every run, then per role the change in each
// skill area since the run before.
import type { HistoryReport, SkillTrend, Trend } from '../core/quiz/history.js';
import { plural } from './format.js';
import type { Style } from './style.js';
import { textSink, type ReportSink } from './report-sink.js';

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
  return writeQuizHistory(report, textSink(style, width));
}

/** The history, said to a sink: terminal text or a Markdown document. */
export function writeQuizHistory(report: HistoryReport, sink: ReportSink): string {
  const { style } = sink;
  sink.section(`Quiz history (${plural(report.runs.length, 'run')})`, 1);
  sink.table(
    // The role's id says whose ladder a target is in: "Chief Information Officer (CIO)" tops two.
    ['Taken', 'Role', 'Target level', 'Overall', 'Right'],
    report.runs.map((run) => [
      formatTakenAt(run.takenAt),
      run.role.id,
      run.target.title,
      `${run.overall}`,
      `${run.questions.correct}/${run.questions.asked}`,
    ]),
    [3, 4],
  );

  for (const trend of report.trends) {
    sink.section(
      `${trend.role.title}: ${trend.previous ? `change since ${formatTakenAt(trend.previous.takenAt)}` : 'one run so far'}`,
    );
    if (!trend.previous) {
      sink.line(
        `Overall ${trend.latest.overall}/100 on ${formatTakenAt(trend.latest.takenAt)}. Take the quiz again to see a trend.`,
      );
      continue;
    }
    sink.line(
      `Overall ${trend.overall.previous} -> ${trend.overall.latest} (${trendText(trend.overall.trend, trend.overall.change, style, trend.overall.margin)})` +
        (trend.previous.target.id !== trend.latest.target.id
          ? style.dim(` targets differ: ${trend.previous.target.title}, then ${trend.latest.target.title}`)
          : ''),
    );
    writeSkillTrends(trend.skills, sink);
  }
  return sink.done();
}

/** Skill areas that changed, one per line, best gain first; the unchanged ones in a line. */
function writeSkillTrends(skills: readonly SkillTrend[], sink: ReportSink): void {
  const changed = skills
    .filter((s) => s.trend === 'better' || s.trend === 'worse')
    .sort((a, b) => b.change! - a.change!);
  for (const s of changed)
    sink.entry(`${plainName(s.name)}: ${s.previous} -> ${s.latest} (${trendText(s.trend, s.change, sink.style)})`);
  const same = skills.filter((s) => s.trend === 'same');
  const noise = same.filter((s) => s.change);
  if (same.length) sink.entry(`same (${same.length}): ${same.map((s) => plainName(s.name)).join('; ')}`, true);
  if (noise.length) {
    sink.entry(
      `of these, ${noise.length} moved by no more than the two runs' measurement error (fewer questions, larger error), so they count as the same`,
      true,
    );
  }
  const fresh = skills.filter((s) => s.trend === 'new');
  if (fresh.length)
    sink.entry(
      `new since then (${fresh.length}): ${fresh.map((s) => `${plainName(s.name)} ${s.latest}`).join('; ')}`,
      true,
    );
}

/** The name without its parenthetical ("IT service management (ITSM / ITIL)"). */
const plainName = (name: string) => name.replace(/\s*\([^)]*\)/g, '');

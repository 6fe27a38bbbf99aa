// The quiz report as text: the overall score, a chart of skill scores,
// readiness per level, the gaps with what to do, the time to the target, the
// missed questions explained, and the roles the answers fit.
import type { CertificationAdvice, Gap } from '../core/quiz/gaps.js';
import type { LevelReadiness, ReadinessStatus } from '../core/quiz/readiness.js';
import type { QuizReport, ReportedSkill } from '../core/quiz/report.js';
import type { Source } from '../data/schema.js';
import { renderBarChart } from './chart.js';
import { createCitations } from './citations.js';
import { certificationCost, plural, studyTime, years } from './format.js';
import type { Style } from './style.js';
import { textSink, type ReportSink } from './report-sink.js';

const GAPS_SHOWN = 5;
const FITS_SHOWN = 5;
const IMPORTANCE = ['', 'useful', 'important', 'core'];

/** "Backup, disaster recovery and business continuity" -> "Backup, disaster recovery…" within `max`. */
export function shortSkillName(name: string, max: number): string {
  const plain = name.replace(/\s*\([^)]*\)/g, '').trim();
  if (plain.length <= max) return plain;
  const cut = plain.slice(0, max - 1);
  // Cut at the last whole word (the cut may end exactly on one).
  const space = plain[max - 1] === ' ' ? cut.length : cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[,\s]+$/, '').replace(/\s+(and|or)$/, '')}…`;
}

const statusText = (status: ReadinessStatus, style: Style) =>
  status === 'ready' ? style.good('ready') : status === 'close' ? style.warn('close') : style.bad('not yet');

const yearsText = (n: number) => `${Number.isInteger(n) ? n : n.toFixed(1)} year${n === 1 ? '' : 's'}`;

export function renderQuizReport(report: QuizReport, sources: readonly Source[], style: Style, width: number): string {
  return writeQuizReport(report, sources, textSink(style, width));
}

/** The report, said to a sink: terminal text or a Markdown document. */
export function writeQuizReport(report: QuizReport, sources: readonly Source[], sink: ReportSink): string {
  const { style } = sink;
  const cite = createCitations(sources);
  const c = (id: string | undefined) => style.dim(cite.cite(id));
  const section = (title: string) => sink.section(title);

  sink.title(`Readiness for ${report.target.title}`, style.dim(` (${report.target.id})`));
  const target = report.readiness.levels.find((level) => level.isTarget);
  const verdict = target ? ` · ${statusText(target.status, style)} for the target` : '';
  sink.line(
    `Overall ${style.bold(`${report.overall}/100`)}${verdict} · ${report.knowledge.correct} of ${plural(report.knowledge.asked, 'question')} right` +
      (report.seed !== null ? style.dim(` · seed ${report.seed}`) : ''),
  );

  sink.gap();
  sink.chart((chartStyle, chartWidth) => renderSkillChart(report.skills, chartStyle, chartWidth));
  sink.line(report.measurement);
  sink.note(`2/3 = knowledge questions right; self = your 1-5 rating; +/- = measurement error. ${report.scoring.rule}`);

  section('Readiness by level');
  const { background } = report;
  const holds = report.readiness.levels.find((level) => level.id === background.currentLevel);
  sink.line(
    `You: ${yearsText(background.yearsExperience)} of experience, ${yearsText(background.yearsLeadingPeople)} leading people` +
      (holds ? `, holding ${holds.title} today.` : '.'),
  );
  sink.table(
    ['Level', 'Status', 'Skills', 'Years', 'Leading', 'Holding you back'],
    report.readiness.levels.map((level) => [
      level.isTarget ? style.bold(`${level.title} (target)`) : level.title,
      statusText(level.status, style),
      `${level.skillScore}±${level.margin}`,
      years(level.experience.min, level.experience.max, level.experience.openEnded),
      level.leadership.needed === 0 ? '-' : yearsText(level.leadership.needed),
      holdingBack(level, report.readiness.thresholds.ready, background),
    ]),
    [2],
  );
  sink.note(report.readiness.thresholds.rule);
  if (target) {
    sink.gap();
    writeExpectations(target, sink, c);
  }

  section(`Time to ${report.target.title}`);
  writeEstimate(report, sink);

  section('Gaps to close, most important first');
  if (report.gaps.length === 0) sink.line(`No skill is below what ${report.target.title} expects: keep them current.`);
  report.gaps.slice(0, GAPS_SHOWN).forEach((gap, index) => writeGap(gap, index, report, sink, c));
  if (report.gaps.length > GAPS_SHOWN)
    sink.note(`... and ${plural(report.gaps.length - GAPS_SHOWN, 'more gap')} (--json lists them all)`);

  section(`Questions you missed (${report.missed.length} of ${report.knowledge.asked})`);
  if (report.missed.length === 0) sink.line('None: every answer was right.');
  report.missed.forEach((q, index) => {
    sink.numbered(index + 1, q.question, '   ');
    sink.sub(`You answered: ${q.chosen ?? '(no answer)'}`);
    sink.sub(`${style.good('Correct')}: ${q.correctChoice}`);
    sink.sub(q.explanation, { dim: true, hang: '   ' });
  });

  section('Other roles your skills fit');
  const fits = report.roleFit.roles.slice(0, FITS_SHOWN);
  if (fits.length) {
    const names = new Map(report.skills.map((s) => [s.id, s.name]));
    sink.table(
      ['Role', 'Fit', 'Measured', 'Your strongest of its skills'],
      fits.map((fit) => [
        fit.title,
        `${fit.fit}`,
        `${fit.measured}%`,
        fit.strengths.map((id) => shortSkillName(names.get(id) ?? id, 24)).join(', '),
      ]),
      [1, 2],
    );
  } else sink.line('No other role in the data lists its skills.');
  const unranked = report.roleFit.withoutSkills.map((r) => r.title);
  sink.note(
    `Fit: ${report.roleFit.rule}. Measured: how much of the role's skill weight this quiz covered.` +
      (unranked.length ? ` Not ranked (no skills in the data): ${unranked.join(', ')}.` : ''),
  );

  if (cite.cited().length) sink.sources(cite);
  return sink.done();
}

/** The criteria a level is not met on, in a few words. */
function holdingBack(level: LevelReadiness, readyScore: number, background: QuizReport['background']): string {
  const reasons: string[] = [];
  if (level.criteria.skills !== 'met') reasons.push(`skills ${readyScore - level.skillScore} below ${readyScore}`);
  const short = level.experience.min - background.yearsExperience;
  if (short > 0) reasons.push(`${yearsText(short)} short`);
  const leadShort = level.leadership.needed - level.leadership.yours;
  if (leadShort > 0) reasons.push(`${yearsText(leadShort)} more leading people`);
  if (level.criteria.evidence !== 'met') reasons.push(`too few questions (${level.evidence.questions})`);
  return reasons.join('; ') || '-';
}

/** What the target level expects per skill, beside where you stand and the questions behind it. */
function writeExpectations(level: LevelReadiness, sink: ReportSink, c: (id?: string) => string): void {
  const { style } = sink;
  sink.line(`${style.bold(`What ${level.title} expects`)}, on the 1-5 scale ${c(level.expects.source)}`);
  const item = (skill: LevelReadiness['expectedSkills'][number]) =>
    `${shortSkillName(skill.name, 30)} ${skill.expected} (you ${skill.yours ?? '-'}, ${skill.questions === 0 ? 'self-rating only' : plural(skill.questions, 'question')})`;
  const below = level.expectedSkills.filter((skill) => !skill.met);
  const met = level.expectedSkills.filter((skill) => skill.met);
  if (below.length) sink.entry(`${style.warn('Below')}: ${below.map(item).join('; ')}`);
  if (met.length) sink.entry(`${style.good('Met')}: ${met.map(item).join('; ')}`);
  const lead = level.leadership;
  sink.line(
    `Leading people: ${lead.needed === 0 ? 'not needed' : `${yearsText(lead.needed)} needed`}, you have ${yearsText(lead.yours)} ${c(lead.source)}`,
  );
  if (level.expects.note) sink.note(level.expects.note);
}

function renderSkillChart(skills: readonly ReportedSkill[], style: Style, width: number): string {
  // A third of the width for skill names: whole names on a wide terminal, shortened ones at 80 columns.
  const labelMax = Math.max(12, Math.floor(width * 0.33));
  const scored = skills
    .filter((s): s is ReportedSkill & { score: number } => s.score !== null)
    .sort((a, b) => b.score - a.score || b.weight - a.weight);
  const details = scored.map((skill) =>
    [
      skill.knowledge ? `${skill.knowledge.correct}/${skill.knowledge.asked}` : 'no q',
      skill.selfRating !== null ? `self ${skill.selfRating}` : '',
      `±${skill.evidence.margin}`,
    ]
      .filter(Boolean)
      .join(' · '),
  );
  const detailWidth = Math.max(...details.map((d) => d.length));
  const groups = scored.map((skill, index) => ({
    label: shortSkillName(skill.name, labelMax),
    bars: [
      {
        label: '',
        value: skill.score,
        display: `${String(skill.score).padStart(3)}  ${details[index]!.padEnd(detailWidth)}`,
        series: skill.kind === 'soft' ? 1 : 0,
      },
    ],
  }));
  // Scaled to the 0-100 score, so a 70 never looks full.
  return renderBarChart(
    `Skill scores out of 100${style.enabled ? ' (soft skills in the second colour)' : ''}`,
    groups,
    width,
    style,
    100,
  ).trimEnd();
}

function writeEstimate(report: QuizReport, sink: ReportSink): void {
  const { style } = sink;
  const { estimate } = report;
  if (estimate.status === 'ready-now') sink.line(`${style.good('Ready now.')} ${estimate.assumption}`);
  else if (estimate.status === 'estimated' && estimate.years) {
    const { min, typical, max } = estimate.years;
    const range = min === max ? '' : ` (${min}-${yearsText(max)})`;
    sink.line(
      max === 0
        ? `No more time is needed from ${estimate.from!.title} to ${estimate.to.title} by the path model, but you are not ready for it yet: ${estimate.alsoNeeded.join(' and ') || 'see the readiness table'} still stand${estimate.alsoNeeded.length === 1 ? 's' : ''} in the way.`
        : `About ${style.bold(yearsText(typical))}${range} from ${estimate.from!.title} to ${estimate.to.title}, at a ${estimate.pace} pace. The model counts years, not skills: close the gaps below to be ready when the time comes.`,
    );
    sink.note(
      `${estimate.assumption} Same model as "career path ${report.role.id}:${estimate.from!.id} ${report.target.id}".`,
    );
  } else sink.line(estimate.assumption);
}

function writeGap(gap: Gap, index: number, report: QuizReport, sink: ReportSink, c: (id?: string) => string): void {
  const { style } = sink;
  const importance = IMPORTANCE[gap.importance] ?? `importance ${gap.importance}`;
  const emphasis = gap.emphasisedAtTarget ? `, emphasised at ${report.target.title}` : '';
  sink.numbered(
    index + 1,
    `${style.bold(gap.name)}: you ${gap.proficiency}, ${report.target.title} expects ${gap.expected} (${importance} skill${emphasis}; ${gap.evidence.label})`,
    '   ',
  );
  const levelTitle = new Map(report.readiness.levels.map((l) => [l.id, l.title]));
  for (const focus of gap.focus)
    sink.sub(`Focus: ${focus.text} ${style.dim(`(${levelTitle.get(focus.level) ?? focus.level})`)}`);
  for (const cert of gap.certifications) {
    sink.sub(`Certification: ${certificationText(cert, c, style)}`);
    for (const need of cert.prerequisites) sink.sub(`Before the exam: ${need.text} ${c(need.source)}`, { depth: 2 });
  }
  if (gap.focus.length === 0 && gap.certifications.length === 0) {
    const missed = report.missed.filter((q) => q.skill === gap.skill).length;
    const hint = missed
      ? ` Start with the ${missed === 1 ? 'question' : `${missed} questions`} you missed on it, below.`
      : '';
    sink.sub(`No focus area or certification in the data is linked to this skill.${hint}`, { dim: true, hang: '   ' });
  }
}

function certificationText(cert: CertificationAdvice, c: (id?: string) => string, style: Style): string {
  const known = [cert.cost && certificationCost(cert.cost, c), cert.studyWeeks && studyTime(cert.studyWeeks, c)].filter(
    Boolean,
  );
  const missing = [!cert.cost && 'cost', !cert.studyWeeks && 'study time'].filter(Boolean).join(' and ');
  return `${cert.name} ${c(cert.source)}${known.length ? `: ${known.join('; ')}` : ''}${missing ? style.dim(` (${missing} not in the data)`) : ''}`;
}

// `career show ROLE` as text: sections a person can scan, every figure with a
// footnote to its source, and a chart of salary by level.
import type { RoleProfile } from '../core/profile.js';
import { others, primary } from '../core/figures.js';
import { renderBarChart } from './chart.js';
import { createCitations } from './citations.js';
import { certificationCost, growthText, money, moneyRange, moneyShort, studyTime, thousands, years } from './format.js';
import type { Style } from './style.js';
import { renderTable } from './table.js';
import { wrap } from './wrap.js';
import { moneyPlaceOf, placeLabel, placesDiffer } from '../core/money-place.js';

export function renderProfile(profile: RoleProfile, style: Style, width: number): string {
  const { role } = profile;
  const cite = createCitations(profile.sources);
  const c = (id: string | undefined) => style.dim(cite.cite(id));
  const out: string[] = [];
  const section = (title: string) => out.push('', style.heading(title));

  // The other names go on the title's line when they fit, else on lines of their own.
  const also = role.aliases.length ? `(also: ${role.aliases.join(', ')})` : '';
  if (also === '') out.push(style.bold(role.title));
  else if (role.title.length + 2 + also.length <= width) out.push(`${style.bold(role.title)}  ${style.dim(also)}`);
  else out.push(style.bold(role.title), wrap(style.dim(also), width));
  out.push(wrap(role.summary, width));

  // Key facts: the primary value first, then what other sources say.
  const facts = role.facts;
  const rows: string[][] = [];
  const addFigures = <T extends { source: string; primary?: boolean; why?: string }>(label: string, list: T[] | undefined, show: (f: T) => string) => {
    const main = primary(list);
    if (!main) return;
    rows.push([label, `${show(main)} ${c(main.source)}`]);
    for (const other of others(list)) rows.push(['', style.dim(`also: ${show(other)} `) + c(other.source)]);
  };
  // Labels from the figures' own places ("U.S. median salary", "Median salary (Germany)"),
  // amounts in their own currencies, each naming its place when the places differ.
  const salaryFigures = (what: string, list: { value: number; source: string; currency?: string; place?: string; asOf?: string }[] | undefined) => {
    const places = (list ?? []).map((f) => moneyPlaceOf(f).place);
    const show = (f: { value: number; currency?: string; place?: string; asOf?: string }) =>
      `${money(f.value, moneyPlaceOf(f).currency)}${placesDiffer(places) ? ` (${moneyPlaceOf(f).place})` : ''}${f.asOf ? ` (${f.asOf})` : ''}`;
    addFigures(placeLabel(what, places), list, show);
  };
  salaryFigures('median salary', facts.medianSalary);
  salaryFigures('average salary', facts.averageSalary);
  addFigures('Salary range', facts.salaryRange, (r) => moneyRange(r.min, r.max, r.currency, r.openEnded));
  addFigures('Growth outlook', facts.growth, (g) => `${growthText(g)}${g.outlook ? `, ${g.outlook}` : ''}${g.scope ? ` (${g.scope})` : ''}`);
  addFigures('Annual openings', facts.annualOpenings, (f) => `about ${thousands(f.value)}`);
  addFigures('New jobs', facts.newJobs, (f) => `about ${thousands(f.value)}${f.asOf ? ` (${f.asOf})` : ''}`);
  if (facts.topIndustries) rows.push(['Top industries', `${facts.topIndustries.items.join('; ')} ${c(facts.topIndustries.source)}`]);
  if (facts.education) rows.push(['Education', `${facts.education.summary} ${c(facts.education.source)}`]);
  for (const s of facts.salaryByIndustry ?? []) rows.push([`Average in ${s.industry}`, `${money(s.average, s.currency)} ${c(s.source)}`]);
  const disputed: (readonly { source: string; primary?: boolean; why?: string }[] | undefined)[] = [
    facts.medianSalary,
    facts.growth,
    facts.salaryRange,
    facts.averageSalary,
    facts.annualOpenings,
  ];
  const primaryNotes = disputed
    .filter((list) => (list?.length ?? 0) > 1)
    .map((list) => primary(list)!.why)
    .filter((why): why is string => !!why);
  if (rows.length) {
    section('Key facts');
    out.push(renderTable({ head: ['Fact', 'Value'], rows, width }, style).trimEnd());
    for (const why of primaryNotes) out.push(wrap(style.dim(`Shown first: ${why}`), width));
  }

  if (profile.skills.length) {
    section('Skills');
    for (const kind of ['technical', 'soft'] as const) {
      const list = profile.skills.filter((s) => s.kind === kind).sort((a, b) => b.importance - a.importance);
      if (!list.length) continue;
      out.push(wrap(`${kind === 'technical' ? 'Technical' : 'Soft'}: ${list.map((s) => `${s.name}${'*'.repeat(s.importance - 1)}`).join(', ')}`, width));
    }
    out.push(style.dim('(** core, * important)'));
  }

  if (profile.certifications.length) {
    section('Certifications');
    out.push(
      renderTable(
        {
          head: ['Certification', 'Issuer', 'Level', 'Cost', 'Study'],
          rows: profile.certifications.map((cert) => [
            `${cert.name} ${c(cert.recommendedBy)}`,
            cert.issuer,
            cert.level,
            cert.cost ? certificationCost(cert.cost, c) : '-',
            cert.studyWeeks ? studyTime(cert.studyWeeks, c, 'wks') : '-',
          ]),
          width,
        },
        style,
      ).trimEnd(),
    );
  }

  const ladder = role.ladder;
  if (ladder) {
    section(`Career ladder ${c(ladder.source)}`);
    out.push(
      renderTable(
        {
          head: ['Level', 'Experience', 'Median', 'Average'],
          rows: ladder.levels.map((l) => [
            `${l.id === ladder.mainLevel ? style.bold(l.title) : l.title} ${style.dim(`(${l.id})`)}`,
            years(l.experience.min, l.experience.max, l.experience.openEnded),
            l.salary?.median !== undefined ? money(l.salary.median, l.salary.currency) : '-',
            l.salary?.average !== undefined ? money(l.salary.average, l.salary.currency) : '-',
          ]),
          width,
          alignRight: [2, 3],
        },
        style,
      ).trimEnd(),
    );
    const bars = ladder.levels.filter((l) => l.salary?.median !== undefined);
    if (bars.length) {
      out.push('');
      out.push(
        renderBarChart(
          placeLabel('median salary by level', bars.map((l) => moneyPlaceOf(l.salary).place)),
          bars.map((l) => ({ label: l.title, bars: [{ label: '', value: l.salary!.median!, display: moneyShort(l.salary!.median!, l.salary!.currency) }] })),
          width,
          style,
        ).trimEnd(),
      );
    }
  }

  if (role.entry) {
    section('How to get there');
    role.entry.steps.forEach((step, i) => {
      const d = step.duration ? ` (${step.duration.min}-${step.duration.max} ${step.duration.unit})` : '';
      out.push(wrap(`${i + 1}. ${style.bold(step.title)}${d} ${c(step.source)}`, width));
    });
    const t = role.entry.timelines;
    const timeline = [
      ['complete beginner', t.beginner],
      ['career changer', t.changer],
      ['from a related IT role', t.related],
    ] as const;
    for (const [label, entry] of timeline) {
      if (entry) out.push(`   ${label}: ${years(entry.years.min, entry.years.max)} ${c(entry.source)}`);
    }
  }

  if (role.globalSalaries.length) {
    section('Salaries around the world');
    out.push(
      renderTable(
        {
          head: ['Country', 'Local', 'USD'],
          rows: role.globalSalaries.map((g) => [
            `${g.country}${g.place ? ` (${g.place})` : ''} ${c(g.source)}`,
            moneyRange(g.localMin, g.localMax, g.currency),
            g.usdMin !== undefined || g.usdMax !== undefined ? moneyRange(g.usdMin, g.usdMax) : '-',
          ]),
          width,
        },
        style,
      ).trimEnd(),
    );
  }

  if (role.specializations.length) {
    section('Emerging specializations');
    for (const s of role.specializations) out.push(wrap(`- ${style.bold(s.name)}: ${s.summary} ${c(s.source)}`, width, '  '));
  }
  if (profile.related.length) {
    section('Related roles');
    for (const r of profile.related) out.push(wrap(`- ${r.title} ${style.dim(`(${r.id})`)}${r.note ? `: ${r.note}` : ''} ${c(r.source)}`, width, '  '));
  }

  out.push('', cite.render(style, width).trimEnd());
  return `${out.join('\n')}\n`;
}

// `career show ROLE` as text: sections a person can scan, every figure with a
// footnote to its source, and a chart of salary by level.
import type { RoleProfile } from '../core/profile.js';
import { others, primary } from '../shared/figures.js';
import { renderBarChart } from './chart.js';
import { createCitations } from './citations.js';
import { certificationCost, growthText, money, moneyRange, moneyShort, studyTime, thousands, years } from './format.js';
import type { Style } from './style.js';
import { textSink, type ReportSink } from './report-sink.js';
import { renderLevelExpectations } from './profile-expectations.js';
import { moneyPlaceOf, placeLabel, placesDiffer } from '../core/money-place.js';

export function renderProfile(profile: RoleProfile, style: Style, width: number): string {
  return writeProfile(profile, textSink(style, width));
}

/** The profile, said to a sink: terminal text or a Markdown document. */
export function writeProfile(profile: RoleProfile, sink: ReportSink): string {
  const { style, width } = sink;
  const { role } = profile;
  const cite = createCitations(profile.sources);
  const c = (id: string | undefined) => style.dim(cite.cite(id));
  const certificationName = new Map(profile.certifications.map((cert) => [cert.id, cert.name]));
  const section = (title: string) => sink.section(title);

  // The aliases are dimmed word by word so that wrapping them never splits a styled span.
  const aliases = role.aliases.length
    ? `  ${`(also: ${role.aliases.join(', ')})`
        .split(' ')
        .map((w) => style.dim(w))
        .join(' ')}`
    : '';
  sink.title(role.title, aliases);
  sink.line(role.summary);

  // Key facts: the primary value first, then what other sources say, each
  // with its qualifier (what it is for) so two figures never look alike.
  const facts = role.facts;
  const rows: string[][] = [];
  const shownFirst: { label: string; why: string }[] = [];
  const addFigures = <T extends Qualified>(label: string, list: T[] | undefined, show: (f: T) => string) => {
    const main = primary(list);
    if (!main) return;
    rows.push([label, `${figureText(show(main), main)} ${c(main.source)}`]);
    const rest = others(list);
    for (const other of rest)
      rows.push(['', style.dim('also: ') + `${figureText(show(other), other)} ${c(other.source)}`]);
    if (rest.length && main.why) shownFirst.push({ label, why: main.why });
  };
  // Labels from the figures' own places ("U.S. median salary", "Median salary (Germany)"),
  // amounts in their own currencies, each naming its place when the places differ.
  const salaryFigures = (
    what: string,
    list: { value: number; source: string; currency?: string; place?: string; asOf?: string }[] | undefined,
  ) => {
    const places = (list ?? []).map((f) => moneyPlaceOf(f).place);
    const show = (f: { value: number; currency?: string; place?: string; asOf?: string }) =>
      `${money(f.value, moneyPlaceOf(f).currency)}${placesDiffer(places) ? ` (${moneyPlaceOf(f).place})` : ''}${f.asOf ? ` (${f.asOf})` : ''}`;
    addFigures(placeLabel(what, places), list, show);
  };
  salaryFigures('median salary', facts.medianSalary);
  salaryFigures('average salary', facts.averageSalary);
  addFigures('Salary range', facts.salaryRange, (r) => moneyRange(r.min, r.max, r.currency, r.openEnded));
  addFigures(
    'Growth outlook',
    facts.growth,
    (g) => `${growthText(g)}${g.outlook ? `, ${g.outlook}` : ''}${g.scope ? ` (${g.scope})` : ''}`,
  );
  addFigures(
    'Annual openings',
    facts.annualOpenings,
    (f) => `about ${thousands(f.value)}${f.asOf ? ` a year (${f.asOf})` : ''}`,
  );
  addFigures('New jobs', facts.newJobs, (f) => `about ${thousands(f.value)}${f.asOf ? ` (${f.asOf})` : ''}`);
  addFigures('U.S. jobs', facts.employment, (f) => `${thousands(f.value)}${f.asOf ? ` (${f.asOf})` : ''}`);
  addFigures('Experience', facts.experience, (x) => years(x.min, x.max, x.openEnded));
  if (facts.topIndustries)
    rows.push(['Top industries', `${facts.topIndustries.items.join('; ')} ${c(facts.topIndustries.source)}`]);
  if (facts.education) rows.push(['Education', `${facts.education.summary} ${c(facts.education.source)}`]);
  if (facts.workExperience)
    rows.push(['Work experience', `${facts.workExperience.summary} ${c(facts.workExperience.source)}`]);
  for (const s of facts.salaryByIndustry ?? [])
    rows.push([`Average in ${s.industry}`, `${figureText(money(s.average, s.currency), s)} ${c(s.source)}`]);
  if (rows.length) {
    section('Key facts');
    sink.table(['Fact', 'Value'], rows);
    for (const { label, why } of shownFirst) sink.note(`Shown first (${label}): ${why}`);
  }

  if (profile.skills.length) {
    section('Skills');
    for (const kind of ['technical', 'soft'] as const) {
      const list = profile.skills.filter((s) => s.kind === kind).sort((a, b) => b.importance - a.importance);
      if (!list.length) continue;
      sink.line(
        `${kind === 'technical' ? 'Technical' : 'Soft'}: ${list.map((s) => `${s.name}${'*'.repeat(s.importance - 1)}`).join(', ')}`,
      );
    }
    const rankedBy = [...new Set(profile.skills.map((s) => s.importanceSource))];
    const estimate = rankedBy.every((id) => id !== undefined)
      ? `: the tool's estimate ${rankedBy.map((id) => cite.cite(id)).join('')}`
      : '';
    sink.note(`(** core, * important${estimate})`);
    const shares = facts.skillShares;
    if (shares) {
      const items = shares.items.map((i) => `${i.name} ${i.percent}%`).join(', ');
      sink.line(`${shares.qualifier[0]!.toUpperCase()}${shares.qualifier.slice(1)} ${c(shares.source)}: ${items}`);
    }
  }

  if (profile.certifications.length) {
    section('Certifications');
    const notes = createNotes();
    // Which rating of a certification's level is ours is said once, under the table.
    const levelSources = new Set(
      profile.certifications.flatMap((cert) => (cert.levelSource ? [cert.levelSource] : [])),
    );
    sink.table(
      ['Certification', 'Issuer', levelSources.size ? 'Level~' : 'Level', 'Cost', 'Study'],
      profile.certifications.map((cert) => {
        const renamed = cert.renamed
          ? ` ${notes.mark(`${cert.name}: ${cert.renamed.note} ${cite.cite(cert.renamed.source)}`)}`
          : '';
        const costs = [
          // The show table is narrow: the group is said once, in a lettered note.
          cert.cost
            ? `${certificationCost({ ...cert.cost, group: null }, c)}${groupMark(cert.cost.group, notes, 'cost')}`
            : '',
          cert.costWords ? `in words ${notes.mark(costWordsText(cert.costWords, cite.cite))}` : '',
        ].filter(Boolean);
        return [
          `${cert.name} ${c(cert.recommendedBy)}${renamed}`,
          cert.issuer,
          cert.level,
          costs.length ? costs.join('; ') : '-',
          cert.studyWeeks
            ? `${studyTime({ ...cert.studyWeeks, group: null }, c, 'wks')}${groupMark(cert.studyWeeks.group, notes, 'study time')}`
            : '-',
        ];
      }),
    );
    if (levelSources.size)
      sink.note(`~ Level: the tool's estimate ${[...levelSources].map((id) => cite.cite(id)).join('')}`);
    for (const line of notes.lines()) sink.note(line, '    ');
  }

  const ladder = role.ladder;
  if (ladder) {
    section(`Career ladder ${c(ladder.source)}`);
    const ladderNotes = createNotes();
    sink.table(
      ['Level', 'Experience', 'Median', 'Average'],
      ladder.levels.map((l) => [
        `${l.id === ladder.mainLevel ? style.bold(l.title) : l.title} ${style.dim(`(${l.id})`)}`,
        years(l.experience.min, l.experience.max, l.experience.openEnded) +
          (l.experienceAlso ?? [])
            .map(
              (x) =>
                ` ${ladderNotes.mark(`${l.title}: also ${years(x.min, x.max, x.openEnded)}, ${x.qualifier} ${cite.cite(x.source)}.${l.experienceWhy ? ` Band shown first: ${l.experienceWhy}` : ''}`)}`,
            )
            .join(''),
        l.salary?.median !== undefined ? money(l.salary.median, l.salary.currency) : '-',
        l.salary?.average !== undefined ? money(l.salary.average, l.salary.currency) : '-',
      ]),
      [2, 3],
    );
    for (const line of ladderNotes.lines()) sink.note(line, '    ');
    const withCertifications = ladder.levels.filter((l) => l.certifications?.length);
    if (withCertifications.length) {
      const by = [...new Set(withCertifications.map((l) => l.certificationsSource ?? l.source))];
      const whose = withCertifications.every((l) => l.certificationsSource) ? "the tool's estimate" : 'as listed';
      sink.gap();
      sink.line(`Certifications by level (${whose} ${by.map((id) => cite.cite(id)).join('')}):`);
      for (const l of withCertifications)
        sink.item(`${l.title}: ${l.certifications!.map((id) => certificationName.get(id) ?? id).join(', ')}`);
    }
    const bars = ladder.levels.filter((l) => l.salary?.median !== undefined);
    if (bars.length) {
      sink.gap();
      sink.chart((style, width) =>
        renderBarChart(
          placeLabel(
            'median salary by level',
            bars.map((l) => moneyPlaceOf(l.salary).place),
          ),
          bars.map((l) => ({
            label: l.title,
            bars: [{ label: '', value: l.salary!.median!, display: moneyShort(l.salary!.median!, l.salary!.currency) }],
          })),
          width,
          style,
        ),
      );
    }
    const expected = renderLevelExpectations(role, style, width, c);
    if (expected.length) {
      section('What each level expects');
      sink.lines(expected);
    }
  }

  if (role.entry) {
    section('How to get there');
    role.entry.steps.forEach((step, i) => {
      const d = step.duration ? ` (${step.duration.min}-${step.duration.max} ${step.duration.unit})` : '';
      sink.numbered(i + 1, `${style.bold(step.title)}${d} ${c(step.source)}`);
    });
    const t = role.entry.timelines;
    const timeline = [
      ['complete beginner', t.beginner],
      ['career changer', t.changer],
      ['from a related IT role', t.related],
    ] as const;
    for (const [label, entry] of timeline) {
      if (entry) sink.line(`   ${label}: ${years(entry.years.min, entry.years.max)} ${c(entry.source)}`);
    }
  }

  if (role.globalSalaries.length) {
    section('Salaries around the world');
    sink.table(
      ['Country', 'Local', 'USD'],
      role.globalSalaries.map((g) => [
        `${g.country}${g.place ? ` (${g.place})` : ''} ${c(g.source)}`,
        moneyRange(g.localMin, g.localMax, g.currency),
        g.usdMin !== undefined || g.usdMax !== undefined ? moneyRange(g.usdMin, g.usdMax) : '-',
      ]),
    );
  }

  if (role.specializations.length) {
    section('Emerging specializations');
    for (const s of role.specializations) sink.item(`${style.bold(s.name)}: ${s.summary} ${c(s.source)}`);
  }
  if (profile.related.length) {
    section('Related roles');
    for (const r of profile.related)
      sink.item(`${r.title} ${style.dim(`(${r.id})`)}${r.note ? `: ${r.note}` : ''} ${c(r.source)}`);
  }

  sink.sources(cite);
  return sink.done();
}

interface Qualified {
  source: string;
  primary?: boolean;
  why?: string;
  qualifier?: string;
}

/** "$164,070 (May 2022), BLS: all computer and information systems managers": the value, then what it is for. */
function figureText(value: string, figure: { qualifier?: string }): string {
  return figure.qualifier ? `${value}, ${figure.qualifier}` : value;
}

/**
 * Lettered notes under a table, "(a)" in the cell: a remark that would crowd
 * a narrow column (a group's cost, a renamed certification) is said once.
 */
function createNotes() {
  const texts: string[] = [];
  return {
    mark(text: string): string {
      let i = texts.indexOf(text);
      if (i < 0) i = texts.push(text) - 1;
      return `(${String.fromCharCode(97 + (i % 26))})`;
    },
    lines(): string[] {
      return texts.map((text, i) => `(${String.fromCharCode(97 + (i % 26))}) ${text}`);
    },
  };
}

function groupMark(group: string | undefined, notes: ReturnType<typeof createNotes>, what: string): string {
  return group ? ` ${notes.mark(`one ${what} the source gives for ${group} as a group, not for each alone`)}` : '';
}

function costWordsText(words: { text: string; group?: string; source: string }, cite: (id: string) => string): string {
  return `${words.text}${words.group ? `, for ${words.group} as a group` : ''} ${cite(words.source)}`;
}

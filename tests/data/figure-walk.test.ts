// Every figure in data/, walked: each names a source that exists, each of the
// tool's own judgements cites `career-assumption`, and each qualifier (what a
// figure is for) reaches the text `career show` and `career compare` print.
// The checks are plain functions so the tests below can also prove that each
// one catches what it is for.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compare } from '../../src/core/compare.js';
import { buildProfile } from '../../src/core/profile.js';
import { inMemoryDataSet, type PlainData } from '../../src/data/dataset.js';
import { loadDataDirSync as loadDataDir } from '../../src/data/load/load-dir.js';
import { formatProblem } from '../../src/data/problem.js';
import type { Role } from '../../src/data/schema.js';
import { renderComparison } from '../../src/render/compare.js';
import { renderProfile } from '../../src/render/profile.js';
import { plainStyle } from '../../src/render/style.js';
import { repoRoot } from '../helpers/run-cli.js';
import { runInProcess } from '../helpers/run-in-process.js';

const ASSUMPTION = 'career-assumption';

function loadPlain(): PlainData {
  const { data, problems } = loadDataDir(join(repoRoot, 'data'));
  if (problems.length > 0) throw new Error(problems.map(formatProblem).join('\n'));
  return data;
}

const clone = <T>(value: T): T => structuredClone(value);

type Visit = (path: string, key: string, id: string) => void;

/** Every `source`, `...Source` and `sources: [ids]` in a value, with its path. */
function walkCitations(node: unknown, path: string, visit: Visit): void {
  if (Array.isArray(node)) {
    node.forEach((item, i) => walkCitations(item, `${path}[${i}]`, visit));
    return;
  }
  if (!node || typeof node !== 'object') return;
  for (const [key, value] of Object.entries(node)) {
    const at = `${path}.${key}`;
    if ((key === 'source' || key.endsWith('Source')) && typeof value === 'string') visit(at, key, value);
    else if (key === 'sources' && Array.isArray(value) && value.every((v) => typeof v === 'string'))
      value.forEach((id, i) => visit(`${at}[${i}]`, key, id));
    else walkCitations(value, at, visit);
  }
}

/** Citations of a source id that is not in sources.yaml. */
export function missingSources(data: PlainData): string[] {
  const known = new Set(data.sources.map((s) => s.id));
  const problems: string[] = [];
  const files: [string, unknown][] = [
    ['skills', data.skills],
    ['certifications', data.certifications],
    ['transitions', data.transitions],
    ...data.roles.map((r): [string, unknown] => [`roles/${r.id}`, r]),
  ];
  for (const [name, value] of files)
    walkCitations(value, name, (path, _key, id) => known.has(id) || problems.push(`${path}: no source "${id}"`));
  return problems;
}

/** The tool's own judgements that do not say they are ours. */
export function unlabelledAssumptions(data: PlainData): string[] {
  const problems: string[] = [];
  const mustBeOurs = (path: string, id: string | undefined) => {
    if (id !== ASSUMPTION)
      problems.push(
        `${path}: the tool's own judgement cites ${id === undefined ? 'nothing' : `"${id}"`}, not "${ASSUMPTION}"`,
      );
  };
  for (const role of data.roles) {
    // No source ranks skills: importance is ours.
    role.skills.forEach((s, i) => mustBeOurs(`roles/${role.id}.skills[${i}].importanceSource`, s.importanceSource));
    // Which certifications suit which rung is our reading of the ladders.
    role.ladder?.levels.forEach((l, i) => {
      if (l.certifications?.length)
        mustBeOurs(`roles/${role.id}.ladder.levels[${i}].certificationsSource`, l.certificationsSource);
    });
  }
  data.certifications.forEach((c) => {
    // No source rates certifications on one scale or maps them to skills.
    mustBeOurs(`certifications/${c.id}.levelSource`, c.levelSource);
    if (c.skills?.length) mustBeOurs(`certifications/${c.id}.skillsSource`, c.skillsSource);
  });
  data.transitions.forEach((t, i) => {
    if (t.assumption) mustBeOurs(`transitions[${i}].source`, t.source);
    else if (t.source === ASSUMPTION)
      problems.push(`transitions[${i}]: cites "${ASSUMPTION}" without "assumption: true"`);
  });
  return problems;
}

type Qualified = { qualifier?: string; source: string };

/** Every figure of a role's key facts that carries a qualifier, with where it sits. */
function qualifiedFacts(role: Role): { path: string; figure: Qualified; shownByCompare: boolean }[] {
  const f = role.facts;
  const lists: [string, Qualified[] | undefined, boolean][] = [
    ['medianSalary', f.medianSalary, true],
    ['averageSalary', f.averageSalary, true],
    ['salaryRange', f.salaryRange, true],
    ['growth', f.growth, true],
    ['annualOpenings', f.annualOpenings, true],
    ['newJobs', f.newJobs, false],
    ['employment', f.employment, false],
    ['experience', f.experience, false],
    ['salaryByIndustry', f.salaryByIndustry, false],
  ];
  return lists.flatMap(([name, list, shownByCompare]) =>
    (list ?? []).flatMap((figure, i) =>
      figure.qualifier ? [{ path: `roles/${role.id}.facts.${name}[${i}]`, figure, shownByCompare }] : [],
    ),
  );
}

/** Box-drawing and runs of spaces out, so a wrapped cell reads as one line. */
const flatten = (text: string) => text.replace(/[│┌┐└┘├┤┬┴┼─]/g, ' ').replace(/\s+/g, ' ');

/** The footnote number `show` gives each source id, from its Sources list. */
function footnotes(text: string): Map<string, string> {
  const map = new Map<string, string>();
  for (const m of text.matchAll(/\[(\d+)\] .*?\(([a-z0-9-]+)\)\s*$/gm)) map.set(m[2]!, m[1]!);
  return map;
}

export interface Renderers {
  show(role: Role): string;
  compare(roleId: string, otherId: string): string;
}

/** Qualifiers the text renderers leave out, or print without the figure's source. */
export function droppedQualifiers(data: PlainData, render: Renderers): string[] {
  const problems: string[] = [];
  for (const role of data.roles) {
    const raw = render.show(role);
    const text = flatten(raw);
    const notes = footnotes(raw);
    const expect = (path: string, what: string) =>
      text.includes(flatten(what)) || problems.push(`${path}: "show ${role.id}" drops "${what}"`);
    for (const { path, figure } of qualifiedFacts(role)) {
      // The qualifier and then the figure's own footnote: "…, BLS: all … managers [2]".
      const cited = `${figure.qualifier} [${notes.get(figure.source) ?? '?'}]`;
      if (!text.includes(flatten(cited))) problems.push(`${path}: "show ${role.id}" does not print "${cited}"`);
    }
    const shares = role.facts.skillShares;
    if (shares) expect(`roles/${role.id}.facts.skillShares`, shares.qualifier.slice(1));
    role.ladder?.levels.forEach((l, i) =>
      l.experienceAlso?.forEach((x, j) =>
        expect(`roles/${role.id}.ladder.levels[${i}].experienceAlso[${j}]`, x.qualifier),
      ),
    );
    for (const c of role.certifications) {
      const cert = data.certifications.find((entry) => entry.id === c.certification)!;
      if (cert.cost?.group) expect(`certifications/${cert.id}.cost.group`, cert.cost.group);
      if (cert.studyWeeks?.group) expect(`certifications/${cert.id}.studyWeeks.group`, cert.studyWeeks.group);
      if (cert.costWords)
        expect(
          `certifications/${cert.id}.costWords`,
          `${cert.costWords.text}${cert.costWords.group ? `, for ${cert.costWords.group}` : ''}`,
        );
      if (cert.renamed) expect(`certifications/${cert.id}.renamed`, cert.renamed.note);
    }
    const other = data.roles.find((r) => r.id !== role.id)!;
    const compared = flatten(render.compare(role.id, other.id));
    for (const { path, figure, shownByCompare } of qualifiedFacts(role)) {
      if (shownByCompare && !compared.includes(flatten(figure.qualifier!)))
        problems.push(`${path}: "compare ${role.id} ${other.id}" drops "${figure.qualifier}"`);
    }
  }
  return problems;
}

// Wide, so that no table cell wraps: the check is what is printed, the width has its own test.
const WIDE = 1000;
function renderersFor(data: PlainData): Renderers {
  const set = inMemoryDataSet(data);
  return {
    show: (role) => renderProfile(buildProfile(set, set.role(role.id)), plainStyle, WIDE),
    compare: (a, b) => renderComparison(compare(set, [a, b]), plainStyle, WIDE),
  };
}

const data = loadPlain();

describe('every figure in data/', () => {
  it('names a source that exists', () => {
    expect(missingSources(data)).toEqual([]);
  });

  it('labels the tool\'s own judgements with "career-assumption"', () => {
    expect(unlabelledAssumptions(data)).toEqual([]);
  });

  it('is printed by show and compare with its qualifier, and by show with its source', () => {
    expect(droppedQualifiers(data, renderersFor(data))).toEqual([]);
  });

  it('gives each of two or more figures for one fact a qualifier, so they never look alike', () => {
    const bare = data.roles.flatMap((role) =>
      Object.entries(role.facts).flatMap(([name, list]) =>
        Array.isArray(list) && list.length > 1
          ? list.flatMap((f: { qualifier?: string }, i: number) =>
              f.qualifier ? [] : [`roles/${role.id}.facts.${name}[${i}]`],
            )
          : [],
      ),
    );
    expect(bare).toEqual([]);
  });
});

describe('the checks catch what they are for', () => {
  it('a figure citing a source that sources.yaml does not have', () => {
    const broken = clone(data);
    broken.roles.find((r) => r.id === 'it-manager')!.facts.medianSalary![0]!.source = 'no-such-source';
    expect(missingSources(broken)).toEqual([
      'roles/it-manager.facts.medianSalary[0].source: no source "no-such-source"',
    ]);
  });

  it('an assumption citing a guide, or nothing', () => {
    const broken = clone(data);
    broken.roles.find((r) => r.id === 'it-ops-manager')!.skills[0]!.importanceSource = 'himalayas-it-ops-manager';
    delete broken.certifications.find((c) => c.id === 'pmp')!.levelSource;
    expect(unlabelledAssumptions(broken)).toEqual([
      'roles/it-ops-manager.skills[0].importanceSource: the tool\'s own judgement cites "himalayas-it-ops-manager", not "career-assumption"',
      'certifications/pmp.levelSource: the tool\'s own judgement cites nothing, not "career-assumption"',
    ]);
  });

  it('a renderer that prints the figures without their qualifiers', () => {
    const full = renderersFor(data);
    const stripped = clone(data);
    for (const role of stripped.roles) {
      for (const list of Object.values(role.facts))
        if (Array.isArray(list))
          for (const f of list) if (typeof f === 'object' && f && 'qualifier' in f) delete f.qualifier;
    }
    const blind = renderersFor(stripped);
    const problems = droppedQualifiers(data, { show: blind.show, compare: full.compare });
    expect(problems).toContain(
      'roles/it-ops-manager.facts.salaryRange[5]: "show it-ops-manager" does not print "agency entry-level posts: a little more than this, a point not a floor [3]"',
    );
    expect(
      droppedQualifiers(data, { show: full.show, compare: blind.compare }).some((p) =>
        p.includes('"compare it-manager'),
      ),
    ).toBe(true);
  });
});

describe('career show prints each figure with its qualifier and source within 80 columns', () => {
  it.each(['it-ops-manager', 'it-manager'])('%s', async (id) => {
    const { stdout, status } = await runInProcess(['show', id]);
    expect(status).toBe(0);
    for (const line of stdout.split('\n')) expect([...line].length, line).toBeLessThanOrEqual(80);
    // At 80 columns the qualifiers wrap inside their cells but are all there.
    const role = data.roles.find((r) => r.id === id)!;
    const text = flatten(stdout);
    for (const { figure } of qualifiedFacts(role)) expect(text).toContain(flatten(figure.qualifier!));
    expect(stdout).toContain('Shown first (U.S. median salary):');
    expect(text).toMatch(
      /\[\d+\] U\.S\. Bureau of Labor Statistics, "Occupational Outlook Handbook: Computer and Information Systems Managers" \(2022-32 edition, pay for May 2022\)/,
    );
  });
});

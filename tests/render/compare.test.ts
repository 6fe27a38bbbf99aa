import { describe, expect, it } from 'vitest';
import { compare } from '../../src/core/compare.js';
import { renderComparison } from '../../src/render/compare.js';
import { fitsSideBySide } from '../../src/render/compare-layout.js';
import { growthText, money, moneyRange, moneyShort } from '../../src/render/format.js';
import { createStyle, plainStyle, stripAnsi, visibleWidth } from '../../src/render/style.js';
import { builtInData } from '../helpers/data.js';

const data = builtInData();
const render = (queries: string[], width: number) => renderComparison(compare(data, queries), plainStyle, width);
const lines = (text: string) => text.split('\n');
const widest = (text: string) => Math.max(...lines(text).map(visibleWidth));

describe('fitsSideBySide', () => {
  it.each([
    [2, 80, true],
    [3, 80, true],
    [4, 80, false],
    [4, 120, true],
    [2, 60, false],
    [2, 69, false],
  ])('%i items in %i columns: %s', (count, width, expected) => expect(fitsSideBySide(count, width)).toBe(expected));
});

describe('renderComparison', () => {
  const pair = ['it-ops-manager', 'it-manager'];

  it('fits 80 columns with the two roles side by side', () => {
    const text = render(pair, 80);
    expect(widest(text)).toBeLessThanOrEqual(80);
    expect(text).toMatch(/│ IT Operations Manager\s+│ IT Manager\s+│/);
    expect(text).not.toMatch(/\u001b\[/);
  });

  it.each([
    [pair, 60],
    [pair, 50],
    [['it-ops-manager', 'it-manager', 'cio', 'systems-manager'], 80],
    [['it-ops-manager', 'it-manager', 'cio'], 60],
    [['it-manager:senior', 'it-ops-manager:director'], 60],
  ])('%j at %i columns: key facts in one block per item, no line too wide', (queries, width) => {
    const text = render(queries, width);
    expect(widest(text)).toBeLessThanOrEqual(width);
    // No row of the key facts holds two items: each item heads its own block.
    const titles = compare(data, queries).items.map((i) => i.title);
    const facts = text.slice(text.indexOf('Key facts'), text.indexOf('\n\n', text.indexOf('Key facts')));
    expect(facts.match(/^┌/gm)).toHaveLength(queries.length);
    for (const line of lines(facts).filter((l) => l.startsWith('│'))) {
      expect(titles.filter((t) => line.includes(`│ ${t} `)).length).toBeLessThanOrEqual(1);
    }
  });

  it('shows every figure of the data: primary and other values, growth, openings, ladders, world salaries', () => {
    // Wide enough that no cell wraps, so each figure appears whole.
    const text = render(pair, 200);
    for (const id of pair) {
      const role = data.role(id);
      const facts = role.facts;
      for (const f of [...facts.medianSalary!, ...facts.averageSalary!]) expect(text).toContain(money(f.value));
      for (const r of facts.salaryRange!) expect(text).toContain(moneyRange(r.min, r.max, r.currency, r.openEnded));
      for (const g of facts.growth!) expect(text).toContain(growthText(g));
      expect(text).toContain(facts.annualOpenings![0]!.value.toLocaleString('en-US'));
      for (const level of role.ladder!.levels) {
        expect(text).toContain(level.title);
        expect(text).toContain(`${money(level.salary!.median!)} / ${money(level.salary!.average!)}`);
        expect(text).toContain(moneyShort(level.salary!.median!));
      }
      for (const g of role.globalSalaries) {
        expect(text).toContain(g.country);
        expect(text).toContain(moneyRange(g.localMin, g.localMax, g.currency));
      }
    }
  });

  it('says once, below the table, an "also" figure that every column repeats', () => {
    const text = render(pair, 200);
    const bls = '$164,070 (May 2022), BLS: all computer and information systems managers';
    const table = text.slice(0, text.indexOf('└'));
    expect(table).not.toContain(bls);
    expect(text).toContain(`U.S. median, the same for both: ${bls} [2]`);
    // Up to its footnotes: each guide's quotation of that figure, cited to each guide.
    expect(text).toContain(
      'U.S. median, the same for both: $164,070 (May 2023), the guide quoting BLS, which dates the figure May 2022 [1] [3]',
    );
    expect(table).not.toContain('the guide quoting BLS');
    // A figure only one column has stays in its cell.
    expect(table).toContain('also $69,000, undated template');
  });

  it('states the difference per level and the overlap scores with their definition', () => {
    const result = compare(data, pair);
    const text = render(pair, 80);
    expect(text).toContain('+$10,000 (+9%)');
    const skills = result.skills.pairs[0]!;
    expect(text).toContain(
      `IT Operations Manager vs IT Manager: ${Math.round(skills.jaccard! * 100)}% overlap (${skills.shared.length} of`,
    );
    expect(text).toContain('Overlap = Jaccard index: the skills both list divided by the skills either lists');
    expect(text).toMatch(/Only IT Operations Manager \(\d+\): Containers and orchestration/);
  });

  it('draws one bar per role at each level, labelled with the role and the value', () => {
    const text = render(pair, 80);
    const chart = lines(text.slice(text.indexOf('U.S. median salary by level')));
    expect(chart[1]).toMatch(/^assistant\s+IT Operations Manager █+\S*\s+\$80k$/);
    expect(chart[2]).toMatch(/^\s+IT Manager\s+█+\S*\s+\$80k$/);
    expect(chart.filter((l) => /█/.test(l))).toHaveLength(12);
  });

  it('compares levels by their ladder figures, scope and focus', () => {
    const text = render(['it-manager:senior', 'it-ops-manager:director'], 80);
    expect(text).toContain('3 of 6 in the IT Manager');
    expect(text).toContain('$150,000');
    expect(text).toContain('+$25,000 (+17%)');
    expect(text).toMatch(/Scope\s+│ In charge of several IT areas/);
    expect(text).not.toContain('Career ladders');
  });

  it("words a level's skills as what it emphasises, not as requirements", () => {
    const text = render(['it-manager:senior', 'it-ops-manager:director'], 80).replace(/\s+/g, ' ');
    expect(text).toContain("Each level's skills are those the ladder says it emphasises, not requirements.");
    expect(text).toMatch(/Both emphasise \(\d+\): Budgeting/);
    expect(text).toMatch(/Only IT Operations Director emphasises \(\d+\): Adaptability/);
    expect(text).not.toMatch(/Only IT Operations Director \(/);
    // A role's own list keeps the plain wording beside a level's.
    const mixed = render(['it-manager:senior', 'it-ops-manager'], 80).replace(/\s+/g, ' ');
    expect(mixed).toMatch(/Only Senior IT Manager emphasises \(\d+\)/);
    expect(mixed).toMatch(/Only IT Operations Manager \(\d+\)/);
  });

  it('says which roles have no ladder instead of failing', () => {
    const text = render(['it-ops-manager', 'cio'], 80);
    expect(text).toContain('No career ladder in the data for Chief Information Officer (CIO).');
    expect(text.replace(/\s+/g, ' ')).toContain('n/a: the data lists no skills for Chief Information Officer (CIO)');
    expect(text).not.toMatch(/0% overlap \(0 of/);
  });

  it('marks the better figure of a row only when colour is on', async () => {
    const text = renderComparison(compare(data, pair), await createStyle(true), 80);
    expect(text).toContain('\u001b[32m$120,000\u001b[39m');
    expect(text).not.toContain('\u001b[32m$110,000');
    expect(Math.max(...lines(stripAnsi(text)).map((l) => [...l].length))).toBeLessThanOrEqual(80);
  });
});

describe('salaries around the world', () => {
  const world = (text: string) => text.slice(text.indexOf('Salaries around the world'), text.indexOf('Career ladders'));

  it("names each figure's scope where a row sets a city beside a whole country", () => {
    const text = world(render(['it-ops-manager', 'it-manager'], 80));
    // Canada: the whole country for one role, Toronto for the other.
    expect(text).toMatch(/│ Canada\s+│ Canada as a whole:\s+│ Toronto:/);
    expect(text).toMatch(/│ United Kingdom\s+│ United Kingdom as a whole:\s+│ London:/);
    // The United States figure is New York City's alone, and says so.
    expect(text).toMatch(/│ United States\s+│ -\s+│ New York City:/);
    expect(text.replace(/\s+/g, ' ')).toContain('A figure is for the whole country or region unless it names a city.');
  });

  it('labels nothing where every figure of a row has the same scope', () => {
    const text = world(render(['it-ops-manager', 'it-manager'], 80));
    expect(text).toMatch(/│ Germany\s+│ €60,000-€95,000/);
    expect(text).not.toContain('Germany as a whole');
  });
});

describe('a value two sources give', () => {
  it('is listed once per meaning: the same value for two different rungs says which rung each source means', () => {
    const text = render(['it-manager', 'cio'], 200);
    // The two guides' CIO rungs both pay $280,000: two figures, each with its qualifier, not one repeated.
    expect(text).toMatch(/\$280,000, the IT Manager guide's CIO rung/);
    expect(text).toMatch(/also \$280,000, the IT Operations Manager guide's CIO rung/);
  });
});

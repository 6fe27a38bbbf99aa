import { describe, expect, it } from 'vitest';
import { runInProcess, runJsonInProcess } from '../helpers/run-in-process.js';

describe('career show', () => {
  it('gives every figure of the IT Operations Manager documents with its source, as JSON', async () => {
    const profile = await runJsonInProcess(['show', 'it-ops-manager', '--json']);
    expect(profile.schemaVersion).toBe(1);
    const facts = profile.role.facts;
    // The disagreeing figures are all kept, each with its source.
    expect(facts.medianSalary.map((f: any) => f.value)).toEqual(expect.arrayContaining([110000, 164070]));
    expect(facts.averageSalary.map((f: any) => [f.value, f.source])).toContainEqual([
      69000,
      'it-ops-manager-job-description',
    ]);
    expect(facts.growth.map((g: any) => g.percent)).toEqual(expect.arrayContaining([15, 5]));
    // BLS's own page is primary over the guides' quotations of it; both guides' openings stay.
    expect(facts.annualOpenings.map((f: any) => [f.value, f.source, f.primary ?? false])).toEqual([
      [46900, 'bls-ooh-cis-managers', true],
      [33200, 'himalayas-it-ops-manager', false],
      [48000, 'himalayas-it-manager', false],
    ]);
    // Exactly one value per disputed fact is primary, and it says why.
    for (const list of [
      facts.medianSalary,
      facts.averageSalary,
      facts.growth,
      facts.salaryRange,
      facts.annualOpenings,
      facts.newJobs,
      facts.experience,
    ]) {
      const primaries = list.filter((f: any) => f.primary);
      expect(primaries).toHaveLength(1);
      expect(primaries[0].why.length).toBeGreaterThan(10);
    }
    expect(profile.role.ladder.levels.map((l: any) => [l.id, l.salary.median])).toEqual([
      ['assistant', 80000],
      ['manager', 110000],
      ['senior', 140000],
      ['director', 175000],
      ['vp', 220000],
      ['cio', 280000],
    ]);
    // Every source the role cites is resolved in the document.
    const sourceIds = profile.sources.map((s: any) => s.id);
    expect(sourceIds).toEqual(expect.arrayContaining(['himalayas-it-ops-manager', 'it-ops-manager-job-description']));
    expect(
      JSON.stringify(profile)
        .match(/"source":"([^"]+)"/g)
        ?.every((m: string) => sourceIds.includes(m.slice(10, -1))),
    ).toBe(true);
  });

  it('finds a role by alias, case-insensitively', async () => {
    expect((await runJsonInProcess(['show', 'information technology operations manager', '--json'])).role.id).toBe(
      'it-ops-manager',
    );
  });

  it('prints a readable profile that fits 80 columns, with footnoted sources and no colour when piped', async () => {
    const { stdout, stderr, status } = await runInProcess(['show', 'it-manager']);
    expect(status).toBe(0);
    expect(stderr).toBe('');
    expect(stdout).toContain('IT Manager');
    expect(stdout).toContain('$120,000');
    expect(stdout).toMatch(/Sources\n\s+\[1\] Himalayas/);
    expect(stdout).not.toMatch(/\u001b\[/);
    for (const line of stdout.split('\n')) expect([...line].length).toBeLessThanOrEqual(80);
  });

  it('answers an unknown role with a suggestion on stderr and exit code 2', async () => {
    const { stdout, stderr, status } = await runInProcess(['show', 'it-mangaer']);
    expect(status).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toBe(
      'career: unknown role "it-mangaer" (did you mean "it-manager"?); run "career roles" to list them\n',
    );
  });
});

describe('career roles', () => {
  it('lists every role with its primary median salary', async () => {
    const { roles } = await runJsonInProcess(['roles', '--json']);
    const ids = roles.map((r: any) => r.id);
    expect(ids).toEqual(
      expect.arrayContaining(['it-ops-manager', 'it-manager', 'network-operations-manager', 'systems-manager']),
    );
    expect(roles.find((r: any) => r.id === 'it-manager')).toMatchObject({ levels: 6, medianSalary: { value: 120000 } });
  });

  it('prints a table', async () => {
    const { stdout, status } = await runInProcess(['roles']);
    expect(status).toBe(0);
    expect(stdout).toMatch(/│ it-ops-manager\s+│ IT Operations Manager\s+│\s+6 │\s+\$110,000 │/);
  });
});

import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { historyReport, type HistoryRecord } from '../../src/core/quiz/history.js';
import { parseHistoryLines } from '../../src/history/parse.js';
import { appendHistory, historyPath, readHistory } from '../../src/history/store.js';
import { withFsReplaced } from '../helpers/replace-fs.js';

const record = (
  takenAt: string,
  overall: number,
  skills: Record<string, number>,
  role = 'it-ops-manager',
): HistoryRecord => ({
  version: 1,
  takenAt,
  role: { id: role, title: role.toUpperCase() },
  target: { id: `${role}:manager`, title: 'Manager' },
  mode: 'answers-file',
  overall,
  questions: { correct: 1, asked: 2 },
  skills: Object.entries(skills).map(([id, score]) => ({ id, name: id, score })),
});

describe('historyPath', () => {
  it.each([
    [{ CAREER_STATE_DIR: '/s', XDG_STATE_HOME: '/x', HOME: '/h' }, '/s/history.jsonl'],
    [{ XDG_STATE_HOME: '/x', HOME: '/h' }, '/x/career/history.jsonl'],
    [{ HOME: '/h' }, '/h/.local/state/career/history.jsonl'],
    // A relative XDG_STATE_HOME is ignored, as the XDG spec says.
    [{ XDG_STATE_HOME: 'state', HOME: '/h' }, '/h/.local/state/career/history.jsonl'],
    [{ CAREER_STATE_DIR: '', XDG_STATE_HOME: '', HOME: '/h' }, '/h/.local/state/career/history.jsonl'],
  ])('%j -> %s', (env, expected) => expect(historyPath(env)).toBe(expected));
});

describe('parseHistoryLines', () => {
  it('reads good lines and reports bad ones by line number', () => {
    const good = JSON.stringify(record('2026-01-01T00:00:00Z', 50, { a: 1 }));
    const { records, problems } = parseHistoryLines(`${good}\n{"half": \n\n[1,2]\n${good}\n`);
    expect(records).toHaveLength(2);
    expect(problems).toEqual([
      { line: 2, message: 'is not valid JSON' },
      { line: 4, message: expect.stringMatching(/^is not a quiz result \(/) },
    ]);
  });

  it('keeps the margins a result was saved with, which the trends weigh', () => {
    const saved = { ...record('2026-01-01T00:00:00Z', 50, {}), overallMargin: 20 };
    saved.skills = [{ id: 'a', name: 'a', score: 40, margin: 13 }];
    expect(parseHistoryLines(JSON.stringify(saved)).records).toEqual([saved]);
  });

  it('reports a margin that is not a number instead of computing with it', () => {
    const line = (margins: object) => JSON.stringify({ ...record('2026-01-01T00:00:00Z', 50, { a: 1 }), ...margins });
    const { records, problems } = parseHistoryLines(
      `${line({ overallMargin: 'wide' })}\n${line({ skills: [{ id: 'a', name: 'a', score: 1, margin: null }] })}`,
    );
    expect(records).toEqual([]);
    expect(problems.map((p) => p.message)).toEqual([
      expect.stringMatching(/^is not a quiz result \(overallMargin: /),
      expect.stringMatching(/^is not a quiz result \(skills\.0\.margin: /),
    ]);
  });
});

describe('historyReport', () => {
  const runs = [
    record('2026-01-03T00:00:00Z', 60, { a: 50, b: 50, c: 10 }),
    record('2026-01-01T00:00:00Z', 40, { a: 20, b: 50 }),
    record('2026-01-02T00:00:00Z', 55, { a: 40, b: 70 }),
    record('2026-01-02T12:00:00Z', 70, { a: 90 }, 'it-manager'),
  ];

  it('compares the latest run of each role with the one before', () => {
    const report = historyReport(runs);
    expect(report.runs.map((r) => r.takenAt)).toEqual([...runs.map((r) => r.takenAt)].sort());
    const ops = report.trends.find((t) => t.role.id === 'it-ops-manager')!;
    expect(ops.runs).toBe(3);
    expect(ops.overall).toEqual({ previous: 55, latest: 60, change: 5, margin: 0, trend: 'better' });
    expect(ops.skills.map((s) => [s.id, s.trend, s.change])).toEqual([
      ['a', 'better', 10],
      ['b', 'worse', -20],
      ['c', 'new', null],
    ]);
  });

  it('shows a single run without a trend', () => {
    const single = historyReport(runs).trends.find((t) => t.role.id === 'it-manager')!;
    expect(single.previous).toBeNull();
    expect(single.overall.trend).toBe('new');
  });

  it('calls an unchanged score the same', () => {
    const trend = historyReport([
      record('2026-01-01T00:00:00Z', 5, { a: 5 }),
      record('2026-01-02T00:00:00Z', 5, { a: 5 }),
    ]).trends[0]!;
    expect([trend.overall.trend, trend.skills[0]!.trend]).toEqual(['same', 'same']);
  });

  it("reports a change only when it is larger than both runs' margins together", () => {
    // Same rating, other questions drawn: one question each time (+/- 34), 50 -> 67 is noise; 20 -> 75 with 6 questions (+/- 13) is not.
    const withMargins = (takenAt: string, a: number, marginA: number, b: number, marginB: number): HistoryRecord => ({
      ...record(takenAt, 50, {}),
      overallMargin: 20,
      skills: [
        { id: 'a', name: 'a', score: a, margin: marginA },
        { id: 'b', name: 'b', score: b, margin: marginB },
      ],
    });
    const trend = historyReport([
      withMargins('2026-01-01T00:00:00Z', 50, 34, 20, 34),
      withMargins('2026-01-02T00:00:00Z', 67, 34, 75, 13),
    ]).trends[0]!;
    expect(trend.skills.map((s) => [s.id, s.change, s.margin, s.trend])).toEqual([
      ['a', 17, 68, 'same'],
      ['b', 55, 47, 'better'],
    ]);
    expect(trend.overall).toMatchObject({ change: 0, margin: 40, trend: 'same' });
  });

  it('filters by role', () => {
    const report = historyReport(runs, 'it-manager');
    expect(report.runs).toHaveLength(1);
    expect(report.trends.map((t) => t.role.id)).toEqual(['it-manager']);
  });
});

describe('the history file', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'career-history-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('creates the directory and appends one JSON line per result', () => {
    const file = join(dir, 'deep', 'state', 'history.jsonl');
    appendHistory(file, record('2026-01-01T00:00:00Z', 40, { a: 1 }));
    appendHistory(file, record('2026-01-02T00:00:00Z', 50, { a: 2 }));
    const lines = readFileSync(file, 'utf8').split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[2]).toBe('');
    expect(readHistory(file).records.map((r) => r.overall)).toEqual([40, 50]);
  });

  it('leaves no temporary file behind', () => {
    const file = join(dir, 'history.jsonl');
    appendHistory(file, record('2026-01-01T00:00:00Z', 40, {}));
    expect(readdirSync(dir)).toEqual(['history.jsonl']);
  });

  it('keeps a corrupted file byte for byte, reports its bad lines, and still saves the new result', () => {
    const file = join(dir, 'history.jsonl');
    const good = JSON.stringify(record('2026-01-01T00:00:00Z', 40, { a: 1 }));
    const damaged = `${good}\n{"takenAt": "2026-01-0\nnot json at all`; // a torn line and no final newline
    writeFileSync(file, damaged);
    const { problems } = appendHistory(file, record('2026-01-02T00:00:00Z', 50, { a: 2 }));
    expect(problems.map((p) => p.line)).toEqual([2, 3]);
    const text = readFileSync(file, 'utf8');
    expect(text.startsWith(`${damaged}\n`)).toBe(true);
    expect(readHistory(file).records.map((r) => r.overall)).toEqual([40, 50]);
  });

  it('keeps the old file whole, and no temporary file, when the write fails before the rename', async () => {
    const file = join(dir, 'history.jsonl');
    writeFileSync(file, `${JSON.stringify(record('2026-01-01T00:00:00Z', 40, {}))}\n`);
    const before = readFileSync(file);
    // As a crash or a full disk would at that moment.
    const failingRename = () => () => {
      throw new Error('simulated failure before the rename');
    };
    await withFsReplaced('renameSync', failingRename, () =>
      expect(() => appendHistory(file, record('2026-01-02T00:00:00Z', 1, {}))).toThrow(/simulated/),
    );
    expect(readFileSync(file)).toEqual(before);
    expect(readdirSync(dir)).toEqual(['history.jsonl']);
  });

  it('reads a missing file as no history', () => {
    expect(readHistory(join(dir, 'none.jsonl'))).toEqual({ records: [], problems: [] });
    expect(existsSync(join(dir, 'none.jsonl'))).toBe(false);
  });
});

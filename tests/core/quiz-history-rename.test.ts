// A save that fails at the last moment, before the rename (a crash or a full
// disk then): the old history stays whole. A file of its own, because it
// replaces node:fs (the "isolated" project in vitest.config.ts).
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { HistoryRecord } from '../../src/core/quiz/history.js';
import { appendHistory } from '../../src/history/store.js';

// Lets a test make the final rename fail, as a crash or a full disk would at that moment.
const fsControl = vi.hoisted(() => ({ failRename: false }));
vi.mock('node:fs', async (importOriginal) => {
  const actual = await importOriginal<typeof import('node:fs')>();
  return {
    ...actual,
    renameSync: (from: string, to: string) => {
      if (fsControl.failRename) throw new Error('simulated failure before the rename');
      return actual.renameSync(from, to);
    },
  };
});

const record = (takenAt: string, overall: number): HistoryRecord => ({
  version: 1,
  takenAt,
  role: { id: 'it-ops-manager', title: 'IT-OPS-MANAGER' },
  target: { id: 'it-ops-manager:manager', title: 'Manager' },
  mode: 'answers-file',
  overall,
  questions: { correct: 1, asked: 2 },
  skills: [],
});

describe('the history file', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'career-history-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('keeps the old file whole, and no temporary file, when the write fails before the rename', () => {
    const file = join(dir, 'history.jsonl');
    writeFileSync(file, `${JSON.stringify(record('2026-01-01T00:00:00Z', 40))}\n`);
    const before = readFileSync(file);
    fsControl.failRename = true;
    try {
      expect(() => appendHistory(file, record('2026-01-02T00:00:00Z', 1))).toThrow(/simulated/);
    } finally {
      fsControl.failRename = false;
    }
    expect(readFileSync(file)).toEqual(before);
    expect(readdirSync(dir)).toEqual(['history.jsonl']);
  });
});

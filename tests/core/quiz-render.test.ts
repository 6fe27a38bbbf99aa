import { describe, expect, it } from 'vitest';
import { historyReport, toHistoryRecord } from '../../src/core/quiz/history.js';
import { buildQuizReport } from '../../src/core/quiz/report.js';
import { renderQuizHistory } from '../../src/render/quiz-history.js';
import { renderQuizReport, shortSkillName } from '../../src/render/quiz.js';
import { plainStyle, visibleWidth } from '../../src/render/style.js';
import { builtInData } from '../helpers/data.js';
import { quizFor, sheetWith } from './quiz-sheets.js';

const data = builtInData();
const quiz = quizFor(data, 'it-ops-manager', 10, '7');
const sheet = sheetWith(
  quiz,
  (skill) => (skill.length % 5) + 1,
  (id) => id.length % 2 === 0,
);
const report = buildQuizReport(data, quiz, sheet, {
  takenAt: '2026-03-01T10:00:00.000Z',
  mode: 'interactive',
  seed: '7',
});

const widest = (text: string) => Math.max(...text.split('\n').map(visibleWidth));

describe('renderQuizReport', () => {
  it.each([80, 60])('fits %i columns', (width) => {
    expect(widest(renderQuizReport(report, data.sources, plainStyle, width))).toBeLessThanOrEqual(width);
  });

  it('shows the score, a bar per scored skill, readiness, gaps, missed questions explained, role fit and sources', () => {
    // Wide enough that no table cell wraps a title.
    const text = renderQuizReport(report, data.sources, plainStyle, 140);
    expect(text).toContain(`Overall ${report.overall}/100`);
    expect(text).toContain('seed 7');
    const bars = text.split('\n').filter((line) => /█|▏|▎|▍|▌|▋|▊|▉/.test(line));
    expect(bars.length).toBe(report.skills.filter((s) => (s.score ?? 0) > 0).length);
    for (const level of report.readiness.levels) expect(text).toContain(level.title.split(' ')[0]);
    expect(text).toContain('Gaps to close, most important first');
    const gap = report.gaps[0]!;
    expect(text).toContain(`1. ${gap.name}: you ${gap.proficiency}, ${report.target.title} expects ${gap.expected}`);
    expect(text).toContain(`What ${report.target.title} expects`);
    expect(text).toContain(report.measurement.split(':')[0]!);
    for (const missed of report.missed)
      expect(text.replace(/\s+/g, ' ')).toContain(missed.explanation.replace(/\s+/g, ' '));
    expect(text).toContain(report.roleFit.roles[0]!.title);
    expect(text).toMatch(/Sources\n {2}\[1\]/);
  });

  it("reads without colour: each level's row says its status in words", () => {
    const lines = renderQuizReport(report, data.sources, plainStyle, 80).split('\n');
    const words = { ready: 'ready', close: 'close', 'not-yet': 'not yet' } as Record<string, string>;
    // The first line of each level's row carries its status in the second column, in ladder order.
    const statuses = lines.flatMap((line) => /^│[^│]*│ (ready|close|not yet) +│/.exec(line)?.slice(1, 2) ?? []);
    expect(statuses).toEqual(report.readiness.levels.map((level) => words[level.status]));
  });
});

describe('renderQuizHistory', () => {
  const older = toHistoryRecord({
    ...report,
    takenAt: '2026-02-01T10:00:00.000Z',
    overall: report.overall - 5,
    skills: report.skills.map((s) => ({ ...s, score: (s.score ?? 0) - 10 })),
  });
  const newer = toHistoryRecord(report);
  const history = historyReport([older, newer]);

  it.each([80, 60])('fits %i columns', (width) => {
    expect(widest(renderQuizHistory(history, plainStyle, width))).toBeLessThanOrEqual(width);
  });

  it('lists the runs and the trend since the run before', () => {
    const text = renderQuizHistory(history, plainStyle, 80);
    expect(text).toContain('Quiz history (2 runs)');
    // +5 overall is within the two runs' margins: the same, and it says so.
    const margin = 2 * report.overallMargin;
    expect(margin).toBeGreaterThan(5);
    expect(text).toContain(
      `Overall ${report.overall - 5} -> ${report.overall} (same (+5 is within the +/- ${margin} the runs can tell apart))`,
    );
    // A self-rated skill without questions has no draw error: its +10 is real.
    const skill = report.skills.find((s) => s.score !== null && s.evidence.questions === 0)!;
    expect(text).toContain(
      `${skill.name.replace(/\s*\(.*\)/, '')}: ${skill.score! - 10} -> ${skill.score} (better +10)`,
    );
  });
});

describe('shortSkillName', () => {
  it.each([
    ['Networking', 26, 'Networking'],
    ['IT service management (ITSM / ITIL)', 26, 'IT service management'],
    ['Backup, disaster recovery and business continuity', 26, 'Backup, disaster recovery…'],
    ['Containers and orchestration', 26, 'Containers…'],
    ['Problem-solving and decision-making', 12, 'Problem-sol…'],
  ])('%s in %i columns -> %s', (name, max, expected) => {
    expect(shortSkillName(name, max)).toBe(expected);
    expect(shortSkillName(name, max).length).toBeLessThanOrEqual(max);
  });
});

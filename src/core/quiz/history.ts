// Quiz history as data: one JSON line per finished quiz, parsed leniently (a
// bad line is reported and skipped, never fatal) and compared run to run.

import type { QuizMode } from './report.js';

export const HISTORY_VERSION = 1;

export interface HistoryRecord {
  version: number;
  takenAt: string;
  role: { id: string; title: string };
  target: { id: string; title: string };
  /** 'interactive' or 'answers-file' when this version saves it; a newer version may save another. */
  mode: string;
  overall: number;
  /** +/- points the overall score may be off by (records from before the evidence model have none). */
  overallMargin?: number;
  questions: { correct: number; asked: number };
  /** `margin`: +/- points the skill score may be off by, from the questions behind it. */
  skills: { id: string; name: string; score: number; margin?: number }[];
}

export interface HistoryProblem {
  line: number;
  message: string;
}

/** "same": no change, or one the two measurements cannot tell apart (within their margins). */
export type Trend = 'better' | 'worse' | 'same' | 'new';

export interface SkillTrend {
  id: string;
  name: string;
  previous: number | null;
  latest: number;
  change: number | null;
  /** The smallest change the two runs can tell apart: the sum of their margins (0 for records without margins). */
  margin: number | null;
  trend: Trend;
}

export interface RoleTrend {
  role: { id: string; title: string };
  runs: number;
  latest: HistoryRecord;
  /** The run before the latest one, or null after a single run. */
  previous: HistoryRecord | null;
  overall: { previous: number | null; latest: number; change: number | null; margin: number | null; trend: Trend };
  skills: SkillTrend[];
}

export interface HistoryReport {
  /** Oldest first, as taken. */
  runs: HistoryRecord[];
  trends: RoleTrend[];
}

/** A change counts only when it is larger than both measurements' margins together. */
const trendOf = (change: number | null, margin: number | null): Trend =>
  change === null ? 'new' : Math.abs(change) <= (margin ?? 0) ? 'same' : change > 0 ? 'better' : 'worse';

export function historyReport(records: readonly HistoryRecord[], roleId?: string): HistoryReport {
  const runs = records
    .filter((r) => roleId === undefined || r.role.id === roleId)
    .sort((a, b) => a.takenAt.localeCompare(b.takenAt));
  const roleIds = [...new Set(runs.map((r) => r.role.id))];
  const trends = roleIds.map((id): RoleTrend => {
    const own = runs.filter((r) => r.role.id === id);
    const latest = own.at(-1)!;
    const previous = own.at(-2) ?? null;
    const before = new Map(previous?.skills.map((s) => [s.id, s]));
    const overallChange = previous ? latest.overall - previous.overall : null;
    const overallMargin = previous ? (previous.overallMargin ?? 0) + (latest.overallMargin ?? 0) : null;
    return {
      role: latest.role,
      runs: own.length,
      latest,
      previous,
      overall: {
        previous: previous?.overall ?? null,
        latest: latest.overall,
        change: overallChange,
        margin: overallMargin,
        trend: trendOf(overallChange, overallMargin),
      },
      skills: latest.skills.map((s) => {
        const old = before.get(s.id);
        const change = old === undefined ? null : s.score - old.score;
        const margin = old === undefined ? null : (old.margin ?? 0) + (s.margin ?? 0);
        return {
          id: s.id,
          name: s.name,
          previous: old?.score ?? null,
          latest: s.score,
          change,
          margin,
          trend: trendOf(change, margin),
        };
      }),
    };
  });
  return { runs, trends };
}

/** The line saved for a finished quiz: enough to show it again and compare. */
export function toHistoryRecord(report: {
  takenAt: string;
  role: { id: string; title: string };
  target: { id: string; title: string };
  mode: QuizMode;
  overall: number;
  overallMargin: number;
  knowledge: { correct: number; asked: number };
  skills: { id: string; name: string; score: number | null; evidence: { margin: number } }[];
}): HistoryRecord {
  return {
    version: HISTORY_VERSION,
    takenAt: report.takenAt,
    role: report.role,
    target: { id: report.target.id, title: report.target.title },
    mode: report.mode,
    overall: report.overall,
    overallMargin: report.overallMargin,
    questions: report.knowledge,
    skills: report.skills.flatMap((s) =>
      s.score === null ? [] : [{ id: s.id, name: s.name, score: s.score, margin: s.evidence.margin }],
    ),
  };
}

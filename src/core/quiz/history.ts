// Quiz history as data: one JSON line per finished quiz, parsed leniently (a
// bad line is reported and skipped, never fatal) and compared run to run.

export const HISTORY_VERSION = 1;

export interface HistoryRecord {
  version: number;
  takenAt: string;
  role: { id: string; title: string };
  target: { id: string; title: string };
  mode: 'interactive' | 'answers-file';
  overall: number;
  questions: { correct: number; asked: number };
  skills: { id: string; name: string; score: number }[];
}

export interface HistoryProblem {
  line: number;
  message: string;
}

export function parseHistory(text: string): { records: HistoryRecord[]; problems: HistoryProblem[] } {
  const records: HistoryRecord[] = [];
  const problems: HistoryProblem[] = [];
  text.split('\n').forEach((raw, index) => {
    const line = raw.trim();
    if (!line) return;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      problems.push({ line: index + 1, message: 'is not valid JSON' });
      return;
    }
    if (isRecord(value)) records.push(value);
    else problems.push({ line: index + 1, message: 'is not a quiz result' });
  });
  return { records, problems };
}

function isRecord(value: unknown): value is HistoryRecord {
  const v = value as HistoryRecord;
  return (
    !!v &&
    typeof v === 'object' &&
    typeof v.takenAt === 'string' &&
    typeof v.role?.id === 'string' &&
    typeof v.target?.id === 'string' &&
    typeof v.overall === 'number' &&
    Array.isArray(v.skills) &&
    v.skills.every((s) => typeof s?.id === 'string' && typeof s.score === 'number')
  );
}

export type Trend = 'better' | 'worse' | 'same' | 'new';

export interface SkillTrend {
  id: string;
  name: string;
  previous: number | null;
  latest: number;
  change: number | null;
  trend: Trend;
}

export interface RoleTrend {
  role: { id: string; title: string };
  runs: number;
  latest: HistoryRecord;
  /** The run before the latest one, or null after a single run. */
  previous: HistoryRecord | null;
  overall: { previous: number | null; latest: number; change: number | null; trend: Trend };
  skills: SkillTrend[];
}

export interface HistoryReport {
  /** Oldest first, as taken. */
  runs: HistoryRecord[];
  trends: RoleTrend[];
}

const trendOf = (change: number | null): Trend => (change === null ? 'new' : change > 0 ? 'better' : change < 0 ? 'worse' : 'same');

export function historyReport(records: readonly HistoryRecord[], roleId?: string): HistoryReport {
  const runs = records.filter((r) => roleId === undefined || r.role.id === roleId).sort((a, b) => a.takenAt.localeCompare(b.takenAt));
  const roleIds = [...new Set(runs.map((r) => r.role.id))];
  const trends = roleIds.map((id): RoleTrend => {
    const own = runs.filter((r) => r.role.id === id);
    const latest = own.at(-1)!;
    const previous = own.at(-2) ?? null;
    const before = new Map(previous?.skills.map((s) => [s.id, s.score]));
    const overallChange = previous ? latest.overall - previous.overall : null;
    return {
      role: latest.role,
      runs: own.length,
      latest,
      previous,
      overall: { previous: previous?.overall ?? null, latest: latest.overall, change: overallChange, trend: trendOf(overallChange) },
      skills: latest.skills.map((s) => {
        const old = before.get(s.id);
        const change = old === undefined ? null : s.score - old;
        return { id: s.id, name: s.name, previous: old ?? null, latest: s.score, change, trend: trendOf(change) };
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
  mode: HistoryRecord['mode'];
  overall: number;
  knowledge: { correct: number; asked: number };
  skills: { id: string; name: string; score: number | null }[];
}): HistoryRecord {
  return {
    version: HISTORY_VERSION,
    takenAt: report.takenAt,
    role: report.role,
    target: { id: report.target.id, title: report.target.title },
    mode: report.mode,
    overall: report.overall,
    questions: report.knowledge,
    skills: report.skills.flatMap((s) => (s.score === null ? [] : [{ id: s.id, name: s.name, score: s.score }])),
  };
}

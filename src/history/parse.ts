// Reads the history file's lines: each one a JSON quiz result checked against
// the record schema. A bad line is reported with its number and what is wrong
// with it, and skipped; it stays in the file as it is.
import type { HistoryProblem, HistoryRecord } from '../core/quiz/history.js';
import { historyRecordSchema } from './record-schema.js';

export function parseHistoryLines(text: string): { records: HistoryRecord[]; problems: HistoryProblem[] } {
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
    const parsed = historyRecordSchema.safeParse(value);
    if (parsed.success) records.push(parsed.data);
    else problems.push({ line: index + 1, message: `is not a quiz result (${describeIssue(parsed.error.issues[0])})` });
  });
  return { records, problems };
}

function describeIssue(issue: { path: PropertyKey[]; message: string } | undefined): string {
  if (!issue) return 'unknown problem';
  const where = issue.path.map(String).join('.');
  return where ? `${where}: ${issue.message}` : issue.message;
}

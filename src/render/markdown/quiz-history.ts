// `career quiz history --format markdown`: past results and trends as a document to keep.
import type { HistoryReport } from '../../core/quiz/history.js';
import { writeQuizHistory } from '../quiz-history.js';
import { markdownSink } from './sink.js';

export function renderQuizHistoryMarkdown(report: HistoryReport): string {
  // The history cites no sources.
  return writeQuizHistory(report, markdownSink([]));
}

// `career quiz --format markdown`: the readiness report as a document to keep.
import type { QuizReport } from '../../core/quiz/report.js';
import type { Source } from '../../data/schema.js';
import { writeQuizReport } from '../quiz.js';
import { markdownSink } from './sink.js';

export function renderQuizReportMarkdown(report: QuizReport, sources: readonly Source[]): string {
  return writeQuizReport(report, sources, markdownSink(sources));
}

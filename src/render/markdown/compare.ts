// `career compare --format markdown`: the comparison as a document to keep.
import type { Comparison } from '../../core/compare.js';
import { createRenderContext } from '../compare-context.js';
import { writeComparison } from '../compare.js';
import { plainStyle } from '../style.js';

export function renderComparisonMarkdown(result: Comparison): string {
  return writeComparison(result, createRenderContext(result, plainStyle, Infinity, true));
}

// Skills or certifications of the compared items: what they share, what only
// one lists, and the overlap score with its definition, so a user sees how
// far a move from one to the other is.
import type { NamedId, Overlap, OverlapPair } from '../core/compare-overlap.js';
import type { CompareRenderContext } from './compare-context.js';

const names = (list: readonly NamedId[]) => list.map((n) => n.name).join(', ');

/** The item of the pair that lists nothing, if one does: its "only" list would just repeat the other's. */
function emptySide(pair: OverlapPair): string | null {
  if (pair.shared.length + pair.onlyA.length === 0) return pair.a;
  if (pair.shared.length + pair.onlyB.length === 0) return pair.b;
  return null;
}

function score(pair: OverlapPair, noun: string, ctx: CompareRenderContext): string {
  const empty = emptySide(pair);
  if (pair.jaccard === null) {
    const bothEmpty = pair.shared.length + pair.onlyA.length + pair.onlyB.length === 0;
    return bothEmpty || !empty
      ? `n/a: no ${noun} listed for either`
      : `n/a: the data lists no ${noun} for ${ctx.name(empty)}`;
  }
  const union = pair.shared.length + pair.onlyA.length + pair.onlyB.length;
  return `${ctx.style.accent(`${Math.round(pair.jaccard * 100)}% overlap`)} (${pair.shared.length} of ${union} ${noun})`;
}

export function renderOverlap(overlap: Overlap, noun: string, ctx: CompareRenderContext): string {
  const lines: string[] = [ctx.para(`Overlap = ${overlap.definition}.`, { dim: true })];
  const levels = new Set(overlap.pairs.flatMap((pair) => [pair.a, pair.b]).filter((key) => ctx.isLevel(key)));
  if (levels.size > 0) {
    const which = levels.size === 1 ? "A level's" : "Each level's";
    lines.push(ctx.para(`${which} ${noun} are those the ladder says it emphasises, not requirements.`, { dim: true }));
  }
  const list = (label: string, items: readonly NamedId[], indent = '') => {
    if (items.length)
      lines.push(ctx.para(`${indent}${label} (${items.length}): ${names(items)}`, { indent: `${indent}  ` }));
  };
  // A level's list is what the ladder says the level emphasises, not what it requires:
  // "Only Senior IT Manager emphasises", never "Only Senior IT Manager: Project management".
  const onlyLabel = (key: string) => `Only ${ctx.name(key)}${ctx.isLevel(key) ? ' emphasises' : ''}`;
  const bothLabel = (pair: OverlapPair) => (ctx.isLevel(pair.a) && ctx.isLevel(pair.b) ? 'Both emphasise' : 'In both');
  const onlyLists = (pair: OverlapPair, indent = '') => {
    if (emptySide(pair)) return;
    list(onlyLabel(pair.a), pair.onlyA, indent);
    list(onlyLabel(pair.b), pair.onlyB, indent);
  };
  // With three or four items each is compared with the first, one indented paragraph per pair.
  const many = overlap.pairs.length > 1;
  if (many) {
    lines.push(ctx.para(`Each is compared with ${ctx.name(overlap.pairs[0]!.a)}.`));
    list(`In all ${overlap.pairs.length + 1}`, overlap.common);
  }
  const indent = many ? '  ' : '';
  for (const pair of overlap.pairs) {
    const head = many ? ctx.name(pair.b) : `${ctx.name(pair.a)} vs ${ctx.name(pair.b)}`;
    lines.push(ctx.para(`${head}: ${score(pair, noun, ctx)}`, { indent: '  ' }));
    list(bothLabel(pair), pair.shared, indent);
    onlyLists(pair, indent);
  }
  return ctx.join(lines);
}

/** Edit distance with swapped neighbours counted as one edit (optimal string alignment), small and good enough for ids and titles. */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  let beforePrevious = previous;
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      // Two letters swapped ("vlaue") is one slip, not two.
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        current[j] = Math.min(current[j]!, beforePrevious[j - 2]! + 1);
    }
    beforePrevious = previous;
    previous = current;
  }
  return previous[b.length]!;
}

/**
 * The candidates close enough to `input` to be what the user meant, best first.
 * "Close" scales with length so short ids don't match everything.
 */
export function suggest(input: string, candidates: Iterable<string>, max = 3): string[] {
  const needle = input.toLowerCase();
  if (needle.length === 0 || needle.length > 200) return [];
  const scored: { candidate: string; score: number }[] = [];
  for (const candidate of new Set(candidates)) {
    const hay = candidate.toLowerCase();
    const distance = editDistance(needle, hay);
    // A suggestion keeps some of what was typed: "3" is no typo of "vp".
    const limit = Math.min(Math.max(2, Math.floor(Math.max(needle.length, hay.length) / 3)), needle.length - 1);
    const prefix = hay.startsWith(needle) || needle.startsWith(hay);
    if (distance <= limit || (prefix && needle.length >= 3)) {
      scored.push({ candidate, score: prefix ? Math.min(distance, 1) : distance });
    }
  }
  // Only the closest: "vlaue" suggests "value", not also "place" two edits away.
  const best = Math.min(...scored.map((s) => s.score));
  return scored
    .filter((s) => s.score === best)
    .sort((x, y) => x.score - y.score || x.candidate.localeCompare(y.candidate))
    .slice(0, max)
    .map((s) => s.candidate);
}

/** " (did you mean "a" or "b"?)", or "" when nothing is close. */
export function didYouMean(input: string, candidates: Iterable<string>): string {
  return phraseSuggestions(suggest(input, candidates));
}

/** " (did you mean "a" or "b"?)" for suggestions already chosen, or "" when there are none. */
export function phraseSuggestions(close: readonly string[]): string {
  if (close.length === 0) return '';
  const quoted = close.map((c) => `"${c}"`);
  const list = quoted.length === 1 ? quoted[0] : `${quoted.slice(0, -1).join(', ')} or ${quoted.at(-1)}`;
  return ` (did you mean ${list}?)`;
}

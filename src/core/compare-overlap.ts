// How far apart two roles are in what they ask for: the skills (or
// certifications) both list, the ones only one lists, and the Jaccard index
// |A ∩ B| / |A ∪ B| as a single overlap score.
import { compareText } from './text-order.js';

export interface NamedId {
  id: string;
  name: string;
}

export interface OverlapPair {
  /** Key of the item compared against (always the first item). */
  a: string;
  b: string;
  shared: NamedId[];
  onlyA: NamedId[];
  onlyB: NamedId[];
  /** |A ∩ B| / |A ∪ B| from 0 to 1; null when neither lists anything. */
  jaccard: number | null;
}

export interface Overlap {
  measure: 'jaccard';
  definition: string;
  /** What every compared item lists. */
  common: NamedId[];
  /** The first item against each of the others. */
  pairs: OverlapPair[];
}

export interface IdSet {
  key: string;
  ids: readonly string[];
}

/**
 * |A ∩ B| / |A ∪ B|, or null when either set is empty: a role the data lists
 * no skills for is not 0% like the other, there is nothing to compare ("n/a").
 */
export function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number | null {
  if (a.size === 0 || b.size === 0) return null;
  const union = new Set([...a, ...b]).size;
  let shared = 0;
  for (const id of a) if (b.has(id)) shared++;
  return shared / union;
}

export function overlapDefinition(noun: string): string {
  return `Jaccard index: the ${noun} both list divided by the ${noun} either lists (|A ∩ B| / |A ∪ B|)`;
}

export function compareIdSets(items: readonly IdSet[], nameOf: (id: string) => string, noun: string): Overlap {
  const named = (ids: Iterable<string>) =>
    [...ids]
      .map((id) => ({ id, name: nameOf(id) }))
      .sort((x, y) => compareText(x.name, y.name) || compareText(x.id, y.id));
  const sets = items.map((item) => new Set(item.ids));
  const [first, ...rest] = sets;
  const common = first ? [...first].filter((id) => rest.every((set) => set.has(id))) : [];
  const pairs = rest.map((other, i) => ({
    a: items[0]!.key,
    b: items[i + 1]!.key,
    shared: named([...first!].filter((id) => other.has(id))),
    onlyA: named([...first!].filter((id) => !other.has(id))),
    onlyB: named([...other].filter((id) => !first!.has(id))),
    jaccard: jaccard(first!, other),
  }));
  return { measure: 'jaccard', definition: overlapDefinition(noun), common: named(common), pairs };
}

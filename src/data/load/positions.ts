// Where a path is in a data file's text, for messages that name line and
// column: from the `yaml` Document of a file only `yaml` reads, or, for a file
// the fast path (fast-yaml.ts) reads, from js-yaml noting where each node
// starts while it reads. Worked out only when a message needs a position.
import type { State } from 'js-yaml';
import { isMap, isScalar, isSeq, LineCounter, type Document, type Node, type Pair } from 'yaml';
import type { ParsedFile, PathSegment } from '../problem.js';
import { fastParse } from './fast-yaml.js';

/**
 * Line and column of `path` (and of `key` in the mapping there). A missing
 * field is reported at its parent. Each mapping's keys are indexed once, on
 * first use: a file with 150,000 unknown fields is located in linear time.
 */
export function yamlLocator(doc: Document, lineCounter: LineCounter): ParsedFile['locate'] {
  const keyIndexes = new WeakMap<object, Map<unknown, Pair>>();
  const pairOf = (node: unknown, k: unknown): Pair | undefined => {
    if (!isMap(node)) return undefined;
    let index = keyIndexes.get(node);
    if (!index) {
      index = new Map();
      for (const pair of node.items)
        if (isScalar(pair.key) && !index.has(pair.key.value)) index.set(pair.key.value, pair);
      keyIndexes.set(node, index);
    }
    return index.get(k);
  };
  return (path, key) => {
    let node: unknown = doc.contents;
    for (const seg of path) {
      const child = isSeq(node) && typeof seg === 'number' ? node.items[seg] : pairOf(node, seg)?.value;
      if (child === undefined || child === null) break;
      node = child;
    }
    let offset = (node as Node | null)?.range?.[0];
    const keyNode = key === undefined ? undefined : (pairOf(node, key)?.key as Node | undefined);
    if (keyNode?.range) offset = keyNode.range[0];
    if (offset === undefined) return undefined;
    const pos = lineCounter.linePos(offset);
    return { line: pos.line, column: pos.col };
  };
}

/** Where an entry of a mapping or list starts: its key, and its value (before the space and comments ahead of it). */
type Place = { key: number | undefined; value: number | undefined; empty: boolean };
type Entries = Map<PathSegment, Place>;
const isObject = (value: unknown): value is Record<PathSegment, unknown> => typeof value === 'object' && value !== null;
// Where a value starts: past the spaces and comments before it; an empty one past the spaces on its line, as in `yaml`.
const SEPARATION = /(?:[ \t\r\n]|#.*)*/y;
const SPACES = /[ \t]*/y;
const skip = (pattern: RegExp, text: string, offset: number) => (
  (pattern.lastIndex = offset),
  pattern.test(text),
  pattern.lastIndex
);

/**
 * fastParse's value, and the line and column of `path` (and of `key` in the
 * mapping there) from js-yaml noting where each node starts: the positions
 * `yaml` gives (tests/data/read-file.test.ts checks), at a fraction of the cost
 * of a `yaml` Document (seconds on a 5 MB file). The locator answers undefined
 * where it cannot tell (an empty list item): `yaml` answers those.
 */
export function fastParseLocated(text: string): { value: unknown; locate: ParsedFile['locate'] } | undefined {
  // Each mapping's and list's entries (null: unknown). Every object built with all its fields, in one shape each:
  // this runs for every node of a big file.
  const places = new WeakMap<object, Entries | null>();
  const open: { start: number; key: string | undefined; entries: Entries | undefined; items: number }[] = [];
  let rootStart = 0;
  const listener = (event: 'open' | 'close', state: State) => {
    if (event === 'open')
      return void open.push({ start: state.position, key: undefined, entries: undefined, items: 0 });
    const node = open.pop()!;
    const value: unknown = state.result;
    // Two frames, one inside the other, can read one node (a list item first tried as a key): the inner saw the entries.
    if (isObject(value) && !places.has(value)) {
      places.set(value, !Array.isArray(value) || value.length === node.items ? (node.entries ?? new Map()) : null);
    }
    const parent = open.at(-1);
    if (!parent) return void (rootStart = node.start);
    parent.entries ??= new Map();
    let after = state.position;
    while (text[after] === ' ' || text[after] === '\t') after++;
    // A key is a node followed by ':' on the line it starts on (an implicit key is one line), where no key waits
    // for its value: a value or a list item may end where the next key starts, and a key may start with ':' (`:'`).
    if (text[after] === ':' && parent.key === undefined && text.lastIndexOf('\n', after) < node.start) {
      parent.key = String(value);
      parent.entries.set(parent.key, { key: node.start, value: undefined, empty: false });
    } else if (parent.key === undefined) {
      parent.entries.set(parent.items++, { key: undefined, value: node.start, empty: state.kind === null });
    } else {
      const place = parent.entries.get(parent.key)!;
      place.value = node.start;
      place.empty = state.kind === null;
      parent.key = undefined;
    }
  };
  // js-yaml drops a byte order mark, which would shift every offset by one: `yaml` places those.
  const noted = !text.startsWith('\uFEFF');
  const root = fastParse(text, noted ? listener : undefined);
  if (root === undefined) return undefined;
  const lines = new LineCounter();
  for (let offset = 0; offset >= 0; offset = text.indexOf('\n', offset) + 1 || -1) lines.addNewLine(offset);
  const position = (offset: number) => {
    const { line, col } = lines.linePos(offset);
    return { line, column: col };
  };
  const locate: ParsedFile['locate'] = (path, key) => {
    if (!noted) return undefined;
    let node: unknown = root;
    let place: Place = { key: undefined, value: rootStart, empty: false };
    for (const segment of path) {
      // A missing field is reported at its parent, as `yaml` does.
      if (!isObject(node) || !Object.hasOwn(node, segment)) break;
      const entry = places.get(node)?.get(segment);
      if (entry?.value === undefined) return undefined;
      node = node[segment];
      place = entry;
    }
    if (key === undefined || !isObject(node) || !Object.hasOwn(node, key)) {
      return position(skip(place.empty ? SPACES : SEPARATION, text, place.value!));
    }
    const keyStart = places.get(node)?.get(key)?.key;
    return keyStart === undefined ? undefined : position(keyStart);
  };
  return { value: root, locate };
}

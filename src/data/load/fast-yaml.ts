// The fast path for reading YAML: js-yaml, about fifteen times faster than the
// `yaml` package here (which `career data validate` on 10,000 role files
// spent 80 s in). `yaml` stays the judge: it keeps source positions, so every
// file the fast path does not accept cleanly, and every file whose value then
// fails the schema, is read again by `yaml` for located messages.
//
// The two must never disagree about a value. So the fast path resolves plain
// scalars with exactly the YAML 1.2 core schema rules `yaml` uses (js-yaml's
// own also reads `0b101` as a number, for one), and leaves to `yaml` every
// document with anchors, aliases, tags or directives (alias bombs, and
// `%YAML 1.1`, are handled there). tests/data/fast-yaml.test.ts checks the
// two agree on the data, the fixtures and generated documents.
import { FAILSAFE_SCHEMA, load, Type, type State } from 'js-yaml';
import { LineCounter } from 'yaml';
import type { ParsedFile, PathSegment } from '../problem.js';

// The regular expressions of `yaml`'s core schema (yaml/dist/schema/core).
// js-yaml tries every implicit type on every plain scalar, keys included, so
// each first looks at the first character.
const plainScalar = (tag: string, firstChars: string, test: RegExp, construct: (source: string) => unknown) =>
  new Type(`tag:yaml.org,2002:${tag}`, {
    kind: 'scalar',
    resolve: (source: string | null) => source !== null && (source === '' ? test.test('') : firstChars.includes(source[0]!) && test.test(source)),
    construct,
  });

const integer = (source: string, offset: number, radix: number) => parseInt(source.substring(offset), radix);
const NUMBER_START = '0123456789+-.';

const coreSchema = FAILSAFE_SCHEMA.extend({
  implicit: [
    plainScalar('null', '~nN', /^(?:~|[Nn]ull|NULL)?$/, () => null),
    plainScalar('bool', 'tTfF', /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/, (s) => s[0] === 't' || s[0] === 'T'),
    plainScalar('int', NUMBER_START, /^(?:0o[0-7]+|[-+]?[0-9]+|0x[0-9a-fA-F]+)$/, (s) =>
      s.startsWith('0o') ? integer(s, 2, 8) : s.startsWith('0x') ? integer(s, 2, 16) : integer(s, 0, 10),
    ),
    plainScalar(
      'float',
      NUMBER_START,
      /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN|[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+|[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*))$/,
      (s) => (/nan$/i.test(s) ? NaN : /inf$/i.test(s) ? (s[0] === '-' ? -Infinity : Infinity) : parseFloat(s)),
    ),
  ],
});

const SPACE = /\s/;
const NODE_START = /[\s[\]{},:]/;
const charAt = (text: string, at: number) => text[at] ?? '\n';
/** After a space, a line start or a flow indicator: where YAML reads a node's properties. */
const startsNode = (text: string, at: number) => at === 0 || NODE_START.test(text[at - 1]!);

/**
 * Constructs left to `yaml`, by the character that starts them, where the two
 * parsers were seen to differ (by tests/data/fast-yaml.test.ts) or could.
 * Text that only looks like one (`"R *and* D"`) just takes the slower path.
 */
const LEFT_TO_YAML: [string, (text: string, at: number) => boolean][] = [
  // Anchors and aliases (`& ` is text, as in "R & D", or an error either way); tags, a lone `!` too.
  ['&', (text, at) => startsNode(text, at) && !SPACE.test(charAt(text, at + 1))],
  ['*', (text, at) => startsNode(text, at) && !SPACE.test(charAt(text, at + 1))],
  ['!', startsNode],
  // Keys that are not plain text, which the two turn into text differently: `? key`, `{[list]}`, `[list]: x`.
  ['?', (text, at) => startsNode(text, at) && SPACE.test(charAt(text, at + 1))],
  ['[', (text, at) => /[{,]\s*$/.test(text.slice(Math.max(0, at - 20), at))],
  ['{', (text, at) => /[{,]\s*$/.test(text.slice(Math.max(0, at - 20), at))],
  [']', (text, at) => /^\s*:/.test(text.slice(at + 1, at + 21))],
  ['}', (text, at) => /^\s*:/.test(text.slice(at + 1, at + 21))],
  // Malformed text js-yaml forgives: a comment straight after a quote or bracket; block indentation indicators.
  ['#', (text, at) => at > 0 && `"']}`.includes(text[at - 1]!)],
  ['|', (text, at) => /^[-+]?[1-9]/.test(text.slice(at + 1, at + 3))],
  ['>', (text, at) => /^[-+]?[1-9]/.test(text.slice(at + 1, at + 3))],
];

/**
 * Whether `yaml` must read the text: a construct above, a tab (where a tab
 * may stand for a space the two do not always agree), a directive or a
 * document marker. indexOf per character rather than one regular expression
 * over the text: this runs over every byte of 10,000 files.
 */
function needsYaml(text: string): boolean {
  if (text.includes('\t') || /^(?:%|\.\.\.|---\S)/.test(text) || text.includes('\n%') || text.includes('\n---') || text.includes('\n...')) return true;
  for (const [char, leftToYaml] of LEFT_TO_YAML) {
    for (let at = text.indexOf(char); at >= 0; at = text.indexOf(char, at + 1)) if (leftToYaml(text, at)) return true;
  }
  return false;
}

/**
 * A `null:` or `~:` key: js-yaml names it "null", `yaml` names it "". The
 * text "null" as a key is rare enough to leave to `yaml` as well.
 */
function hasNullKey(value: unknown): boolean {
  const pending = [value];
  while (pending.length > 0) {
    const node = pending.pop();
    if (node === null || typeof node !== 'object') continue;
    if (Array.isArray(node)) {
      for (const item of node) if (item !== null && typeof item === 'object') pending.push(item);
      continue;
    }
    if (Object.hasOwn(node, 'null')) return true;
    for (const key in node) {
      const child = (node as Record<string, unknown>)[key];
      if (child !== null && typeof child === 'object') pending.push(child);
    }
  }
  return false;
}

/**
 * The document's value, if it is a mapping, or undefined where `yaml` must
 * decide: constructs left to it, anything js-yaml refuses (syntax, duplicate
 * keys, several documents), empty documents and other top-level values.
 */
export function fastParse(text: string): unknown {
  if (needsYaml(text)) return undefined;
  let value: unknown;
  try {
    value = load(text, { schema: coreSchema });
  } catch {
    return undefined;
  }
  // Data files are mappings; anything else is left to `yaml` to describe.
  const isMapping = typeof value === 'object' && value !== null && !Array.isArray(value);
  return isMapping && !hasNullKey(value) ? value : undefined;
}

type Entries = Map<PathSegment, { key?: number; value?: number }>;
const isObject = (value: unknown): value is Record<PathSegment, unknown> => typeof value === 'object' && value !== null;
// Where a node starts: past the spaces and comments before it; an empty one past the spaces on its line, as in `yaml`.
const SEPARATION = /(?:[ \t\r\n]|#.*)*/y;
const SPACES = /[ \t]*/y;
const skip = (pattern: RegExp, text: string, offset: number) => ((pattern.lastIndex = offset), pattern.test(text), pattern.lastIndex);

/**
 * Line and column of `path` (and of `key` in the mapping there) in a text
 * fastParse accepted, from a second js-yaml read noting where each node
 * starts: the positions `yaml` gives (tests/data/read-file.test.ts checks),
 * at a fraction of the cost of a `yaml` Document (seconds on a 5 MB file).
 * Undefined where it cannot tell (an empty list item): `yaml` answers those.
 */
export function fastLocator(text: string): ParsedFile['locate'] {
  // Each mapping's and list's entries: where their keys and values start (null: unknown).
  const places = new WeakMap<object, Entries | null>();
  const open: { start: number; key?: string; entries?: Entries; items: number }[] = [];
  let rootStart = 0;
  const listener = (event: 'open' | 'close', state: State) => {
    if (event === 'open') return void open.push({ start: state.position, items: 0 });
    const node = open.pop()!;
    const value: unknown = state.result;
    // Two frames, one inside the other, can read one node (a list item first tried as a key): the inner saw the entries.
    if (isObject(value) && !places.has(value)) {
      places.set(value, !Array.isArray(value) || value.length === node.items ? (node.entries ?? new Map()) : null);
    }
    const start = skip(state.kind === null ? SPACES : SEPARATION, text, node.start);
    const parent = open.at(-1);
    if (!parent) return void (rootStart = start);
    parent.entries ??= new Map();
    if (text[skip(SPACES, text, state.position)] === ':') {
      parent.key = String(value);
      parent.entries.set(parent.key, { key: node.start });
    } else if (parent.key === undefined) parent.entries.set(parent.items++, { value: start });
    else {
      parent.entries.get(parent.key)!.value = start;
      parent.key = undefined;
    }
  };
  // js-yaml drops a byte order mark, which would shift every offset by one.
  if (text.startsWith('\uFEFF')) return () => undefined;
  const root: unknown = load(text, { schema: coreSchema, listener });
  const lines = new LineCounter();
  for (let offset = 0; offset >= 0; offset = text.indexOf('\n', offset) + 1 || -1) lines.addNewLine(offset);
  const position = (offset: number) => {
    const { line, col } = lines.linePos(offset);
    return { line, column: col };
  };
  return (path, key) => {
    let node = root;
    let start = rootStart;
    for (const segment of path) {
      // A missing field is reported at its parent, as `yaml` does.
      if (!isObject(node) || !Object.hasOwn(node, segment)) break;
      const value = places.get(node)?.get(segment)?.value;
      if (value === undefined) return undefined;
      node = node[segment];
      start = value;
    }
    if (key === undefined || !isObject(node) || !Object.hasOwn(node, key)) return position(start);
    const keyStart = places.get(node)?.get(key)?.key;
    return keyStart === undefined ? undefined : position(keyStart);
  };
}

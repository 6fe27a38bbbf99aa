// The fast path for reading YAML: js-yaml, about fifteen times faster than the
// `yaml` package here (which `career data validate` on 10,000 role files spent
// 80 s in). `yaml` stays the judge: it reads every file the fast path does not
// accept cleanly, and places what positions.ts cannot.
//
// The two must never disagree about a value. So the fast path resolves plain
// scalars with exactly the YAML 1.2 core schema rules `yaml` uses (js-yaml's
// own also reads `0b101` as a number, for one), and leaves to `yaml` every
// document with anchors, aliases, tags or directives (alias bombs, and
// `%YAML 1.1`, are handled there). tests/data/fast-yaml.test.ts checks the
// two agree on the data, the fixtures and generated documents.
import { FAILSAFE_SCHEMA, load, Type, type LoadOptions } from 'js-yaml';

// The regular expressions of `yaml`'s core schema (yaml/dist/schema/core).
// js-yaml tries every implicit type on every plain scalar, keys included, so
// each first looks at the first character.
const plainScalar = (tag: string, firstChars: string, test: RegExp, construct: (source: string) => unknown) =>
  new Type(`tag:yaml.org,2002:${tag}`, {
    kind: 'scalar',
    resolve: (source: string | null) =>
      source !== null && (source === '' ? test.test('') : firstChars.includes(source[0]!) && test.test(source)),
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
 * Constructs left to `yaml`, by the characters that start them, where the two
 * parsers were seen to differ (by tests/data/fast-yaml.test.ts) or could.
 * Text that only looks like one (`"R *and* D"`) just takes the slower path.
 */
const LEFT_TO_YAML: [string, (text: string, at: number) => boolean][] = [
  // Anchors and aliases (`& ` is text, as in "R & D", or an error either way); tags, a lone `!` too.
  ['&*', (text, at) => startsNode(text, at) && !SPACE.test(charAt(text, at + 1))],
  ['!', startsNode],
  // Keys that are not plain text, which the two turn into text differently: `? key`, `{[list]}`, `[list]: x`.
  ['?', (text, at) => startsNode(text, at) && SPACE.test(charAt(text, at + 1))],
  ['[{', (text, at) => /[{,]\s*$/.test(text.slice(Math.max(0, at - 20), at))],
  [']}', (text, at) => /^\s*:/.test(text.slice(at + 1, at + 21))],
  // Malformed text js-yaml forgives: a comment straight after a quote or bracket; block indentation indicators.
  ['#', (text, at) => at > 0 && `"']}`.includes(text[at - 1]!)],
  ['|>', (text, at) => /^[-+]?[1-9]/.test(text.slice(at + 1, at + 3))],
];

/**
 * Whether `yaml` must read the text: a construct above, a tab (where a tab
 * may stand for a space the two do not always agree), a directive or a
 * document marker. indexOf per character rather than one regular expression
 * over the text: this runs over every byte of 10,000 files.
 */
function needsYaml(text: string): boolean {
  if (text.includes('\t') || /^(?:%|\.\.\.|---\S)/.test(text) || /\n(?:%|---|\.\.\.)/.test(text)) return true;
  for (const [chars, leftToYaml] of LEFT_TO_YAML) {
    for (const char of chars)
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
 * `listener` sees js-yaml read each node (positions.ts notes where).
 */
export function fastParse(text: string, listener?: LoadOptions['listener']): unknown {
  if (needsYaml(text)) return undefined;
  let value: unknown;
  try {
    value = load(text, { schema: coreSchema, listener });
  } catch {
    return undefined;
  }
  // Data files are mappings; anything else is left to `yaml` to describe.
  const isMapping = typeof value === 'object' && value !== null && !Array.isArray(value);
  return isMapping && !hasNullKey(value) ? value : undefined;
}

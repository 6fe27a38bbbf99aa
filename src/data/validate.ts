// Turns zod's issues into located, readable problems:
// `data/roles/it-manager.yaml:42:7 ladder[2].salary.median: expected a number, got "150k"`.
import { toJSONSchema, type z } from 'zod';
import { didYouMean } from '../shared/suggest.js';
import { countingLine, formatPath, type ParsedFile, type PathSegment, type Problem } from './problem.js';

/** `problems` ends with a counting line (see countingLine) if some were not listed. */
export type Validated<T> = { ok: true; value: T } | { ok: false; problems: Problem[] };

/** Problems listed per file; the rest are counted (a file of 150,000 unknown fields is reported in seconds). */
export const PROBLEMS_LISTED = 100;

export function validate<S extends z.ZodType>(schema: S, parsed: ParsedFile): Validated<z.output<S>> {
  // An unknown field is described below, key by key: zod's own message would join every unknown key into one text.
  const result = schema.safeParse(parsed.value, {
    error: (issue) => (issue.code === 'unrecognized_keys' ? 'unknown field' : undefined),
  });
  if (result.success) return { ok: true, value: result.data };
  const problems: Problem[] = [];
  let counted = 0;
  for (const issue of result.error.issues) {
    const room = PROBLEMS_LISTED - problems.length;
    const size = issue.code === 'unrecognized_keys' ? issue.keys.length : 1;
    if (room <= 0) counted += size;
    else {
      problems.push(...describeIssue(issue, parsed, schema, room));
      counted += Math.max(0, size - room);
    }
  }
  const listed = dedupe(problems);
  if (counted > 0) listed.push(countingLine(parsed.file, counted));
  return { ok: false, problems: listed };
}

function describeIssue(issue: z.core.$ZodIssue, parsed: ParsedFile, schema: z.ZodType, room = Infinity): Problem[] {
  const path = issue.path.filter((seg): seg is PathSegment => typeof seg !== 'symbol');
  const at = (p: readonly PathSegment[], key?: string) => {
    const pos = parsed.locate(p, key);
    return { file: parsed.file, line: pos?.line, column: pos?.column };
  };
  switch (issue.code) {
    case 'unrecognized_keys': {
      const known = fieldNamesAt(schema, path);
      return issue.keys.slice(0, room).map((key) => ({
        ...at(path, key),
        path: formatPath([...path, key]),
        message: `unknown field "${key}"${didYouMean(key, known)}`,
      }));
    }
    case 'invalid_type': {
      const actual = valueAt(parsed.value, path);
      if (actual === undefined) {
        return [
          {
            ...at(path),
            path: formatPath(path) || undefined,
            message: `missing required field${fieldName(path)} (expected ${article(issue.expected)})`,
          },
        ];
      }
      return [
        {
          ...at(path),
          path: formatPath(path) || undefined,
          message: `expected ${article(issue.expected)}, got ${show(actual)}`,
        },
      ];
    }
    case 'invalid_value': {
      const actual = valueAt(parsed.value, path);
      const allowed = `one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
      if (actual === undefined)
        return [
          {
            ...at(path),
            path: formatPath(path) || undefined,
            message: `missing required field${fieldName(path)} (expected ${allowed})`,
          },
        ];
      return [
        { ...at(path), path: formatPath(path) || undefined, message: `expected ${allowed}, got ${show(actual)}` },
      ];
    }
    case 'too_big':
    case 'too_small': {
      // zod's own wording ("Too big: expected number to be <=3") in the words of the data;
      // a message the schema gives ("importance is 1-3 ...") is kept as it is.
      const own = /^Too (big|small)/.test(issue.message)
        ? boundMessage(issue, valueAt(parsed.value, path))
        : issue.message;
      return [{ ...at(path), path: formatPath(path) || undefined, message: own }];
    }
    case 'invalid_union':
      return [{ ...at(path), path: formatPath(path) || undefined, message: 'does not match any allowed form' }];
    default:
      return [{ ...at(path), path: formatPath(path) || undefined, message: issue.message }];
  }
}

/**
 * The field names allowed in the object at `path`, for "did you mean" on a
 * typo (zod does not say which keys were allowed). Read from the JSON Schema,
 * walking down the path; every name in the schema if the walk gets lost.
 */
function fieldNamesAt(schema: z.ZodType, path: readonly PathSegment[]): string[] {
  type Node = { properties?: Record<string, Node>; items?: Node; anyOf?: Node[]; oneOf?: Node[]; allOf?: Node[] };
  const alternatives = (node: Node): Node[] => [
    node,
    ...[...(node.anyOf ?? []), ...(node.oneOf ?? []), ...(node.allOf ?? [])].flatMap(alternatives),
  ];
  const root = jsonSchemaOf(schema) as Node;
  let nodes = [root];
  for (const seg of path) {
    nodes = nodes
      .flatMap(alternatives)
      .flatMap((node) => (typeof seg === 'number' ? node.items : node.properties?.[seg]) ?? []);
  }
  const names = new Set(nodes.flatMap(alternatives).flatMap((node) => Object.keys(node.properties ?? {})));
  return names.size > 0 ? [...names] : everyFieldName(root);
}

/** Converting a schema takes milliseconds; a file full of typos asks for it once per typo. */
const jsonSchemas = new WeakMap<z.ZodType, unknown>();
function jsonSchemaOf(schema: z.ZodType): unknown {
  if (!jsonSchemas.has(schema)) jsonSchemas.set(schema, toJSONSchema(schema, { unrepresentable: 'any' }));
  return jsonSchemas.get(schema);
}

function everyFieldName(root: unknown): string[] {
  const names = new Set<string>();
  const walk = (node: unknown): void => {
    if (!node || typeof node !== 'object') return;
    const properties = (node as { properties?: Record<string, unknown> }).properties;
    if (properties) Object.keys(properties).forEach((k) => names.add(k));
    Object.values(node).forEach(walk);
  };
  walk(root);
  return [...names];
}

function valueAt(root: unknown, path: readonly PathSegment[]): unknown {
  let node = root;
  for (const seg of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string | number, unknown>)[seg];
  }
  return node;
}

function article(type: string): string {
  const names: Record<string, string> = {
    number: 'a number',
    string: 'a text',
    boolean: 'true or false',
    array: 'a list',
    object: 'a mapping',
    int: 'a whole number',
  };
  return names[type] ?? type;
}

const fieldName = (path: readonly PathSegment[]) => (typeof path.at(-1) === 'string' ? ` "${path.at(-1)}"` : '');

function show(value: unknown): string {
  if (value === null) return 'null';
  if (value === undefined) return 'nothing';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 40 ? `${text.slice(0, 37)}..."` : text;
}

function dedupe(problems: Problem[]): Problem[] {
  const seen = new Set<string>();
  return problems.filter((p) => {
    const key = `${p.line}:${p.column}:${p.path}:${p.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** "is at most 60, got 75", "needs at least 1 entry", "is more than 0, got -2". */
function boundMessage(issue: z.core.$ZodIssueTooBig | z.core.$ZodIssueTooSmall, actual: unknown): string {
  const big = issue.code === 'too_big';
  const bound = Number(big ? issue.maximum : issue.minimum);
  const inclusive = issue.inclusive !== false;
  const got = actual === undefined ? '' : `, got ${show(actual)}`;
  if (issue.origin === 'array' || issue.origin === 'set') {
    const entries = `${bound} ${bound === 1 ? 'entry' : 'entries'}`;
    return `${big ? `has at most ${entries}` : `needs at least ${entries}`}${Array.isArray(actual) ? `, got ${actual.length}` : ''}`;
  }
  if (issue.origin === 'string')
    return big
      ? `is at most ${bound} characters long`
      : bound <= 1
        ? 'expected a non-empty text'
        : `is at least ${bound} characters long`;
  if (big) return `${inclusive ? `is at most ${bound}` : `is less than ${bound}`}${got}`;
  return `${inclusive ? (bound === 0 ? 'is 0 or more' : `is at least ${bound}`) : `is more than ${bound}`}${got}`;
}

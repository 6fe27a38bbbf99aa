// Reading one data file safely: a regular file only (opened without
// blocking, within a size limit), never through a link that leaves the data
// directory, checked for binary content and encoding, and parsed so that later
// errors can name line and column.
import { realpathSync, statSync } from 'node:fs';
import { sep } from 'node:path';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Document, type YAMLError } from 'yaml';
import { UserError } from '../../errors.js';
import { readRegularFile } from '../../fs/read-regular-file.js';
import type { ParsedFile, Problem } from '../problem.js';
import { fastParse } from './fast-yaml.js';
import { MAX_NESTING, tooDeepAt } from './nesting.js';
import { fastParseLocated, yamlLocator } from './positions.js';

export const MAX_FILE_BYTES = 5 * 1024 * 1024;

export type Failure = { ok: false; problems: Problem[] };
export type ReadResult = { ok: true; parsed: ParsedFile } | Failure;

const fail = (file: string, message: string, line?: number, column?: number): Failure => ({
  ok: false,
  problems: [{ file, line, column, message }],
});

/**
 * Reads text with every check a user-supplied file needs. `display` is the
 * name shown in messages. With `within` (a data directory's real path), a
 * file whose real path is outside it is not read at all, so no message can
 * quote a line of some other file.
 */
export function readTextFile(path: string, display: string, within?: string): { ok: true; text: string } | Failure {
  try {
    if (within !== undefined && !realpathSync(path).startsWith(within.endsWith(sep) ? within : within + sep)) {
      return fail(
        display,
        'is a symbolic link that leaves the data directory; not read (copy the file into the directory instead)',
      );
    }
    // Checked first for the messages; readRegularFile checks again on the open file (it may have changed meanwhile).
    const stats = statSync(path);
    if (stats.isDirectory()) return fail(display, 'is a directory, expected a file');
    if (!stats.isFile()) return fail(display, 'is not a regular file');
    if (stats.size > MAX_FILE_BYTES) {
      return fail(
        display,
        `is ${(stats.size / 1024 / 1024).toFixed(1)} MB, over the ${MAX_FILE_BYTES / 1024 / 1024} MB limit for a data file`,
      );
    }
  } catch (error) {
    return fail(display, describeFsError(error));
  }
  let bytes: Buffer;
  try {
    bytes = readRegularFile(path, MAX_FILE_BYTES);
  } catch (error) {
    if (!(error instanceof UserError)) throw error;
    const reason = error.message.replace(`cannot read ${path}: `, '');
    return fail(display, reason.startsWith('it ') ? reason.slice(3) : `cannot be read (${reason})`);
  }
  if (bytes.length === 0) return fail(display, 'is empty');
  if (bytes.includes(0)) return fail(display, 'looks like a binary file (it contains NUL bytes), expected YAML text');
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    return fail(display, 'is not valid UTF-8 text');
  }
}

const FS_ERRORS = new Map([
  ['ENOENT', 'does not exist'],
  ['EACCES', 'cannot be read (permission denied)'],
  ['EPERM', 'cannot be read (permission denied)'],
  ['ELOOP', 'is a symbolic link loop'],
  ['EISDIR', 'is a directory, expected a file'],
  ['ENOTDIR', 'is not a directory'],
]);

export function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException)?.code;
  return FS_ERRORS.get(code ?? '') ?? `cannot be read (${code ?? String(error)})`;
}

/**
 * Parses YAML or JSON (JSON is YAML) text into a value that can still tell
 * where a path is in the file. Most files take the fast path, and the
 * positions are worked out only if a message needs one; a big file is read
 * once, positions noted (reading it twice costs more than noting them).
 * `yaml` places what js-yaml cannot.
 */
export function parseDataText(text: string, display: string): ReadResult {
  const deep = tooDeepAt(text);
  if (deep >= 0) {
    const line = text.slice(0, deep).split('\n').length;
    const column = deep - text.lastIndexOf('\n', deep - 1);
    return fail(display, `invalid YAML: nested too deeply to read (more than ${MAX_NESTING} levels)`, line, column);
  }
  const fast: { value: unknown; locate?: ParsedFile['locate'] } | undefined =
    text.length > 256 * 1024 ? fastParseLocated(text) : { value: fastParse(text) };
  if (fast?.value === undefined) return parseWithPositions(text, display);
  let judged: ReadResult | undefined;
  const locate: ParsedFile['locate'] = (path, key) => {
    fast.locate ??= fastParseLocated(text)!.locate;
    const found = fast.locate(path, key);
    if (found) return found;
    judged ??= parseWithPositions(text, display);
    return judged.ok ? judged.parsed.locate(path, key) : undefined;
  };
  return { ok: true, parsed: { file: display, value: fast.value, locate } };
}

/** The `yaml` package's parse: slower, but every error and value comes with its line and column. */
function parseWithPositions(text: string, display: string): ReadResult {
  const lineCounter = new LineCounter();
  // `schema: 'core'` pins YAML 1.2 even when a file says `%YAML 1.1`, so `no`
  // stays a string. Duplicate keys are found by duplicateKeys() below: yaml's
  // own uniqueKeys check is quadratic, minutes on one big mapping.
  const doc = parseDocument(text, {
    schema: 'core',
    version: '1.2',
    uniqueKeys: false,
    lineCounter,
    prettyErrors: false,
  });
  const at = (offset: number) => {
    const pos = lineCounter.linePos(offset);
    return { file: display, line: pos.line, column: pos.col };
  };
  if (doc.errors.length > 0) return { ok: false, problems: [firstYamlError(doc.errors, at)] };
  const duplicates = duplicateKeys(doc).map((d) => ({
    ...at(d.offset),
    message: `duplicate key "${d.key}": it appears twice in the same mapping; keep one`,
  }));
  if (duplicates.length > 0) return { ok: false, problems: duplicates };
  let value: unknown;
  try {
    // maxAliasCount refuses "billion laughs" alias bombs before they expand.
    value = doc.toJS({ maxAliasCount: 100 });
  } catch (error) {
    return fail(display, `refused: ${yamlMessage((error as Error).message).replace(/^invalid YAML: /, '')}`);
  }
  if (value === null || value === undefined) return fail(display, 'has no content (only comments or blank lines)');
  return { ok: true, parsed: { file: display, value, locate: yamlLocator(doc, lineCounter) } };
}

/** Keys that repeat within one mapping, in one linear pass (iterative: deep nesting cannot overflow the stack). */
function duplicateKeys(doc: Document): { key: string; offset: number }[] {
  const found: { key: string; offset: number }[] = [];
  const pending: unknown[] = [doc.contents];
  while (pending.length > 0) {
    const node = pending.pop();
    if (isMap(node)) {
      const seen = new Set<string>();
      for (const pair of node.items) {
        if (isScalar(pair.key)) {
          const key = `${typeof pair.key.value}:${String(pair.key.value)}`;
          if (seen.has(key)) found.push({ key: String(pair.key.value), offset: pair.key.range?.[0] ?? 0 });
          seen.add(key);
        } else pending.push(pair.key);
        pending.push(pair.value);
      }
    } else if (isSeq(node)) pending.push(...node.items);
  }
  return found.sort((a, b) => a.offset - b.offset);
}

export function readDataFile(path: string, display: string, within?: string): ReadResult {
  const text = readTextFile(path, display, within);
  if (!text.ok) return text;
  return parseDataText(text.text, display);
}

/**
 * The file's first syntax error, located. One slip (an item indented a space
 * too little) makes the parser stumble on every line after it: eight errors
 * for one cause. The rest are counted in its message, not listed, since they
 * mostly go away with it.
 */
function firstYamlError(errors: readonly YAMLError[], at: (offset: number) => Omit<Problem, 'message'>): Problem {
  const first = errors.reduce((earliest, e) => (e.pos[0] < earliest.pos[0] ? e : earliest));
  const later = errors.length - 1;
  const followOns =
    later === 0
      ? ''
      : ` (and ${later} later YAML error${later === 1 ? '' : 's'} in this file, most likely caused by this one)`;
  return { ...at(first.pos[0]), message: `${yamlMessage(first.message)}${followOns}` };
}

function yamlMessage(message: string): string {
  const first = message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
  if (/maximum call stack/i.test(first)) return 'invalid YAML: nested too deeply to read';
  return `invalid YAML: ${first}`;
}

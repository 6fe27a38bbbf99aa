// The built-in data, validated at build time into one JSON snapshot, so that
// a normal run skips the YAML parser and the schema library. Whether it still
// matches data/ (someone may edit data/ without rebuilding) is decided in one
// place, bin/career, which tells the CLI (see load-data.ts). This module runs
// on every start, so it stays light (no yaml, no zod).
import { readFileSync, writeFileSync } from 'node:fs';
import type { PlainData } from '../dataset.js';

export const SNAPSHOT_FILE = 'dist/data.snapshot.json';
const quizzesFile = (snapshotPath: string) => snapshotPath.replace(/\.json$/, '.quizzes.json');

/** Writes the snapshot of `data`. Quizzes go apart: most commands never read them. */
export function writeSnapshot(snapshotPath: string, data: PlainData): void {
  writeFileSync(quizzesFile(snapshotPath), asciiJson(data.quizzes));
  const { quizzes: _quizzes, ...rest } = data;
  writeFileSync(snapshotPath, asciiJson({ data: rest }));
}

/**
 * JSON in plain ASCII, other characters escaped (`\u2248`): V8 then keeps the
 * text read at every start one byte per character. A single "≈" in the data
 * would double the string and slow its parse (about a quarter of a millisecond).
 */
export const asciiJson = (value: unknown): string =>
  JSON.stringify(value).replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);

/** The snapshot's data (quizzes read when first asked for), or undefined when there is none. */
export function readSnapshot(snapshotPath: string): PlainData | undefined {
  let data: Omit<PlainData, 'quizzes'>;
  try {
    data = (JSON.parse(readFileSync(snapshotPath, 'utf8')) as { data: Omit<PlainData, 'quizzes'> }).data;
  } catch {
    return undefined;
  }
  let quizzes: PlainData['quizzes'] | undefined;
  return Object.defineProperty(data, 'quizzes', {
    enumerable: true,
    get: () => (quizzes ??= JSON.parse(readFileSync(quizzesFile(snapshotPath), 'utf8')) as PlainData['quizzes']),
  }) as PlainData;
}

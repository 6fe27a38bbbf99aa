// The built-in data is compiled at build time into one JSON snapshot, so a
// normal run skips the YAML parser and the schema library. The snapshot is
// served only while data/ is exactly what it was made from (someone may edit
// data/ without rebuilding); otherwise the YAML is loaded instead: never
// served stale. Two checks, cheapest first:
//
// 1. Stamps: size, modification and change time, inode of every data file and
//    folder, recorded at build time. All equal means nothing was touched.
//    (Recorded only when every file had settled, see cache-stamp.ts.)
// 2. Otherwise the witness, the arbiter: the exact bytes of every data file
//    at build time, compared with the files now. Stamps change for files
//    whose content did not (npm resets mtimes on install, a fresh clone
//    has new inodes), so content decides.
//
// A byte comparison, not a hash: loading node:crypto alone costs several
// milliseconds of a start-up budget of about twenty. This module runs on
// every start, so it stays light (no yaml, no zod).
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { settledStampOf, SETTLE_MS, stampOf, UNSETTLED, type Stamp } from './cache-stamp.js';
import type { PlainData } from './dataset.js';

export const TOP_LEVEL_FILES = ['sources.yaml', 'skills.yaml', 'certifications.yaml', 'transitions.yaml'];
export const FOLDERS = ['roles', 'quizzes'];

/** What a snapshot is made from, taken before the data is read. */
export interface SnapshotSource {
  witness: Buffer;
  /** Undefined when some file changed too recently for its stamp to be trusted. */
  stamps: Record<string, Stamp> | undefined;
}

/**
 * The files the snapshot depends on, relative to `dir`: the top-level files
 * and EVERY entry of roles/ and quizzes/, whatever its extension (covering
 * more than the loader reads can only make a fresh snapshot look stale).
 * A folder that cannot be listed is named with a marker instead.
 */
function dataEntries(dir: string): string[] {
  const entries = [...TOP_LEVEL_FILES];
  for (const folder of FOLDERS) {
    try {
      entries.push(...readdirSync(join(dir, folder)).sort().map((name) => `${folder}/${name}`));
    } catch (error) {
      entries.push(`${folder}/<${(error as NodeJS.ErrnoException).code ?? 'unreadable'}>`);
    }
  }
  return entries;
}

/** The names and contents of the data files (see dataEntries), length-prefixed so that "a" + "bc" differs from "ab" + "c". */
export function witness(dir: string): Buffer {
  const parts: Buffer[] = [];
  for (const relative of dataEntries(dir)) {
    let content: Buffer;
    try {
      content = readFileSync(join(dir, relative));
    } catch (error) {
      content = Buffer.from(`<${(error as NodeJS.ErrnoException).code ?? 'unreadable'}>`);
    }
    parts.push(Buffer.from(`${relative}\0${content.length}\0`), content);
  }
  return Buffer.concat(parts);
}

export function snapshotSource(dir: string, now = Date.now()): SnapshotSource {
  const stamps: Record<string, Stamp> = {};
  for (const relative of [...FOLDERS, ...dataEntries(dir)]) stamps[relative] = settledStampOf(join(dir, relative), now, SETTLE_MS);
  return { witness: witness(dir), stamps: Object.values(stamps).includes(UNSETTLED) ? undefined : stamps };
}

const sidecar = (snapshotPath: string, kind: string) => snapshotPath.replace(/\.json$/, `.${kind}`);

/**
 * Writes the snapshot of `data` with what it was made from (a witness alone
 * means no stamps: the contents are compared on every run). Quizzes go apart:
 * most commands never read them.
 */
export function writeSnapshot(snapshotPath: string, madeFrom: SnapshotSource | Buffer, data: PlainData): void {
  const source: SnapshotSource = Buffer.isBuffer(madeFrom) ? { witness: madeFrom, stamps: undefined } : madeFrom;
  writeFileSync(sidecar(snapshotPath, 'witness'), source.witness);
  if (source.stamps) writeFileSync(sidecar(snapshotPath, 'stamps.json'), JSON.stringify(source.stamps));
  else rmSync(sidecar(snapshotPath, 'stamps.json'), { force: true });
  writeFileSync(sidecar(snapshotPath, 'quizzes.json'), asciiJson(data.quizzes));
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

/** The snapshot's data if the directory is what it was made from, else undefined. */
export function readFreshSnapshot(snapshotPath: string, dir: string): PlainData | undefined {
  try {
    if (!stampsMatch(snapshotPath, dir) && !readFileSync(sidecar(snapshotPath, 'witness')).equals(witness(dir))) return undefined;
    const data = (JSON.parse(readFileSync(snapshotPath, 'utf8')) as { data: Omit<PlainData, 'quizzes'> }).data;
    let quizzes: PlainData['quizzes'] | undefined;
    return Object.defineProperty(data, 'quizzes', {
      enumerable: true,
      get: () => (quizzes ??= JSON.parse(readFileSync(sidecar(snapshotPath, 'quizzes.json'), 'utf8')) as PlainData['quizzes']),
    }) as PlainData;
  } catch {
    return undefined;
  }
}

function stampsMatch(snapshotPath: string, dir: string): boolean {
  let stamps: Record<string, Stamp>;
  try {
    stamps = JSON.parse(readFileSync(sidecar(snapshotPath, 'stamps.json'), 'utf8')) as Record<string, Stamp>;
  } catch {
    return false;
  }
  return Object.entries(stamps).every(([relative, stamp]) => stampOf(join(dir, relative)) === stamp);
}

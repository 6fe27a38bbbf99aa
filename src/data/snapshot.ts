// The built-in data is compiled at build time into one JSON snapshot, so a
// normal run skips the YAML parser and the schema library. Next to it the
// build keeps a witness: the exact bytes of every data file it was made from.
// If data/ differs from the witness in any byte (someone edited it without
// rebuilding), the snapshot is ignored and the YAML is loaded instead: never
// served stale.
//
// Contents, not modification times: npm resets mtimes on install. And a byte
// comparison, not a hash: loading node:crypto alone costs several
// milliseconds of a start-up budget of about twenty, while reading and
// comparing the ~130 KB of built-in YAML takes about one. This module runs on
// every start, so it stays light (no yaml, no zod).
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PlainData } from './dataset.js';

export const TOP_LEVEL_FILES = ['sources.yaml', 'skills.yaml', 'certifications.yaml', 'transitions.yaml'];
export const FOLDERS = ['roles', 'quizzes'];

/**
 * The names and contents of the data files: the top-level files and EVERY
 * entry of roles/ and quizzes/, whatever its extension. Covering more than
 * the loader reads can only make a fresh snapshot look stale (then the YAML is
 * read), never the other way round.
 */
export function witness(dir: string): Buffer {
  const parts: Buffer[] = [];
  const add = (relative: string) => {
    let content: Buffer;
    try {
      content = readFileSync(join(dir, relative));
    } catch (error) {
      content = Buffer.from(`<${(error as NodeJS.ErrnoException).code ?? 'unreadable'}>`);
    }
    // The length prefix keeps "a" + "bc" apart from "ab" + "c".
    parts.push(Buffer.from(`${relative}\0${content.length}\0`), content);
  };
  TOP_LEVEL_FILES.forEach(add);
  for (const folder of FOLDERS) {
    let names: string[];
    try {
      names = readdirSync(join(dir, folder)).sort();
    } catch (error) {
      parts.push(Buffer.from(`${folder}/\0<${(error as NodeJS.ErrnoException).code ?? 'unreadable'}>\0`));
      continue;
    }
    for (const name of names) add(`${folder}/${name}`);
  }
  return Buffer.concat(parts);
}

const witnessPath = (snapshotPath: string) => snapshotPath.replace(/\.json$/, '.witness');

/** Writes the snapshot of `data` and the witness of the files it was read from (taken before reading them). */
export function writeSnapshot(snapshotPath: string, madeFrom: Buffer, data: PlainData): void {
  writeFileSync(witnessPath(snapshotPath), madeFrom);
  writeFileSync(snapshotPath, JSON.stringify({ data }));
}

/** The snapshot's data if the directory is byte for byte what it was made from, else undefined. */
export function readFreshSnapshot(snapshotPath: string, dir: string): PlainData | undefined {
  try {
    if (!readFileSync(witnessPath(snapshotPath)).equals(witness(dir))) return undefined;
    return (JSON.parse(readFileSync(snapshotPath, 'utf8')) as { data: PlainData }).data;
  } catch {
    return undefined;
  }
}

// The built-in data is compiled at build time into one JSON snapshot, so a
// normal run skips the YAML parser and the schema library. The snapshot
// carries a fingerprint of the YAML it was made from; if the YAML has changed
// since (someone edited data/ without rebuilding), the snapshot is ignored
// and the YAML is loaded instead: never served stale.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PlainData } from './dataset.js';
import { isDataFileName } from './read-file.js';

export interface Snapshot {
  fingerprint: string;
  data: PlainData;
}

/** The data files the loader reads, in a stable order. */
export function dataFiles(dir: string): string[] {
  const top = ['sources.yaml', 'skills.yaml', 'certifications.yaml', 'transitions.yaml'].map((f) => join(dir, f));
  const folder = (name: string) => {
    try {
      return readdirSync(join(dir, name)).filter(isDataFileName).sort().map((f) => join(dir, name, f));
    } catch {
      return [];
    }
  };
  return [...top, ...folder('roles'), ...folder('quizzes')];
}

/** A hash of the names and contents of the data files. Content, not mtimes: npm resets mtimes on install. */
export function fingerprint(dir: string): string {
  const hash = createHash('sha256');
  for (const file of dataFiles(dir)) {
    hash.update(file.slice(dir.length));
    hash.update('\0');
    try {
      hash.update(readFileSync(file));
    } catch {
      hash.update('<missing>');
    }
    hash.update('\0');
  }
  return hash.digest('hex');
}

/** The snapshot's data if it matches the directory as it is now, else undefined. */
export function readFreshSnapshot(snapshotPath: string, dir: string): PlainData | undefined {
  let snapshot: Snapshot;
  try {
    snapshot = JSON.parse(readFileSync(snapshotPath, 'utf8')) as Snapshot;
  } catch {
    return undefined;
  }
  return snapshot.fingerprint === fingerprint(dir) ? snapshot.data : undefined;
}

// Reading the role files of a directory, one after the other: each read,
// parsed and checked against the role schema. One thread is enough: 10,000
// files take about 10 s (the limit is 15 s); worker threads saved a quarter of
// that for 160 lines and a second bundle (measured for issue 14). A role comes
// back without its file's text: positions are worked out again only if a
// message needs one, which keeps a big directory's memory (and its garbage
// collection) down.
import type { ParsedFile, Problem } from '../problem.js';
import { roleSchema, type Role } from '../schema.js';
import { validate } from '../validate.js';
import { readDataFile } from './read-file.js';

export interface RoleFile {
  path: string;
  /** The name shown in messages. */
  display: string;
}

/**
 * `id` is the id the file gives, if any: references to it are not reported
 * again. `value` is what the file holds when it parsed but failed the schema:
 * its references are still checked (see references.ts).
 */
export type RoleFileResult =
  | { ok: true; value: Role; parsed: ParsedFile }
  | { ok: false; problems: Problem[]; id?: string; value?: unknown };

export interface ReadRolesOptions {
  /** The data directory's real path: files whose links leave it are not read. */
  within?: string;
  onProgress?: (done: number, total: number) => void;
  /** The role a file held when last validated, if unchanged since (see cache/read.ts): not read again. */
  unchanged?: (path: string) => Role | undefined;
}

/** Every file's result, in the order given. */
export function readRoleFiles(files: RoleFile[], options: ReadRolesOptions = {}): RoleFileResult[] {
  return files.map(({ path, display }, index) => {
    const value = options.unchanged?.(path);
    const result: RoleFileResult = value
      ? { ok: true, value, parsed: reparsedOnDemand(path, display, value, options.within) }
      : readRoleFile(path, display, options.within);
    options.onProgress?.(index + 1, files.length);
    return result;
  });
}

function readRoleFile(path: string, display: string, within?: string): RoleFileResult {
  const read = readDataFile(path, display, within);
  if (!read.ok) return read;
  const checked = validate(roleSchema, read.parsed);
  if (checked.ok) return { ok: true, value: checked.value, parsed: reparsedOnDemand(path, display, checked.value, within) };
  const id = (read.parsed.value as { id?: unknown } | null)?.id;
  return { ok: false, problems: checked.problems, id: typeof id === 'string' ? id : undefined, value: read.parsed.value };
}

/** A parsed file for a role read earlier (or from the cache): positions are worked out again only if a message needs one. */
export function reparsedOnDemand(path: string, display: string, value: unknown, within?: string): ParsedFile {
  let parsed: ParsedFile | undefined;
  return {
    file: display,
    value,
    locate(at, key) {
      if (!parsed) {
        const read = readDataFile(path, display, within);
        if (!read.ok) return undefined;
        parsed = read.parsed;
      }
      return parsed.locate(at, key);
    },
  };
}

// One role file: read, parsed and checked against the schema. The same
// function runs on the main thread and in the worker threads that read big
// directories (see role-files.ts), so its result is plain, cloneable data.
import { readDataFile, type ParsedFile, type Problem } from './read-file.js';
import { roleSchema, type Role } from './schema.js';
import { validate } from './validate.js';

/** `id` is the id the file gives, if any: references to it are not reported again. */
export type RoleFileFailure = { ok: false; problems: Problem[]; id?: string };
export type RoleFileResult = { ok: true; value: Role; parsed: ParsedFile } | RoleFileFailure;

export function readRoleFile(path: string, display: string): RoleFileResult {
  const read = readDataFile(path, display);
  if (!read.ok) return { ok: false, problems: read.problems };
  const checked = validate(roleSchema, read.parsed);
  if (checked.ok) return { ok: true, value: checked.value, parsed: read.parsed };
  const id = (read.parsed.value as { id?: unknown } | null)?.id;
  return { ok: false, problems: checked.problems, id: typeof id === 'string' ? id : undefined };
}

/** A parsed file for a role read elsewhere (a worker): positions are worked out again only if a message needs one. */
export function reparsedOnDemand(path: string, display: string, value: unknown): ParsedFile {
  let parsed: ParsedFile | undefined;
  return {
    file: display,
    value,
    locate(at, key) {
      if (!parsed) {
        const read = readDataFile(path, display);
        if (!read.ok) return undefined;
        parsed = read.parsed;
      }
      return parsed.locate(at, key);
    },
  };
}

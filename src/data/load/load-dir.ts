// Loads a whole data directory from its YAML, on one thread (10,000 role files
// in about 10 s, the limit 15 s; worker threads saved a quarter for 160 lines):
// every file read, validated and cross-checked, every problem collected for
// `career data validate`. CATALOG_FILES and listDataFiles say, once, which
// files a data directory holds: the cache watches the same files.
import { existsSync, readdirSync, realpathSync, statSync } from 'node:fs';
import { basename, extname, join, relative } from 'node:path';
import type { z } from 'zod';
import { withBuiltIn, type PlainData } from '../dataset.js';
import type { CheckedFile, ParsedFile, Problem } from '../problem.js';
import { checkReferences, type UnvalidatedRole } from '../references.js';
import {
  certificationsFileSchema,
  quizFileSchema,
  roleSchema,
  skillsFileSchema,
  sourcesFileSchema,
  transitionsFileSchema,
  type Role,
} from '../schema.js';
import { validate } from '../validate.js';
import { describeFsError, readDataFile } from './read-file.js';

/** The catalog files, at the top of the directory. */
export const CATALOG_FILES = ['sources.yaml', 'skills.yaml', 'certifications.yaml', 'transitions.yaml'] as const;

/** The data files of one folder of `dir`, as relative paths with "/", sorted; throws what readdir throws. */
export const listDataFiles = (dir: string, folder: string): string[] =>
  readdirSync(join(dir, folder))
    .filter((name) => ['.yaml', '.yml', '.json'].includes(extname(name).toLowerCase()))
    .sort()
    .map((name) => `${folder}/${name}`);

export interface LoadResult {
  data: PlainData;
  problems: Problem[];
  /** How many files were read, for the validate report. */
  fileCount: number;
  /** The file of each of the directory's own roles (relative, with "/"), in the order of data.roles. */
  roleFiles: string[];
}

export interface LoadOptions {
  /** Called after each role file, for a progress bar on big directories. */
  onProgress?: (done: number, total: number) => void;
  /** File names in messages are shown relative to this directory (the user's working directory). */
  displayFrom?: string;
  /** The role a file held when last validated, if unchanged since: not read again (see cache/read.ts). */
  unchanged?: (path: string) => Role | undefined;
  /**
   * The built-in data the directory is added beside: its catalog files become optional, references
   * may name built-in ids, and the result holds both (see withBuiltIn).
   */
  beside?: PlainData;
}

export function loadDataDirSync(dir: string, options: LoadOptions = {}): LoadResult {
  const problems: Problem[] = [];
  const show = (path: string) => {
    const shown = options.displayFrom ? relative(options.displayFrom, path) : path;
    return shown && !shown.startsWith('..') ? shown : path;
  };
  let fileCount = 0;

  try {
    if (!statSync(dir).isDirectory())
      problems.push({ file: show(dir), message: 'is not a directory (expected a data directory)' });
  } catch (error) {
    problems.push({
      file: show(dir),
      message: `${describeFsError(error)} (expected a data directory; "career data init DIR" writes a starter one)`,
    });
  }
  const empty: PlainData = { sources: [], skills: [], certifications: [], transitions: [], roles: [], quizzes: [] };
  if (problems.length > 0) return { data: empty, problems, fileCount, roleFiles: [] };
  // Files are read only if their real path is inside the directory's (see read-file.ts).
  const within = realpathSync(dir);

  /** Reports why `path` could not be opened, unless it is an optional one that is simply not there. */
  function unreadable(path: string, error: unknown, required: boolean, missing: string) {
    const absent = (error as NodeJS.ErrnoException).code === 'ENOENT';
    if (!absent || required) problems.push({ file: show(path), message: absent ? missing : describeFsError(error) });
  }

  function readOne<S extends z.ZodType>(path: string, schema: S, required: boolean) {
    try {
      statSync(path);
    } catch (error) {
      unreadable(path, error, required, 'is missing (every data directory needs it)');
      return undefined;
    }
    fileCount++;
    const read = readDataFile(path, show(path), within);
    const checked = read.ok ? validate(schema, read.parsed) : read;
    if (!checked.ok) problems.push(...checked.problems);
    return read.ok && checked.ok ? { parsed: read.parsed, value: checked.value } : undefined;
  }

  function listFolder(folder: string, required: boolean): string[] {
    try {
      return listDataFiles(dir, folder);
    } catch (error) {
      unreadable(join(dir, folder), error, required, 'is missing (every data directory needs a roles/ folder)');
      return [];
    }
  }

  const sources = readOne(join(dir, 'sources.yaml'), sourcesFileSchema, !options.beside);
  const skills = readOne(join(dir, 'skills.yaml'), skillsFileSchema, !options.beside);
  const certifications = readOne(join(dir, 'certifications.yaml'), certificationsFileSchema, !options.beside);
  const transitions = readOne(join(dir, 'transitions.yaml'), transitionsFileSchema, false);

  const roleNames = listFolder('roles', true);
  if (roleNames.length === 0 && problems.every((p) => !p.file.endsWith('roles'))) {
    problems.push({ file: show(join(dir, 'roles')), message: 'has no role files (*.yaml)' });
  }
  const roles: CheckedFile<Role>[] = [];
  const roleFileNames: string[] = [];
  // Ids of role files that did not load: references to them are not reported
  // again as "unknown role", since the file's own problem is the one to fix.
  const brokenRoleIds = new Set<string>();
  // Role files that parsed but failed their schema: their references are still checked (see references.ts).
  const unvalidatedRoles: UnvalidatedRole[] = [];
  roleNames.forEach((name, index) => {
    const path = join(dir, name);
    const known = options.unchanged?.(path);
    const read = known === undefined ? readDataFile(path, show(path), within) : undefined;
    const checked =
      read === undefined ? { ok: true as const, value: known! } : read.ok ? validate(roleSchema, read.parsed) : read;
    fileCount++;
    options.onProgress?.(index + 1, roleNames.length);
    if (checked.ok) {
      roles.push({ parsed: withoutText(path, show(path), checked.value, within), value: checked.value });
      roleFileNames.push(name);
      return;
    }
    problems.push(...checked.problems);
    brokenRoleIds.add(basename(path, extname(path)));
    if (!read?.ok) return;
    const id = (read.parsed.value as { id?: unknown } | null)?.id;
    if (typeof id === 'string') brokenRoleIds.add(id);
    unvalidatedRoles.push({
      file: { parsed: read.parsed, value: read.parsed.value },
      reported: checked.problems.map((problem) => problem.path),
    });
  });
  const quizzes = listFolder('quizzes', false).flatMap((name) => readOne(join(dir, name), quizFileSchema, true) ?? []);

  const own: PlainData = {
    sources: sources?.value.sources ?? [],
    skills: skills?.value.skills ?? [],
    certifications: certifications?.value.certifications ?? [],
    transitions: transitions?.value.transitions ?? [],
    roles: roles.map((r) => r.value),
    quizzes: quizzes.map((q) => q.value),
  };
  const data = options.beside ? withBuiltIn(own, options.beside) : own;
  // The checks see the built-in items after the directory's own (whose positions are kept), with no place in a file.
  const builtIn = <T>(value: T): CheckedFile<T> => ({
    parsed: { file: 'the built-in data', value, locate: () => undefined },
    value,
  });
  // A catalog file that is there but failed to load is not stood in for: references to it are then not checked.
  function widened<K extends string, T>(file: CheckedFile<Record<K, T[]>> | undefined, key: K, items: T[]) {
    if (!options.beside) return file;
    if (file) return { parsed: file.parsed, value: { ...file.value, [key]: items } };
    return existsSync(join(dir, `${key}.yaml`)) ? undefined : builtIn({ [key]: items } as Record<K, T[]>);
  }
  problems.push(
    ...checkReferences({
      sources: widened(sources, 'sources', data.sources),
      skills: widened(skills, 'skills', data.skills),
      certifications: widened(certifications, 'certifications', data.certifications),
      transitions,
      roles: [...roles, ...data.roles.slice(roles.length).map(builtIn)],
      quizzes,
      brokenRoleIds,
      rolesLoaded: roleNames.length > 0,
      unvalidatedRoles,
    }),
  );
  return { data, problems, fileCount, roleFiles: roleFileNames };
}

/**
 * A valid role's parsed file without the file's text, which 10,000 roles
 * would keep in memory (and in the garbage collector's way): positions are
 * worked out again, from the file, only if a message needs one.
 */
function withoutText(path: string, display: string, value: unknown, within: string): ParsedFile {
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

// Loads a whole data directory: every file read, parsed, validated against the
// schema and cross-checked (ids unique, references resolve). Collects every
// problem instead of stopping at the first, so `career data validate` can list them all.
import { readdirSync, statSync } from 'node:fs';
import { basename, extname, join, relative } from 'node:path';
import type { z } from 'zod';
import { checkReferences } from './references.js';
import type { PlainData } from './dataset.js';
import { describeFsError, isDataFileName, readDataFile, type ParsedFile, type Problem } from './read-file.js';
import {
  certificationsFileSchema,
  quizFileSchema,
  skillsFileSchema,
  sourcesFileSchema,
  transitionsFileSchema,
  type Role,
} from './schema.js';
import { readRoleFiles } from './role-files.js';
import { validate } from './validate.js';

export interface LoadResult {
  data: PlainData;
  problems: Problem[];
  /** How many files were read, for the validate report. */
  fileCount: number;
}

export interface LoadOptions {
  /** Called after each role file, for a progress bar on big directories. */
  onProgress?: (done: number, total: number) => void;
  /** File names in messages are shown relative to this directory (the user's working directory). */
  displayFrom?: string;
  /** The bundled role worker, to read big directories on every core (see role-files.ts). */
  workerScript?: string;
  /** How many worker threads (see role-files.ts). */
  maxWorkers?: number;
  /** The role a file held when last validated, if unchanged since: not read again (see cache-reuse.ts). */
  unchanged?: (path: string) => Role | undefined;
  /** Called with each valid role as soon as it is checked (the cache writes it while other files are read). */
  onRole?: (path: string, role: Role, json: string | undefined) => void;
}

/** A file that passed its schema, kept with its positions for the cross-checks. */
export interface CheckedFile<T> {
  parsed: ParsedFile;
  value: T;
}

export function loadDataDir(dir: string, options: LoadOptions = {}): LoadResult {
  const problems: Problem[] = [];
  const show = (path: string) => {
    const shown = options.displayFrom ? relative(options.displayFrom, path) : path;
    return shown && !shown.startsWith('..') ? shown : path;
  };
  let fileCount = 0;

  try {
    if (!statSync(dir).isDirectory()) problems.push({ file: show(dir), message: 'is not a directory (expected a data directory)' });
  } catch (error) {
    problems.push({ file: show(dir), message: `${describeFsError(error)} (expected a data directory; "career data init DIR" writes a starter one)` });
  }
  const empty: PlainData = { sources: [], skills: [], certifications: [], transitions: [], roles: [], quizzes: [] };
  if (problems.length > 0) return { data: empty, problems, fileCount };

  function readOne<S extends z.ZodType>(
    path: string,
    schema: S,
    required: boolean,
  ): CheckedFile<z.output<S>> | undefined {
    const display = show(path);
    let exists = true;
    try {
      statSync(path);
    } catch (error) {
      exists = false;
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT' || required) {
        problems.push({ file: display, message: (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'is missing (every data directory needs it)' : describeFsError(error) });
      }
    }
    if (!exists) return undefined;
    fileCount++;
    const read = readDataFile(path, display);
    if (!read.ok) {
      problems.push(...read.problems);
      return undefined;
    }
    const checked = validate(schema, read.parsed);
    if (!checked.ok) {
      problems.push(...checked.problems);
      return undefined;
    }
    return { parsed: read.parsed, value: checked.value };
  }

  function listFolder(name: string, required: boolean): string[] {
    const folder = join(dir, name);
    try {
      return readdirSync(folder)
        .filter(isDataFileName)
        .sort()
        .map((file) => join(folder, file));
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code !== 'ENOENT' || required) {
        problems.push({ file: show(folder), message: code === 'ENOENT' ? 'is missing (every data directory needs a roles/ folder)' : describeFsError(error) });
      }
      return [];
    }
  }

  const sources = readOne(join(dir, 'sources.yaml'), sourcesFileSchema, true);
  const skills = readOne(join(dir, 'skills.yaml'), skillsFileSchema, true);
  const certifications = readOne(join(dir, 'certifications.yaml'), certificationsFileSchema, true);
  const transitions = readOne(join(dir, 'transitions.yaml'), transitionsFileSchema, false);

  const rolePaths = listFolder('roles', true);
  if (rolePaths.length === 0 && problems.every((p) => !p.file.endsWith('roles'))) {
    problems.push({ file: show(join(dir, 'roles')), message: 'has no role files (*.yaml)' });
  }
  const roles: CheckedFile<Role>[] = [];
  // Ids of role files that did not load: references to them are not reported
  // again as "unknown role", since the file's own problem is the one to fix.
  const brokenRoleIds = new Set<string>();
  const roleFiles = rolePaths.map((path) => ({ path, display: show(path) }));
  readRoleFiles(roleFiles, options).forEach((result, index) => {
    fileCount++;
    if (result.ok) {
      roles.push({ parsed: result.parsed, value: result.value });
      return;
    }
    problems.push(...result.problems);
    const path = rolePaths[index]!;
    brokenRoleIds.add(basename(path, extname(path)));
    if (result.id !== undefined) brokenRoleIds.add(result.id);
  });
  const quizzes = listFolder('quizzes', false).flatMap((path) => readOne(path, quizFileSchema, true) ?? []);

  const rolesLoaded = rolePaths.length > 0;
  problems.push(...checkReferences({ sources, skills, certifications, transitions, roles, quizzes, brokenRoleIds, rolesLoaded }));

  return {
    data: {
      sources: sources?.value.sources ?? [],
      skills: skills?.value.skills ?? [],
      certifications: certifications?.value.certifications ?? [],
      transitions: transitions?.value.transitions ?? [],
      roles: roles.map((r) => r.value),
      quizzes: quizzes.map((q) => q.value),
    },
    problems,
    fileCount,
  };
}

// The vocabulary every data check shares: a Problem (one thing wrong, located
// as precisely as we can), the field path it is at, and a parsed file that can
// still say where a path is in its text.

/** One thing wrong with the data. */
export interface Problem {
  file: string;
  line?: number;
  column?: number;
  /** Field path, e.g. `ladder[2].salary.median`. */
  path?: string;
  message: string;
  /** Set on the line that stands for this many further problems of the file, counted but not listed. */
  unlisted?: number;
}

/** How many problems the list reports: a counting line stands for those it counts. */
export const countProblems = (problems: readonly Problem[]) =>
  problems.reduce((count, problem) => count + (problem.unlisted ?? 1), 0);

/** The line that closes a file's list of problems, standing for the `unlisted` ones past it. */
export const countingLine = (file: string, unlisted: number): Problem => ({
  file,
  message: `... and ${unlisted} more problem${unlisted === 1 ? '' : 's'} in this file`,
  unlisted,
});

export function formatProblem(p: Problem): string {
  const where = p.line ? `${p.file}:${p.line}:${p.column ?? 1}` : p.file;
  return `${where} ${p.path ? `${p.path}: ` : ''}${p.message}`;
}

export type PathSegment = string | number;

export function formatPath(path: readonly PathSegment[]): string {
  return path.map((seg, i) => (typeof seg === 'number' ? `[${seg}]` : i === 0 ? seg : `.${seg}`)).join('');
}

/** A parsed file that can still answer "where in the file is this path?". */
export interface ParsedFile {
  file: string;
  value: unknown;
  locate(path: readonly PathSegment[], key?: string): { line: number; column: number } | undefined;
}

/** A file that passed its schema, kept with its positions for the cross-checks. */
export interface CheckedFile<T> {
  parsed: ParsedFile;
  value: T;
}

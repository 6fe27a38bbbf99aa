// The names a shell offers when completing an argument or option value that
// comes from the data: what each argument accepts, not every name there is.
import { sameJobTargets } from './path-same-job.js';
import type { DataSet, RoleIndexEntry } from '../data/dataset.js';

export const COMPLETION_KINDS = ['roles', 'levels', 'path-from', 'path-to', 'quiz-roles', 'level-ids'] as const;
export type CompletionKind = (typeof COMPLETION_KINDS)[number];

/**
 * Kinds that take ROLE:LEVEL as well as a role: after a role id the shells
 * add no space, so `:level` can be typed straight after it.
 */
export const LEVEL_KEY_KINDS: readonly CompletionKind[] = ['levels', 'path-from', 'path-to'];

export interface CompletionWord {
  /** An id or ROLE:LEVEL key: no spaces, so shells need no quoting. */
  word: string;
  /** The title, shown by shells that show descriptions (zsh, fish). */
  description: string;
}

/**
 * What to offer for `kind`. `context` is the word being completed for the
 * kinds that take ROLE:LEVEL (a colon in it asks for that role's levels), and
 * the role typed earlier for `level-ids` (the values of `quiz --level`).
 */
export function completionWords(data: DataSet, kind: CompletionKind, context = ''): CompletionWord[] {
  switch (kind) {
    case 'roles':
      return data.roleIndex.map(roleWord);
    case 'quiz-roles': {
      const withQuiz = new Set(data.quizzes.map((quiz) => quiz.role));
      return data.roleIndex.filter((role) => withQuiz.has(role.id)).map(roleWord);
    }
    case 'level-ids':
      return (roleNamed(data, context)?.levels ?? []).map((level) => ({ word: level.id, description: level.title }));
    case 'levels':
    case 'path-from':
    case 'path-to':
      return levelKeys(data, kind, context);
  }
}

function levelKeys(data: DataSet, kind: 'levels' | 'path-from' | 'path-to', typed: string): CompletionWord[] {
  const colon = typed.indexOf(':');
  if (colon >= 0) {
    const role = data.roleEntry(typed.slice(0, colon));
    return (role?.levels ?? []).map((level) => ({ word: `${role!.id}:${level.id}`, description: level.title }));
  }
  const roles = kind === 'levels' ? data.roleIndex : data.roleIndex.filter((role) => pathAccepts(data, role, kind));
  const words = roles.map(roleWord);
  return kind === 'path-from'
    ? [{ word: 'none', description: 'start from scratch, with no IT experience' }, ...words]
    : words;
}

/**
 * Whether `career path` takes the role alone as an end: it has a ladder (and
 * so a main level), or it is a level of exactly one other ladder; as TO, also
 * the same job on several ladders (path plans to each and keeps the quickest).
 */
function pathAccepts(data: DataSet, role: RoleIndexEntry, kind: 'path-from' | 'path-to'): boolean {
  if (role.levels.length > 0) return true;
  if (kind === 'path-to' && sameJobTargets(data, role.id)) return true;
  const rungs = new Set(
    [role.title, ...role.aliases]
      .flatMap((name) => data.levelsTitled(name))
      .map((hit) => `${hit.roleId}:${hit.levelId}`),
  );
  return rungs.size === 1;
}

function roleNamed(data: DataSet, text: string): RoleIndexEntry | undefined {
  const id = data.roleEntry(text) ? text : data.roleIdsNamed(text)[0];
  return id === undefined ? undefined : data.roleEntry(id);
}

const roleWord = (role: RoleIndexEntry): CompletionWord => ({ word: role.id, description: role.title });

// What a user may type for each end of `career path`: a level (ROLE:LEVEL or a
// level title), or a role alone, which stands for its main level (the level
// that is the role itself: where you are when you hold the title, and the first
// level at which you reach it).
import { normalizeName as norm, type DataSet } from '../data/dataset.js';
import { UserError } from '../errors.js';
import { findLevelOrUndefined, findRoleOrUndefined, mainLevel, unknownName, type LevelRef } from './lookup.js';

export interface PathEnd {
  ref: LevelRef;
  /** Set when the text named something other than a level, to say what was used. */
  note?: string;
}

/** True for the FROM of an entry path. */
export const isNone = (text: string) => norm(text) === 'none';

export function resolvePathEnd(data: DataSet, text: string): PathEnd {
  const level = findLevelOrUndefined(data, text);
  if (level) return { ref: level };
  const role = findRoleOrUndefined(data, text);
  if (!role) throw unknownName(data, text, 'role or level');
  const main = mainLevel(role);
  if (main)
    return {
      ref: main,
      note: `"${text}" is the role ${role.title}; the path uses its main level, ${main.level.title} (${role.id}:${main.level.id}).`,
    };
  // A role without a ladder of its own may still be a rung of another ladder
  // ("IT Director" in the IT Manager ladder).
  const rungs = [
    ...new Set(
      [role.title, ...role.aliases]
        .flatMap((name) => data.levelsTitled(name))
        .map((hit) => `${hit.roleId}:${hit.levelId}`),
    ),
  ];
  if (rungs.length === 1) {
    return {
      ref: findLevelOrUndefined(data, rungs[0]!)!,
      note: `${role.title} has no ladder of its own in the data; the path uses the same level in another ladder, ${rungs[0]}.`,
    };
  }
  if (rungs.length > 1) {
    throw new UserError(
      `${role.title} has no ladder of its own in the data but is a level in several (${rungs.join(', ')}); name one as ROLE:LEVEL`,
    );
  }
  throw new UserError(
    `${role.title} has no career ladder in the data, so a path cannot start or end there; run "career roles" to see which roles have levels`,
  );
}

// One job, one destination: a target that is the same job on several ladders
// (linked with sameJob in the data, e.g. the CIO rungs) is planned to each,
// and the quickest answers, naming the others.
import type { DataSet } from '../data/dataset.js';
import { UserError } from '../errors.js';
import { findLevelOrUndefined, findRoleOrUndefined, levelKey, type LevelRef } from './lookup.js';
import type { PathPlan } from './path-steps.js';

/**
 * The levels a target text stands for when it names a role without a ladder
 * that is a rung of several ladders, all linked as the same job; undefined
 * otherwise (the ordinary resolver then answers).
 */
export function sameJobTargets(data: DataSet, text: string): LevelRef[] | undefined {
  if (findLevelOrUndefined(data, text)) return undefined;
  const role = findRoleOrUndefined(data, text);
  if (!role || role.ladder) return undefined;
  const keys = [
    ...new Set(
      [role.title, ...role.aliases]
        .flatMap((name) => data.levelsTitled(name))
        .map((hit) => `${hit.roleId}:${hit.levelId}`),
    ),
  ];
  if (keys.length < 2) return undefined;
  const refs = keys.map((key) => findLevelOrUndefined(data, key)!);
  const linked = refs.every((ref) =>
    refs.every((other) => other === ref || (ref.level.sameJob ?? []).includes(levelKey(other))),
  );
  return linked ? refs : undefined;
}

/**
 * Plans to each of the same-job targets and keeps the quickest; the others
 * are named in the assumptions with their own time. Targets that cannot be
 * reached are skipped; if none can, the first refusal stands.
 */
export function quickestOfSameJob(targets: readonly LevelRef[], plan: (to: LevelRef) => PathPlan): PathPlan {
  const plans: PathPlan[] = [];
  let refusal: UserError | undefined;
  for (const to of targets) {
    try {
      plans.push(plan(to));
    } catch (error) {
      if (!(error instanceof UserError)) throw error;
      refusal ??= error;
    }
  }
  if (plans.length === 0) throw refusal!;
  if (targets.length === 1) return plans[0]!;
  plans.sort((a, b) => a.total.headline - b.total.headline);
  const [best, ...others] = plans;
  const names = targets.map(levelKey).join(', ');
  const otherText = others
    .map((p) => `${p.to.key} takes about ${Math.round(p.total.headline * 10) / 10} years`)
    .join('; ');
  return {
    ...best!,
    assumptions: [
      `${best!.to.title} is the same job on ${targets.length} ladders (${names}); this is the quickest route, to ${best!.to.key}` +
        (otherText ? `; ${otherText}.` : '.'),
      ...best!.assumptions,
    ],
  };
}

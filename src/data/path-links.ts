// Cross-file checks of the links `career path` relies on: levels marked as the
// same job on two ladders, and entry moves from entry roles onto management
// ladders. Reference resolution (does ROLE:LEVEL exist) is checked elsewhere;
// these say whether a link that resolves makes sense.
import type { CheckedFile, PathSegment } from './problem.js';
import type { Role, Transition } from './schema.js';

type Report = (file: CheckedFile<unknown>, path: readonly PathSegment[], message: string) => void;

export function checkPathLinks(
  roles: readonly CheckedFile<Role>[],
  transitions: CheckedFile<{ transitions: Transition[] }> | undefined,
  report: Report,
  /** Roles whose files failed to load: links to them are not reported again. */
  brokenRoleIds: ReadonlySet<string> = new Set(),
): void {
  const levels = new Map<string, { sameJob: readonly string[]; first: boolean }>();
  for (const file of roles) {
    file.value.ladder?.levels.forEach((level, index) => {
      levels.set(`${file.value.id}:${level.id}`, { sameJob: level.sameJob ?? [], first: index === 0 });
    });
  }
  for (const file of roles) {
    const role = file.value;
    role.ladder?.levels.forEach((level, li) => {
      const key = `${role.id}:${level.id}`;
      level.sameJob?.forEach((other, i) => {
        const path = ['ladder', 'levels', li, 'sameJob', i];
        const target = levels.get(other);
        // A role whose file failed to load has its own problem reported; its links are not checked again.
        if (brokenRoleIds.has(other.split(':')[0]!)) return;
        if (!target)
          return report(file, path, `unknown level "${other}"; sameJob takes ROLE:LEVEL of a level on another ladder`);
        if (other.split(':')[0] === role.id)
          return report(file, path, `"${other}" is on the same ladder; sameJob links levels of two different ladders`);
        if (!target.sameJob.includes(key))
          report(file, path, `"${other}" does not link back: add "${key}" to its sameJob so the link holds both ways`);
      });
    });
  }
  transitions?.value.transitions.forEach((t, i) => {
    if (!t.entry) return;
    const [fromRole] = t.from.split(':');
    const [toRole] = t.to.split(':');
    if (fromRole === toRole)
      report(
        transitions,
        ['transitions', i, 'entry'],
        'an entry move goes from an entry role to another ladder, not within one',
      );
    const target = levels.get(t.to);
    if (target && !target.first)
      report(
        transitions,
        ['transitions', i, 'to'],
        `an entry move lands on the first rung of a ladder; "${t.to}" is not`,
      );
  });
}

// Cross-file checks the schema cannot make on one file alone: ids are unique
// and every reference (source, skill, certification, role, level) resolves.
import type { CheckedFile } from './problem.js';
import { formatPath, type PathSegment, type Problem } from './problem.js';
import type { Certification, Quiz, Role, Skill, Source, Transition } from './schema.js';
import { didYouMean } from '../shared/suggest.js';
import { normalizeName } from './dataset.js';
import { checkPathLinks } from './path-links.js';
import { roleReferences } from './role-references.js';

export interface CheckedFiles {
  sources?: CheckedFile<{ sources: Source[] }>;
  skills?: CheckedFile<{ skills: Skill[] }>;
  certifications?: CheckedFile<{ certifications: Certification[] }>;
  transitions?: CheckedFile<{ transitions: Transition[] }>;
  roles: CheckedFile<Role>[];
  quizzes: CheckedFile<Quiz>[];
  /** Role ids whose files failed to load; references to them are not reported twice. */
  brokenRoleIds?: ReadonlySet<string>;
  /** False when roles/ is missing or empty: references to roles are then not checked. */
  rolesLoaded?: boolean;
  /** Role files that parsed but failed their schema, with the field paths of the problems already reported. */
  unvalidatedRoles?: UnvalidatedRole[];
}

export interface UnvalidatedRole {
  file: CheckedFile<unknown>;
  /** Field paths of its schema problems (undefined for one that names none). */
  reported: (string | undefined)[];
}

/** Whether a problem at field path `at` covers `path`: the same field or one inside it. */
const covers = (at: string, path: string) => path === at || path.startsWith(`${at}.`) || path.startsWith(`${at}[`);

export function checkReferences(files: CheckedFiles): Problem[] {
  const problems: Problem[] = [];
  const report = (file: CheckedFile<unknown>, path: readonly PathSegment[], message: string) => {
    const pos = file.parsed.locate(path);
    problems.push({ file: file.parsed.file, line: pos?.line, column: pos?.column, path: formatPath(path), message });
  };

  // Unique ids inside each catalog, and across role files.
  const catalogIds = <T extends { id: string }>(
    file: CheckedFile<unknown> | undefined,
    key: string,
    items: T[] | undefined,
  ) => {
    const ids = new Set<string>();
    items?.forEach((item, index) => {
      if (ids.has(item.id)) report(file!, [key, index, 'id'], `duplicate id "${item.id}"`);
      ids.add(item.id);
    });
    return ids;
  };
  const sourceIds = catalogIds(files.sources, 'sources', files.sources?.value.sources);
  const skillIds = catalogIds(files.skills, 'skills', files.skills?.value.skills);
  const certIds = catalogIds(files.certifications, 'certifications', files.certifications?.value.certifications);

  const levelsByRole = new Map<string, Set<string>>();
  for (const role of files.roles) {
    if (levelsByRole.has(role.value.id)) {
      report(role, ['id'], `duplicate role id "${role.value.id}" (another role file uses it)`);
      continue;
    }
    levelsByRole.set(role.value.id, new Set(role.value.ladder?.levels.map((l) => l.id) ?? []));
  }

  // A role's title or alias that spells another role's id would take that id
  // over in lookups: `career show it-manager` must mean the role it-manager.
  for (const role of files.roles) {
    const { id, title, aliases } = role.value;
    [title, ...aliases].forEach((name, i) => {
      const taken = normalizeName(name);
      if (taken !== id && levelsByRole.has(taken)) {
        report(
          role,
          i === 0 ? ['title'] : ['aliases', i - 1],
          `"${name}" is the id of another role; a title or alias cannot name another role`,
        );
      }
    });
  }

  // A reference is checked only when its catalog file itself loaded; otherwise
  // that file's own problem is the one to fix first.
  const expect = (
    file: CheckedFile<unknown>,
    path: readonly PathSegment[],
    id: string,
    known: Set<string>,
    what: string,
    loaded: boolean,
  ) => {
    if (loaded && !known.has(id)) report(file, path, `unknown ${what} "${id}"${didYouMean(id, known)}`);
  };

  for (const file of [
    files.sources,
    files.skills,
    files.certifications,
    files.transitions,
    ...files.roles,
    ...files.quizzes,
  ]) {
    if (!file) continue;
    walkSources(file.value, [], (path, id) => expect(file, path, id, sourceIds, 'source', !!files.sources));
  }

  const rolesLoaded = files.rolesLoaded ?? true;
  const catalog = files.certifications;
  catalog?.value.certifications.forEach((cert, ci) =>
    cert.skills?.forEach((s, i) =>
      expect(catalog, ['certifications', ci, 'skills', i], s, skillIds, 'skill', !!files.skills),
    ),
  );

  const roleIds = new Set([...levelsByRole.keys(), ...(files.brokenRoleIds ?? [])]);
  const known = { skill: skillIds, certification: certIds, role: roleIds };
  const loaded = { skill: !!files.skills, certification: !!files.certifications, role: rolesLoaded };
  for (const role of files.roles) {
    for (const ref of roleReferences(role.value))
      expect(role, ref.path, ref.id, known[ref.kind], ref.kind, loaded[ref.kind]);
    checkLevelExpectations(role, skillIds, !!files.skills, report);
  }
  // A role file that failed its schema: what it does say is checked too, so
  // its unknown ids come in the same run as its schema problems. A field the
  // schema already reported is left alone (one problem per cause), and so is
  // a file whose schema problems were too many to list (no path to go by).
  for (const { file, reported } of files.unvalidatedRoles ?? []) {
    if (reported.some((path) => path === undefined)) continue;
    const fresh = (path: readonly PathSegment[]) => !reported.some((at) => covers(at!, formatPath(path)));
    walkSources(file.parsed.value, [], (path, id) => {
      if (fresh(path)) expect(file, path, id, sourceIds, 'source', !!files.sources);
    });
    for (const ref of roleReferences(file.parsed.value)) {
      if (fresh(ref.path)) expect(file, ref.path, ref.id, known[ref.kind], ref.kind, loaded[ref.kind]);
    }
  }

  const transitions = rolesLoaded ? files.transitions : undefined;
  transitions?.value.transitions.forEach((t, i) => {
    for (const end of ['from', 'to'] as const) {
      const problem = levelRefProblem(t[end], levelsByRole, files.brokenRoleIds);
      if (problem) report(transitions, ['transitions', i, end], problem);
    }
  });
  if (rolesLoaded) checkPathLinks(files.roles, files.transitions, report, files.brokenRoleIds);

  const questionIds = new Set<string>();
  for (const quiz of files.quizzes) {
    expect(quiz, ['role'], quiz.value.role, roleIds, 'role', rolesLoaded);
    const levels = levelsByRole.get(quiz.value.role);
    quiz.value.questions.forEach((q, i) => {
      if (questionIds.has(q.id)) report(quiz, ['questions', i, 'id'], `duplicate question id "${q.id}"`);
      questionIds.add(q.id);
      if (q.answer >= q.choices.length) {
        report(
          quiz,
          ['questions', i, 'answer'],
          `answer is the index of one of the ${q.choices.length} choices, 0-${q.choices.length - 1}; got ${q.answer}`,
        );
      }
      expect(quiz, ['questions', i, 'skill'], q.skill, skillIds, 'skill', !!files.skills);
      if (levels) expect(quiz, ['questions', i, 'level'], q.level, levels, `level of ${quiz.value.role}`, true);
    });
  }
  return problems;
}

/** `ROLE:LEVEL` must name a role that exists and one of its ladder levels. */
function levelRefProblem(
  ref: string,
  levelsByRole: Map<string, Set<string>>,
  brokenRoleIds?: ReadonlySet<string>,
): string | undefined {
  const [roleId, levelId, ...rest] = ref.split(':');
  if (!roleId || !levelId || rest.length > 0) return `expected ROLE:LEVEL, e.g. "it-manager:senior", got "${ref}"`;
  if (brokenRoleIds?.has(roleId)) return undefined;
  const levels = levelsByRole.get(roleId);
  if (!levels) return `unknown role "${roleId}"${didYouMean(roleId, levelsByRole.keys())}`;
  if (!levels.has(levelId)) return `role "${roleId}" has no level "${levelId}"${didYouMean(levelId, levels)}`;
  return undefined;
}

/**
 * Every `source:` (or `...Source:`) field and every entry of a `sources:` list of ids, wherever
 * it sits. One path array is shared down the walk (10,000 role files have a
 * million nodes): `visit` must not keep it.
 */
function walkSources(
  node: unknown,
  path: PathSegment[],
  visit: (path: readonly PathSegment[], id: string) => void,
): void {
  if (Array.isArray(node)) {
    for (let i = 0; i < node.length; i++) {
      path.push(i);
      walkSources(node[i], path, visit);
      path.pop();
    }
    return;
  }
  if (!node || typeof node !== 'object') return;
  for (const key in node) {
    const value = (node as Record<string, unknown>)[key];
    path.push(key);
    // `importanceSource`, `levelSource` and the like name who made a judgement.
    if ((key === 'source' || key.endsWith('Source')) && typeof value === 'string') visit(path, value);
    else if (key === 'sources' && Array.isArray(value) && value.every((v) => typeof v === 'string')) {
      value.forEach((id, i) => {
        path.push(i);
        visit(path, id as string);
        path.pop();
      });
    } else walkSources(value, path, visit);
    path.pop();
  }
}

/**
 * What a level expects (`expects.skills`, `expects.focusSkills`) names skills
 * of the role's own list. Checked only once that list holds known skills: a
 * typo there is the one problem to report, not every expectation it orphans.
 */
function checkLevelExpectations(
  role: CheckedFile<Role>,
  skillIds: Set<string>,
  skillsLoaded: boolean,
  report: (file: CheckedFile<unknown>, path: readonly PathSegment[], message: string) => void,
): void {
  const r = role.value;
  if (skillsLoaded && !r.skills.every((s) => skillIds.has(s.skill))) return;
  const own = new Set(r.skills.map((s) => s.skill));
  const notOwn = (skill: string) => `"${skill}" is not in this role's skills list${didYouMean(skill, own)}`;
  r.ladder?.levels.forEach((level, li) => {
    const at = ['ladder', 'levels', li, 'expects'];
    for (const skill of Object.keys(level.expects?.skills ?? {}))
      if (!own.has(skill)) report(role, [...at, 'skills', skill], notOwn(skill));
    level.expects?.focusSkills?.forEach((list, fi) =>
      list.forEach((skill, i) => {
        if (!own.has(skill)) report(role, [...at, 'focusSkills', fi, i], notOwn(skill));
      }),
    );
  });
}

// `career show`: what each ladder level expects of a person (proficiency per
// skill on the quiz's 1-5 scale, years leading people), compactly: one entry
// per level, skills grouped by the proficiency expected, strongest first.
import { levelExpectations } from '../core/quiz/expectations.js';
import type { Role } from '../data/schema.js';
import type { Style } from './style.js';
import { wrap } from './wrap.js';

const SCALE = ['', 'none', 'basic', 'working', 'strong', 'expert'];

export function renderLevelExpectations(
  role: Role,
  style: Style,
  width: number,
  cite: (id: string | undefined) => string,
): string[] {
  const levels = role.ladder?.levels ?? [];
  if (!levels.some((level) => level.expects)) return [];
  const lines = [
    style.dim(
      wrap(
        "Expected proficiency per skill on the quiz's 1-5 scale (1 none, 2 basic, 3 working, 4 strong, 5 expert), and years leading people.",
        width,
      ),
    ),
  ];
  levels.forEach((level, index) => {
    const expects = levelExpectations(role, index);
    const byValue = new Map<number, string[]>();
    for (const [skill, value] of expects.skills) byValue.set(value, [...(byValue.get(value) ?? []), skill]);
    const groups = [...byValue.keys()]
      .sort((a, b) => b - a)
      .map((value) => `${value} ${SCALE[value] ?? ''}: ${byValue.get(value)!.join(', ')}`);
    const lead =
      expects.leadershipYears === 0
        ? 'no one to lead'
        : `${expects.leadershipYears} year${expects.leadershipYears === 1 ? '' : 's'} leading people ${cite(expects.leadershipSource)}`;
    lines.push(wrap(`${style.bold(level.title)}: ${lead}; ${groups.join('; ')} ${cite(expects.source)}`, width, '  '));
  });
  return lines;
}

// The answers file: every way it can be wrong gets one located, readable problem.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { prepareQuiz } from '../../src/core/quiz/definition.js';
import { checkAnswers, parseAnswersText, readAnswersFile } from '../../src/data/answers.js';
import { UserError } from '../../src/errors.js';
import { builtInData } from '../helpers/data.js';
import { repoRoot } from '../helpers/run-cli.js';

const data = builtInData();
const base = prepareQuiz(data, data.role('it-ops-manager'));
const certIds = data.certifications.map((c) => c.id);
const fixture = join(repoRoot, 'tests/fixtures/answers/it-ops-manager.yaml');
const good = readFileSync(fixture, 'utf8');

/** The error lines a user sees for this file text (message and details), or [] when it is accepted. */
function problemsIn(text: string): string[] {
  try {
    checkAnswers(parseAnswersText(text, 'answers.yaml'), base, certIds);
    return [];
  } catch (error) {
    if (!(error instanceof UserError)) throw error;
    expect(error.exitCode).toBe(2);
    return [error.message, ...error.details];
  }
}

const edit = (from: string | RegExp, to: string) => {
  const text = good.replace(from, to);
  expect(text).not.toBe(good);
  return text;
};

describe('the answers file', () => {
  it('accepts the documented example', () => {
    expect(problemsIn(good)).toEqual([]);
    const { sheet } = readAnswersFile(fixture, 'fixture.yaml');
    expect(sheet.background).toEqual({
      yearsExperience: 6,
      yearsLeadingPeople: 2,
      education: 'bachelor',
      certifications: ['itil-4-foundation', 'comptia-network-plus'],
    });
    expect(sheet.selfRatings.networking).toBe(4);
  });

  it('accepts JSON too, and choice texts in any case and spacing', () => {
    const { sheet } = parseAnswersText(good, 'a.yaml');
    const json = JSON.stringify({ ...sheet, knowledge: { 'ops-sla-999-month': '  about 43   MINUTES ' } });
    expect(problemsIn(json)).toEqual([]);
  });

  it.each([
    [
      'a missing section',
      edit(/^knowledge:[\s\S]*$/m, ''),
      /^answers\.yaml:2:1 knowledge: missing required field "knowledge"/,
    ],
    [
      'a missing background field',
      edit('  education: bachelor\n', ''),
      /^answers\.yaml:5:3 background\.education: missing required field "education"/,
    ],
    [
      'a rating above 5',
      edit('networking: 4', 'networking: 6'),
      /^answers\.yaml:15:15 selfRatings\.networking: a rating goes from 1 \(none\) to 5 \(expert\)/,
    ],
    ['a rating of 0', edit('networking: 4', 'networking: 0'), /selfRatings\.networking: a rating goes from 1/],
    [
      'a rating that is not whole',
      edit('networking: 4', 'networking: 2.5'),
      /selfRatings\.networking: expected a whole number, got 2\.5/,
    ],
    [
      'a rating as text',
      edit('networking: 4', 'networking: good'),
      /selfRatings\.networking: expected a number, got "good"/,
    ],
    [
      'an unknown question id',
      edit('ops-known-error:', 'ops-known-eror:'),
      /^answers\.yaml:\d+:3 knowledge\.ops-known-eror: unknown question "ops-known-eror" in the it-ops-manager quiz \(did you mean "ops-known-error"\?\)/,
    ],
    [
      "a choice that is not one of the question's",
      edit('About 43 minutes', 'About 45 minutes'),
      /knowledge\.ops-sla-999-month: "About 45 minutes" is not one of the choices \(did you mean .*"About 43 minutes".*\?\); the choices are "About 4 minutes", "About 10 minutes", "About 43 minutes", "About 7 hours"/,
    ],
    [
      'an empty knowledge section',
      edit(/^knowledge:[\s\S]*$/m, 'knowledge: {}\n'),
      /knowledge: answer at least one question/,
    ],
    [
      'an unknown skill',
      edit('  networking: 4\n', '  networking: 4\n  netwroking: 3\n'),
      /selfRatings\.netwroking: "netwroking" is not a skill of it-ops-manager \(did you mean "networking"\?\)/,
    ],
    ['a skill left unrated', edit('  networking: 4\n', ''), /selfRatings: missing a rating for "networking"/],
    [
      'an unknown certification',
      edit('comptia-network-plus]', 'comptia-netwrok-plus]'),
      /background\.certifications\[1\]: unknown certification "comptia-netwrok-plus" \(did you mean "comptia-network-plus"/,
    ],
    [
      'more years leading than working',
      edit('yearsLeadingPeople: 2', 'yearsLeadingPeople: 9'),
      /background\.yearsLeadingPeople: 9 years leading people is more than the 6 years of experience/,
    ],
    [
      'negative years',
      edit('yearsExperience: 6', 'yearsExperience: -1'),
      /background\.yearsExperience: expected 0 or more years/,
    ],
    [
      'an unknown education',
      edit('education: bachelor', 'education: phd'),
      /background\.education: expected one of "none", .*"doctorate", got "phd"/,
    ],
    [
      'a misspelt section',
      edit('selfRatings:', 'selfRating:'),
      /unknown field "selfRating" \(did you mean "selfRatings"\?\)/,
    ],
    ['invalid YAML', edit('networking: 4', 'networking: [4'), /^answers\.yaml:16:3 invalid YAML/m],
  ])('reports %s with file:line:col and the entry', (_case, text, expected) => {
    const problems = problemsIn(text);
    expect(problems.join('\n')).toMatch(expected);
  });

  it('lists several problems at once, each on its own line', () => {
    const problems = problemsIn(
      edit('networking: 4', 'networking: 7').replace('ops-mttr:', 'ops-mtr:').replace('budgeting: 2', 'budgeting: 0'),
    );
    expect(problems[0]).toBe('the answers file answers.yaml has 2 problems:');
    expect(problems.slice(1)).toHaveLength(2); // shape problems come first; ids are checked once the shape is right
    expect(problems.slice(1).every((line) => /^answers\.yaml:\d+:\d+ selfRatings\./.test(line))).toBe(true);
  });

  it.each([
    ['a missing file', 'no-such-file.yaml', /no-such-file\.yaml does not exist/],
    ['a directory', 'tests/fixtures', /tests\/fixtures is a directory, expected a file/],
  ])('reports %s', (_case, path, expected) => {
    expect(() => readAnswersFile(join(repoRoot, path), path)).toThrow(expected);
  });
});

describe('prototype keys in an answers file (issue 13, item 4)', () => {
  it.each([
    ['YAML', edit('knowledge:\n', 'knowledge:\n  __proto__: {polluted: yes}\n'), 'knowledge.__proto__'],
    ['YAML', edit('selfRatings:\n', 'selfRatings:\n  __proto__: 3\n'), 'selfRatings.__proto__'],
    // A computed key is an own "__proto__" property, as JSON.parse makes it.
    [
      'JSON',
      JSON.stringify({
        background: { yearsExperience: 1, yearsLeadingPeople: 0, education: 'none' },
        selfRatings: {},
        knowledge: { ['__proto__']: 'x' },
      }),
      'knowledge.__proto__',
    ],
  ])('refuses "__proto__" as a key (%s), naming where it is', (_format, text, where) => {
    const problems = problemsIn(text).join('\n');
    expect(problems).toContain(where);
    expect(problems).toContain('"__proto__" is not allowed as a key');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it.each(['constructor', 'toString', 'hasOwnProperty', 'prototype'])(
    'refuses "%s" as a skill of the role or a question of the quiz',
    (key) => {
      expect(problemsIn(edit('selfRatings:\n', `selfRatings:\n  ${key}: 3\n`)).join('\n')).toContain(
        `"${key}" is not a skill of it-ops-manager`,
      );
      expect(problemsIn(edit('knowledge:\n', `knowledge:\n  ${key}: About 43 minutes\n`)).join('\n')).toContain(
        `unknown question "${key}"`,
      );
    },
  );

  it('keeps ratings and answers without Object.prototype behind them', () => {
    const { sheet } = parseAnswersText(good, 'answers.yaml');
    expect(Object.getPrototypeOf(sheet.selfRatings)).toBeNull();
    expect(Object.getPrototypeOf(sheet.knowledge)).toBeNull();
    expect('constructor' in sheet.selfRatings).toBe(false);
  });
});

// The one schema for every data file. The TypeScript types the rest of the code
// uses are inferred from it, and `npm run build` exports it as JSON Schema for
// editors. Objects are strict so a typo in a field name is an error, not a
// silently ignored field.
import { z } from 'zod';

const id = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'expected a lower-case id like "it-ops-manager"');
const text = z.string().trim().min(1, 'expected a non-empty text');
const sourceRef = id.describe('id of an entry in sources.yaml');
const money = z.number().nonnegative('must not be negative');
const years = z.number().nonnegative('must not be negative').max(60);

/**
 * A range's low end must not exceed its high end (`min: 120000, max: 80000`
 * would be shown as "$120,000-$80,000"). The issue points at the high end.
 * Numbers are already finite: zod rejects .inf and .nan.
 */
function ordered(...keys: string[]) {
  return (value: Record<string, unknown>, ctx: z.RefinementCtx) => {
    const given = keys.filter((key) => typeof value[key] === 'number');
    for (let i = 1; i < given.length; i++) {
      const low = given[i - 1]!;
      const high = given[i]!;
      if ((value[low] as number) > (value[high] as number)) {
        ctx.addIssue({
          code: 'custom',
          path: [high],
          message: `${high} (${value[high]}) must not be below ${low} (${value[low]})`,
        });
      }
    }
  };
}
// What a figure is for (its band, its scope, the figure it belongs to), short
// enough to print beside it: `show` and `compare` always do.
const qualifier = text
  .max(90)
  .describe('what the figure is for, printed beside it: its band, scope or the figure it goes with');

/** A number as one source gives it. */
const figure = z.strictObject({
  value: z
    .number()
    .nonnegative('must not be negative')
    .describe('a salary, a count of jobs or openings: never negative'),
  source: sourceRef,
  asOf: text.optional().describe('date or period the figure refers to, as the source gives it'),
  qualifier: qualifier.optional(),
  note: text.optional(),
  primary: z.boolean().optional().describe('the value the tool shows when sources disagree'),
  why: text.optional().describe('why this value is the primary one'),
});

/**
 * Sources disagree, so a fact is a list of figures. With more than one entry
 * exactly one is marked primary and says why: the tool never picks silently.
 */
function sourcedList<T extends z.ZodType<{ primary?: boolean | undefined; why?: string | undefined }>>(item: T) {
  return z
    .array(item)
    .min(1)
    .superRefine((list, ctx) => {
      if (list.length < 2) return;
      const primaries = list.flatMap((entry, index) => (entry.primary ? [index] : []));
      if (primaries.length !== 1) {
        ctx.addIssue({
          code: 'custom',
          message: `${list.length} values from different sources: mark exactly one "primary: true" (found ${primaries.length})`,
        });
        return;
      }
      const index = primaries[0]!;
      if (!list[index]!.why) {
        ctx.addIssue({ code: 'custom', path: [index, 'why'], message: 'the primary value must say why it was chosen' });
      }
    });
}

// Every money figure carries its currency and its place; left out they are
// USD and "United States" (core/money-place.ts; README, "Your own data").
const currency = z.string().regex(/^[A-Z]{3}$/, 'currency is a three-letter ISO 4217 code such as USD, EUR or GBP');
const place = text.describe('country or region the figure is for, e.g. "Germany"; default "United States"');
const moneyFigure = figure.extend({
  currency: currency.optional().describe('ISO 4217 code; default USD'),
  place: place.optional(),
});

const range = z
  .strictObject({
    min: z.number().nonnegative(),
    max: z.number().nonnegative().optional().describe('absent when open-ended ("20+ years", "$200k+")'),
    openEnded: z.boolean().optional(),
  })
  .superRefine(ordered('min', 'max'));

const salaryRange = z.strictObject({
  min: money,
  max: money.optional(),
  openEnded: z.boolean().optional().describe('true when the source says "and up" ("$200k+")'),
  currency: z.string().regex(/^[A-Z]{3}$/),
  place: place.optional(),
  source: sourceRef,
  asOf: text.optional(),
  qualifier: qualifier.optional(),
  note: text.optional(),
  primary: z.boolean().optional(),
  why: text.optional(),
});

const growth = z.strictObject({
  percent: z.number(),
  period: text.optional().describe('e.g. "2022-2032"; left out when the source gives none'),
  outlook: text.optional().describe('the source\'s wording, e.g. "much faster than average"'),
  scope: text.optional().describe('what the figure covers when it is broader than the role'),
  source: sourceRef,
  qualifier: qualifier.optional(),
  note: text.optional(),
  primary: z.boolean().optional(),
  why: text.optional(),
});

const industrySalary = z.strictObject({
  industry: text,
  average: money,
  currency: z.string().regex(/^[A-Z]{3}$/),
  place: place.optional(),
  source: sourceRef,
  qualifier: qualifier.optional(),
  note: text.optional(),
});

/** Years of experience a source asks for, e.g. "often 5-7 years". */
const experienceFigure = z.strictObject({
  min: z.number().nonnegative(),
  max: z.number().nonnegative().optional(),
  openEnded: z.boolean().optional(),
  qualifier,
  source: sourceRef,
  note: text.optional(),
  primary: z.boolean().optional(),
  why: text.optional(),
});

/** The share of resumes naming each skill, in the source's own skill names. */
const skillShares = z.strictObject({
  items: z.array(z.strictObject({ name: text, percent: z.number().min(0).max(100) })).min(1),
  qualifier,
  source: sourceRef,
});

const facts = z.strictObject({
  medianSalary: sourcedList(moneyFigure)
    .optional()
    .describe('median salary; currency and place default to USD, United States'),
  averageSalary: sourcedList(moneyFigure)
    .optional()
    .describe('average salary; currency and place default to USD, United States'),
  salaryRange: sourcedList(salaryRange.superRefine(ordered('min', 'max'))).optional(),
  salaryByIndustry: z.array(industrySalary).optional(),
  growth: sourcedList(growth).optional(),
  annualOpenings: sourcedList(figure).optional(),
  newJobs: sourcedList(figure).optional().describe('new jobs over the growth period'),
  employment: sourcedList(figure).optional().describe('number of U.S. jobs in the occupation'),
  topIndustries: z.strictObject({ items: z.array(text).min(1), source: sourceRef }).optional(),
  education: z.strictObject({ summary: text, source: sourceRef }).optional(),
  experience: sourcedList(experienceFigure).optional().describe('years of experience sources ask for to hold the role'),
  skillShares: skillShares.optional(),
  workExperience: z
    .strictObject({ summary: text, source: sourceRef, asOf: text.optional() })
    .optional()
    .describe('work experience in a related occupation the source says the job needs'),
});

const IMPORTANCE_RANGE = 'importance is 1-3 (3 = core, 2 = important, 1 = useful)';

const roleSkill = z.strictObject({
  skill: id.describe('id of an entry in skills.yaml'),
  importance: z
    .number()
    .int(IMPORTANCE_RANGE)
    .min(1, IMPORTANCE_RANGE)
    .max(3, IMPORTANCE_RANGE)
    .describe('3 core, 2 important, 1 useful'),
  importanceSource: sourceRef.optional().describe('who ranks the skill: no source does, so `career-assumption`'),
  source: sourceRef,
});

const roleCertification = z.strictObject({
  certification: id.describe('id of an entry in certifications.yaml'),
  source: sourceRef,
  note: text.optional(),
});

// Per-level expectations (quiz model): what a level asks of a person on the
// 1-5 self-assessment scale, how many years leading people it needs, and which
// skills each focus area builds. Used by `career quiz`, `career show` and
// exposed to `career path`. Checked against the role's skill list below.
const proficiency = z.number().int().min(1).max(5).describe('1 none, 2 basic, 3 working, 4 strong, 5 expert');
const levelExpectations = z.strictObject({
  skills: z
    .record(id, proficiency)
    .describe(
      'skill id -> the proficiency (1-5) a person at this level is expected to have; skills not named are not expected',
    ),
  leadershipYears: years.describe('years leading people the level needs (0 for a rung that manages no one)'),
  leadershipSource: sourceRef.describe('where the leadership figure comes from (career-assumption when it is ours)'),
  focusSkills: z
    .array(z.array(id))
    .optional()
    .describe(
      "for each focus area of the level, in the same order, the skill ids it builds (the quiz's gap advice uses it)",
    ),
  source: sourceRef.describe('where the proficiency figures come from (career-assumption when they are ours)'),
  note: text.optional(),
});
export type LevelExpectations = z.infer<typeof levelExpectations>;

const level = z.strictObject({
  id,
  title: text,
  experience: range.describe('years of experience, as the ladder gives them'),
  salary: z
    .strictObject({
      median: money.optional(),
      average: money.optional(),
      currency: z.string().regex(/^[A-Z]{3}$/),
      place: place.optional(),
      source: sourceRef,
    })
    .optional(),
  scope: text.describe('what the level is responsible for, in our own words'),
  focus: z.array(text).min(1).describe('focus areas to build at this level'),
  skills: z.array(id).optional().describe('skill ids this level emphasises (our reading of the focus areas)'),
  certifications: z.array(id).optional().describe('certification ids recommended at this stage'),
  certificationsSource: sourceRef.optional().describe('who matched the certifications to this level'),
  experienceAlso: z
    .array(
      z.strictObject({
        min: z.number().nonnegative(),
        max: z.number().nonnegative().optional(),
        openEnded: z.boolean().optional(),
        qualifier,
        source: sourceRef,
      }),
    )
    .optional()
    .describe('other experience figures a source gives for this rung'),
  experienceWhy: text.optional().describe("why the ladder's own band is shown first"),
  sameJob: z
    .array(text)
    .optional()
    .describe(
      'ROLE:LEVEL of levels on other ladders that are this very job (the same title and post); validated both ways',
    ),
  source: sourceRef,
  expects: levelExpectations.optional().describe('what the level expects of a person, per skill and in leadership'),
});

/** A way to get the education an entry step asks for, with its cost and time as a source gives them. */
const educationRoute = z.strictObject({
  kind: z.enum(['bachelor', 'master', 'bootcamp', 'self-study']),
  title: text,
  duration: z
    .strictObject({ min: years, max: years, unit: z.enum(['weeks', 'months', 'years']) })
    .refine((d) => d.max >= d.min, { message: 'max must not be below min' }),
  cost: z
    .strictObject({
      min: money,
      max: money.optional(),
      openEnded: z.boolean().optional(),
      currency: z.string().regex(/^[A-Z]{3}$/),
    })
    .refine((c) => c.max === undefined || c.max >= c.min, { message: 'max must not be below min' })
    .optional()
    .describe('absent when the source gives no cost'),
  source: sourceRef,
  note: text.optional(),
});

const entryStep = z.strictObject({
  title: text,
  summary: text,
  duration: z
    .strictObject({
      min: z.number().nonnegative(),
      max: z.number().nonnegative(),
      unit: z.enum(['weeks', 'months', 'years']),
    })
    .superRefine(ordered('min', 'max'))
    .optional(),
  certifications: z.array(id).optional(),
  education: z
    .array(educationRoute)
    .optional()
    .describe('ways to get the education this step asks for, each with its time and cost; shown with the step'),
  source: sourceRef,
});

const entryTimeline = z.strictObject({
  years: range,
  summary: text,
  source: sourceRef,
});

const globalSalary = z
  .strictObject({
    country: text,
    place: text.optional().describe('a city or region when the source names one'),
    currency: z.string().regex(/^[A-Z]{3}$/),
    localMin: money.optional(),
    localMax: money.optional(),
    usdMin: money.optional(),
    usdMax: money.optional(),
    source: sourceRef,
    note: text.optional(),
  })
  .superRefine(ordered('localMin', 'localMax'))
  .superRefine(ordered('usdMin', 'usdMax'));

export const roleSchema = z
  .strictObject({
    id,
    title: text,
    aliases: z.array(text).default([]),
    summary: text,
    facts: facts.default({}),
    skills: z.array(roleSkill).default([]),
    certifications: z.array(roleCertification).default([]),
    ladder: z
      .strictObject({
        mainLevel: id.describe('the level that is this role itself'),
        source: sourceRef,
        levels: z.array(level).min(1),
      })
      .optional(),
    entry: z
      .strictObject({
        steps: z.array(entryStep).min(1),
        timelines: z.strictObject({
          beginner: entryTimeline.optional(),
          changer: entryTimeline.optional(),
          related: entryTimeline.optional(),
        }),
      })
      .optional(),
    globalSalaries: z.array(globalSalary).default([]),
    specializations: z.array(z.strictObject({ name: text, summary: text, source: sourceRef })).default([]),
    related: z.array(z.strictObject({ role: id, note: text.optional(), source: sourceRef })).default([]),
    sources: z.array(sourceRef).default([]).describe('every source this role draws on'),
  })
  .superRefine((role, ctx) => {
    const ladder = role.ladder;
    if (!ladder) return;
    const seen = new Set<string>();
    ladder.levels.forEach((lvl, index) => {
      if (seen.has(lvl.id)) {
        ctx.addIssue({
          code: 'custom',
          path: ['ladder', 'levels', index, 'id'],
          message: `duplicate level id "${lvl.id}"`,
        });
      }
      seen.add(lvl.id);
      const prev = ladder.levels[index - 1];
      if (prev && lvl.experience.min < prev.experience.min) {
        ctx.addIssue({
          code: 'custom',
          path: ['ladder', 'levels', index, 'experience', 'min'],
          message: 'levels must be listed from junior to senior (experience.min must not go down)',
        });
      }
    });
    if (!seen.has(ladder.mainLevel)) {
      ctx.addIssue({
        code: 'custom',
        path: ['ladder', 'mainLevel'],
        message: `no level with id "${ladder.mainLevel}" in this ladder`,
      });
    }
    checkExpectations(ladder.levels, ctx);
  });

/**
 * A level's expectations give one skill list per focus area. (That they name
 * the role's own skills is checked with the other references, in references.ts.)
 */
function checkExpectations(levels: readonly z.infer<typeof level>[], ctx: z.RefinementCtx): void {
  levels.forEach((lvl, index) => {
    const focusSkills = lvl.expects?.focusSkills;
    if (focusSkills && focusSkills.length !== lvl.focus.length) {
      ctx.addIssue({
        code: 'custom',
        path: ['ladder', 'levels', index, 'expects', 'focusSkills'],
        message: `expected one skill list per focus area (${lvl.focus.length}), found ${focusSkills.length}`,
      });
    }
  });
}

export const sourceSchema = z.strictObject({
  id,
  publisher: text,
  title: text,
  covers: text.describe('what the document covers'),
  date: text.optional().describe('publication or update date, when the document gives one'),
  url: text.optional().describe('where the document was read, for a source read on the web'),
  file: text.optional().describe('the source document this was read from'),
  kind: z.enum(['career-guide', 'job-description', 'salary-survey', 'government-statistics', 'assumption']).optional(),
});

export const certificationSchema = z.strictObject({
  id,
  name: text,
  issuer: text,
  level: z.enum(['entry', 'foundation', 'intermediate', 'advanced', 'expert']),
  levelSource: sourceRef.optional().describe('who rated the level: `career-assumption` unless a source does'),
  summary: text,
  cost: salaryRange
    .omit({ openEnded: true, primary: true, why: true, qualifier: true })
    .extend({ group: text.optional().describe('the certifications the source gives this figure for together') })
    .superRefine(ordered('min', 'max'))
    .optional()
    .describe('cost in the given currency'),
  costWords: z
    .strictObject({ text, group: text.optional(), source: sourceRef })
    .optional()
    .describe('a cost a source gives in words, not numbers'),
  studyWeeks: z
    .strictObject({
      min: z.number().nonnegative(),
      max: z.number().nonnegative(),
      group: text.optional(),
      source: sourceRef,
      note: text.optional(),
    })
    .superRefine(ordered('min', 'max'))
    .optional(),
  renamed: z
    .strictObject({ note: text, source: sourceRef })
    .optional()
    .describe('the certification no longer exists under this name'),
  skills: z
    .array(id)
    .optional()
    .describe(
      "skill ids this certification builds: the tool's own mapping, used to suggest certifications for a skill gap",
    ),
  skillsSource: sourceRef.optional().describe('who mapped the certification to skills'),
  source: sourceRef,
  prerequisites: z
    .array(
      z.strictObject({
        text: text.describe('what the issuer asks before the exam, in our own words'),
        source: sourceRef,
      }),
    )
    .optional()
    .describe('what a candidate needs before sitting the exam, as the issuer or a source states it'),
});

export const skillSchema = z.strictObject({
  id,
  name: text,
  kind: z.enum(['technical', 'soft']),
  description: text,
});

export const transitionSchema = z.strictObject({
  from: text.describe('ROLE:LEVEL'),
  to: text.describe('ROLE:LEVEL'),
  years: z.strictObject({ min: years, typical: years, max: years }).superRefine(ordered('min', 'typical', 'max')),
  // Always a source: for a move no document gives, our own estimate cites
  // `career-assumption` and says `assumption: true`.
  source: sourceRef,
  assumption: z.boolean().optional().describe('true when no source gives this move and the figure is ours'),
  entry: z
    .boolean()
    .optional()
    .describe(
      'a move from an entry role (help desk, administration) onto the first rung of a management ladder; the rungs of the two ladders are not compared',
    ),
  note: text,
});

export const questionSchema = z.strictObject({
  id,
  skill: id,
  level: id,
  question: text,
  choices: z.array(text).min(2).max(6),
  answer: z
    .number()
    .int('answer is a whole number')
    .nonnegative('answer is the index of a choice, from 0')
    .describe('index into choices of the correct answer'),
  explanation: text,
});
// That `answer` indexes one of the choices is checked with the references
// (references.ts), so that a wrong answer does not hide an unknown skill or level.

export const sourcesFileSchema = z.strictObject({ sources: z.array(sourceSchema).min(1) });
export const certificationsFileSchema = z.strictObject({ certifications: z.array(certificationSchema) });
export const skillsFileSchema = z.strictObject({ skills: z.array(skillSchema) });
export const transitionsFileSchema = z.strictObject({ transitions: z.array(transitionSchema) });
export const quizFileSchema = z.strictObject({ role: id, questions: z.array(questionSchema).min(1) });

export type Role = z.infer<typeof roleSchema>;
export type Level = z.infer<typeof level>;
export type SalaryRange = z.infer<typeof salaryRange>;
export type Growth = z.infer<typeof growth>;
export type Source = z.infer<typeof sourceSchema>;
export type Certification = z.infer<typeof certificationSchema>;
export type Skill = z.infer<typeof skillSchema>;
export type Transition = z.infer<typeof transitionSchema>;
export type Question = z.infer<typeof questionSchema>;
export type EducationRoute = z.infer<typeof educationRoute>;
export type Quiz = z.infer<typeof quizFileSchema>;

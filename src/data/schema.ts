// The one schema for every data file. The TypeScript types the rest of the code
// uses are inferred from it, and `npm run build` exports it as JSON Schema for
// editors. Objects are strict so a typo in a field name is an error, not a
// silently ignored field.
import { z } from 'zod';

const id = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'expected a lower-case id like "it-ops-manager"');
const text = z.string().trim().min(1, 'expected a non-empty text');
const sourceRef = id.describe('id of an entry in sources.yaml');
const money = z.number().nonnegative();
const years = z.number().nonnegative().max(60);

/** A number as one source gives it. */
const figure = z.strictObject({
  value: z.number(),
  source: sourceRef,
  asOf: text.optional().describe('date or period the figure refers to, as the source gives it'),
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
  .refine((r) => r.max === undefined || r.max >= r.min, { message: 'max must not be below min' });

const salaryRange = z.strictObject({
  min: money,
  max: money.optional(),
  openEnded: z.boolean().optional().describe('true when the source says "and up" ("$200k+")'),
  currency: z.string().regex(/^[A-Z]{3}$/),
  place: place.optional(),
  source: sourceRef,
  asOf: text.optional(),
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
  note: text.optional(),
});

const facts = z.strictObject({
  medianSalary: sourcedList(moneyFigure).optional().describe('median salary; currency and place default to USD, United States'),
  averageSalary: sourcedList(moneyFigure).optional().describe('average salary; currency and place default to USD, United States'),
  salaryRange: sourcedList(salaryRange).optional(),
  salaryByIndustry: z.array(industrySalary).optional(),
  growth: sourcedList(growth).optional(),
  annualOpenings: sourcedList(figure).optional(),
  newJobs: sourcedList(figure).optional().describe('new jobs over the growth period'),
  topIndustries: z.strictObject({ items: z.array(text).min(1), source: sourceRef }).optional(),
  education: z.strictObject({ summary: text, source: sourceRef }).optional(),
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
  source: sourceRef,
});

const roleCertification = z.strictObject({
  certification: id.describe('id of an entry in certifications.yaml'),
  source: sourceRef,
  note: text.optional(),
});

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
  source: sourceRef,
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
    .optional(),
  certifications: z.array(id).optional(),
  source: sourceRef,
});

const entryTimeline = z.strictObject({
  years: range,
  summary: text,
  source: sourceRef,
});

const globalSalary = z.strictObject({
  country: text,
  place: text.optional().describe('a city or region when the source names one'),
  currency: z.string().regex(/^[A-Z]{3}$/),
  localMin: money.optional(),
  localMax: money.optional(),
  usdMin: money.optional(),
  usdMax: money.optional(),
  source: sourceRef,
  note: text.optional(),
});

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
        ctx.addIssue({ code: 'custom', path: ['ladder', 'levels', index, 'id'], message: `duplicate level id "${lvl.id}"` });
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
      ctx.addIssue({ code: 'custom', path: ['ladder', 'mainLevel'], message: `no level with id "${ladder.mainLevel}" in this ladder` });
    }
  });

export const sourceSchema = z.strictObject({
  id,
  publisher: text,
  title: text,
  covers: text.describe('what the document covers'),
  date: text.optional().describe('publication or update date, when the document gives one'),
  file: text.optional().describe('the source document this was read from'),
  kind: z.enum(['career-guide', 'job-description', 'salary-survey', 'government-statistics', 'assumption']).optional(),
});

export const certificationSchema = z.strictObject({
  id,
  name: text,
  issuer: text,
  level: z.enum(['entry', 'foundation', 'intermediate', 'advanced', 'expert']),
  summary: text,
  cost: salaryRange.omit({ openEnded: true, primary: true, why: true }).optional().describe('cost in the given currency'),
  studyWeeks: z
    .strictObject({ min: z.number().nonnegative(), max: z.number().nonnegative(), source: sourceRef, note: text.optional() })
    .optional(),
  skills: z
    .array(id)
    .optional()
    .describe('skill ids this certification builds: the tool\'s own mapping, used to suggest certifications for a skill gap'),
  source: sourceRef,
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
  years: z.strictObject({ min: years, typical: years, max: years }),
  // Always a source: for a move no document gives, our own estimate cites
  // `career-assumption` and says `assumption: true`.
  source: sourceRef,
  assumption: z.boolean().optional().describe('true when no source gives this move and the figure is ours'),
  note: text,
});

export const questionSchema = z
  .strictObject({
    id,
    skill: id,
    level: id,
    question: text,
    choices: z.array(text).min(2).max(6),
    answer: z.number().int('answer is a whole number').nonnegative('answer is the index of a choice, from 0').describe('index into choices of the correct answer'),
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
export type Quiz = z.infer<typeof quizFileSchema>;

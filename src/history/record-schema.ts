// The shape of one saved quiz result, checked with zod like the data files:
// a line that parses as JSON but lacks what `quiz history` shows (questions,
// role.title, skills[].name) is reported and skipped instead of breaking every
// later run. Unknown fields are allowed, so newer versions can add some. Its
// type is what HistoryRecord says (parse.ts returns it without a cast).
// Margins are optional: records from before the evidence model have none.
import { z } from 'zod';

const named = z.object({ id: z.string(), title: z.string() });
const score = z.number().finite();
const margin = z.number().finite().nonnegative().optional();

export const historyRecordSchema = z.looseObject({
  version: z.number().int().positive(),
  takenAt: z.string().refine((text) => !Number.isNaN(Date.parse(text)), 'is not a date and time'),
  role: named,
  target: named,
  // Not an enum: a newer version may add a mode, and nothing shown depends on it.
  mode: z.string(),
  overall: score,
  overallMargin: margin,
  questions: z.object({ correct: z.number().int().nonnegative(), asked: z.number().int().nonnegative() }),
  skills: z.array(z.object({ id: z.string(), name: z.string(), score, margin })),
});

// Limits on the years a user may give `career path` (--experience, --in-level,
// --horizon): finite, not negative, no more than a working life, and time in
// the current level no longer than the whole career.
import { UserError } from '../errors.js';

/** A working life; a longer career is a typo (or 1e308), not a person. */
export const MAX_CAREER_YEARS = 60;

function checkYears(flag: string, value: number | undefined): void {
  if (value === undefined) return;
  if (!Number.isFinite(value) || value < 0)
    throw new UserError(`${flag} takes a number of years from 0 to ${MAX_CAREER_YEARS}, not ${value}`);
  if (value > MAX_CAREER_YEARS) {
    throw new UserError(
      `${flag} ${value} is more than a working life; give a number of years from 0 to ${MAX_CAREER_YEARS}`,
    );
  }
}

/** Refuses years no person can have, with the flag that gave them. */
export function checkPathYears(options: { experience?: number; inLevel?: number; horizon?: number }): void {
  checkYears('--experience', options.experience);
  checkYears('--in-level', options.inLevel);
  checkYears('--horizon', options.horizon);
  if (options.experience !== undefined && options.inLevel !== undefined && options.inLevel > options.experience) {
    throw new UserError(
      `--in-level ${options.inLevel} is more than --experience ${options.experience}: the years in your current level are part of your experience`,
    );
  }
}

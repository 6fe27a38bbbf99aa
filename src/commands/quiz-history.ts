// PLACEHOLDER until its issue lands: replaced by the real command.
import { UserError } from '../errors.js';

export async function quizHistoryCommand(..._args: unknown[]): Promise<never> {
  throw new UserError('"quiz-history" is not implemented yet');
}

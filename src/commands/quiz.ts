// PLACEHOLDER until its issue lands: replaced by the real command.
import { UserError } from '../errors.js';

export async function quizCommand(..._args: unknown[]): Promise<never> {
  throw new UserError('"quiz" is not implemented yet');
}

// PLACEHOLDER until its issue lands: replaced by the real command.
import { UserError } from '../errors.js';

export async function completionCommand(..._args: unknown[]): Promise<never> {
  throw new UserError('"completion" is not implemented yet');
}

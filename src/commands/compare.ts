// PLACEHOLDER until its issue lands: replaced by the real command.
import { UserError } from '../errors.js';

export async function compareCommand(..._args: unknown[]): Promise<never> {
  throw new UserError('"compare" is not implemented yet');
}

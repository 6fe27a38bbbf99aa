// PLACEHOLDER until its issue lands: replaced by the real command.
import { UserError } from '../errors.js';

export async function pathCommand(..._args: unknown[]): Promise<never> {
  throw new UserError('"path" is not implemented yet');
}

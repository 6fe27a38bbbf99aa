// PLACEHOLDER until its issue lands: replaced by the real command.
import { UserError } from '../errors.js';

export async function dataInitCommand(..._args: unknown[]): Promise<never> {
  throw new UserError('"data-init" is not implemented yet');
}

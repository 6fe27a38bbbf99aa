/** Exit codes, documented in the README. */
export const ExitCode = {
  ok: 0,
  unexpected: 1,
  usage: 2,
  belowMinScore: 3,
  interrupted: 130,
} as const;

/**
 * A problem the user can fix (bad argument, unknown role, invalid data).
 * Thrown where it is found; the CLI entry prints the message as one line on
 * stderr, without a stack trace, and exits with `exitCode`.
 */
export class UserError extends Error {
  constructor(
    message: string,
    readonly exitCode: number = ExitCode.usage,
    /** Extra lines (e.g. every problem in a data directory), printed after the message. */
    readonly details: string[] = [],
  ) {
    super(message);
    this.name = 'UserError';
  }
}

/** Ctrl-C inside an inquirer prompt rejects with ExitPromptError (AbortPromptError when aborted by a signal). */
export const isPromptCancel = (error: unknown): boolean =>
  error instanceof Error && (error.name === 'ExitPromptError' || error.name === 'AbortPromptError');

// The real prompts, from @inquirer/prompts, loaded only when a quiz is taken
// interactively. They draw on the terminal the CLI entry hands over (stdin and
// stderr), so stdout keeps only the report.
import type { QuizPrompts } from './quiz-flow.js';

export interface Terminal {
  input: NodeJS.ReadableStream;
  output: NodeJS.WritableStream;
}

export async function loadInquirerPrompts(terminal: Terminal): Promise<QuizPrompts> {
  const { number, select, checkbox } = await import('@inquirer/prompts');
  const context = { input: terminal.input, output: terminal.output, clearPromptOnDone: false };
  return {
    number: (config) => number({ ...config, step: 'any', required: true }, context),
    select: (config) => select({ ...config, pageSize: Math.max(7, config.choices.length), loop: false }, context),
    checkbox: (config) => checkbox({ ...config, pageSize: 10, loop: false }, context),
  };
}

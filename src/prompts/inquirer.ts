// The real prompts, from @inquirer/prompts, loaded only when a quiz is taken
// interactively. They draw on the terminal the CLI entry hands over (stdin and
// stderr), so stdout keeps only the report.
import type { QuizPrompts } from './quiz-flow.js';

export interface Terminal {
  input: NodeJS.ReadableStream;
  output: NodeJS.WritableStream;
}

type InquirerPrompts = Pick<typeof import('@inquirer/prompts'), 'number' | 'select' | 'checkbox'>;
type Context = NonNullable<Parameters<InquirerPrompts['select']>[1]>;

const lineCount = (choices: readonly { name: string }[]) =>
  choices.reduce((sum, choice) => sum + choice.name.split('\n').length, 0);

/** The quiz's prompt interface over inquirer's prompts (real ones, or ones wrapped by @inquirer/testing). */
export function adaptInquirer({ number, select, checkbox }: InquirerPrompts, context: Context): QuizPrompts {
  return {
    number: (config) => number({ ...config, step: 'any', required: true }, context),
    // Every choice in view at once; a page counts lines, and a wrapped choice has several.
    select: (config) => select({ ...config, pageSize: Math.max(7, lineCount(config.choices)), loop: false }, context),
    checkbox: (config) => checkbox({ ...config, pageSize: 10, loop: false }, context),
  };
}

export async function loadInquirerPrompts(terminal: Terminal): Promise<QuizPrompts> {
  return adaptInquirer(await import('@inquirer/prompts'), {
    input: terminal.input,
    output: terminal.output,
    clearPromptOnDone: false,
  });
}

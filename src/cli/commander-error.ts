// Commander's own errors ("error: unknown command 'shwo'" on one line, "(Did
// you mean show?)" on the next) in the form of every other error of career:
// one line on stderr starting "career:", with the suggestion and a pointer to
// the help on the same line.

/** `message` as commander writes it (possibly several lines) as one line ending in a newline. */
export function oneLineCommanderError(message: string, helpCommand = 'career --help'): string {
  const lines = message
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');
  const [first = 'invalid command line', ...rest] = lines;
  const what = first.replace(/^error:\s*/i, '').replace(/\.$/, '');
  const hints = rest.map((line) => line.replace(/^\((.*)\)$/, '$1').replace(/^Did you mean/, 'did you mean'));
  const hint = hints.length > 0 ? ` (${hints.join('; ')})` : '';
  return `career: ${what}${hint}; run "${helpCommand}" for usage\n`;
}

/**
 * Colour on or off, following clig.dev: `--no-color` and `NO_COLOR` turn it
 * off, `FORCE_COLOR` turns it on, otherwise only when stdout is a terminal.
 * (chalk alone does not honour NO_COLOR.)
 */
export function colorChoice(input: {
  flag?: boolean;
  env: Readonly<Record<string, string | undefined>>;
  isTTY: boolean;
}): boolean {
  if (input.flag === false) return false;
  if (input.env.NO_COLOR) return false;
  const force = input.env.FORCE_COLOR;
  if (force !== undefined && force !== '' && force !== '0' && force !== 'false') return true;
  return input.isTTY && input.env.TERM !== 'dumb';
}

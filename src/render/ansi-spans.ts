// Which ANSI SGR attributes are open at a point of a string, so that text cut
// into lines can close them at the end of each line and reopen them at the
// start of the next: a coloured span that wraps inside a table cell must not
// colour the padding and the border after it.

/** One open attribute: the sequence that opened it and the parameter that closes it. */
export interface OpenAttribute {
  open: string;
  close: number;
}

export const SGR = /\u001b\[([0-9;]*)m/g;

/** The parameter that ends an opening parameter (bold and dim share 22, every foreground colour 39...). */
function closingParameter(parameter: number): number | undefined {
  if (parameter === 1 || parameter === 2) return 22;
  if (parameter >= 3 && parameter <= 9) return parameter === 6 ? 25 : parameter + 20;
  if ((parameter >= 30 && parameter <= 38) || (parameter >= 90 && parameter <= 97)) return 39;
  if ((parameter >= 40 && parameter <= 48) || (parameter >= 100 && parameter <= 107)) return 49;
  if (parameter === 53) return 55;
  return undefined;
}

const CLOSING = new Set([22, 23, 24, 25, 27, 28, 29, 39, 49, 55]);

/** Applies the parameters of one SGR sequence (`"1"`, `"22"`, `"38;5;208"`, `""`) to `open`, in place. */
export function applySgr(open: OpenAttribute[], parameters: string): void {
  const numbers = parameters === '' ? [0] : parameters.split(';').map(Number);
  for (let i = 0; i < numbers.length; i++) {
    const parameter = numbers[i]!;
    if (parameter === 0) {
      open.length = 0;
    } else if (CLOSING.has(parameter)) {
      for (let j = open.length - 1; j >= 0; j--) if (open[j]!.close === parameter) open.splice(j, 1);
    } else {
      const close = closingParameter(parameter);
      if (close === undefined) continue;
      // 38;5;n and 38;2;r;g;b (and 48;...) carry their colour in the parameters that follow.
      const extra =
        parameter === 38 || parameter === 48 ? (numbers[i + 1] === 5 ? 2 : numbers[i + 1] === 2 ? 4 : 0) : 0;
      open.push({ open: `\u001b[${numbers.slice(i, i + 1 + extra).join(';')}m`, close });
      i += extra;
    }
  }
}

/** Reopens the attributes, in the order they were opened. */
export const reopen = (open: readonly OpenAttribute[]): string =>
  open.length === 0 ? '' : open.map((a) => a.open).join('');

/** Closes the attributes, innermost first, each closing parameter once. */
export function closeAll(open: readonly OpenAttribute[]): string {
  // Called for every line of every wrapped cell, and most have nothing open: no Set for those.
  if (open.length === 0) return '';
  let text = '';
  const closed = new Set<number>();
  for (let i = open.length - 1; i >= 0; i--) {
    const close = open[i]!.close;
    if (!closed.has(close)) text += `\u001b[${close}m`;
    closed.add(close);
  }
  return text;
}

/** Applies every SGR sequence in `text` to `open`, in place. */
export function applyAll(open: OpenAttribute[], text: string): void {
  if (!text.includes('\u001b')) return;
  for (const match of text.matchAll(SGR)) applySgr(open, match[1]!);
}

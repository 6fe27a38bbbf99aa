// Colour is decided once, in the CLI entry (TTY, NO_COLOR, --no-color,
// FORCE_COLOR); renderers only ask the Style to mark text. With colour off every
// function returns its input, so output stays readable as plain text.
import { SGR } from './ansi-spans.js';

export interface Style {
  enabled: boolean;
  bold(text: string): string;
  dim(text: string): string;
  heading(text: string): string;
  good(text: string): string;
  bad(text: string): string;
  warn(text: string): string;
  accent(text: string): string;
  /** Colour for the n-th series of a chart. */
  series(n: number, text: string): string;
}

const identity = (text: string) => text;

export const plainStyle: Style = {
  enabled: false,
  bold: identity,
  dim: identity,
  heading: identity,
  good: identity,
  bad: identity,
  warn: identity,
  accent: identity,
  series: (_n, text) => text,
};

/** chalk is loaded only when colour is on. */
export async function createStyle(enabled: boolean): Promise<Style> {
  if (!enabled) return plainStyle;
  const { Chalk } = await import('chalk');
  const c = new Chalk({ level: 1 });
  const palette = [c.cyan, c.magenta, c.yellow, c.green];
  return {
    enabled: true,
    bold: (t) => c.bold(t),
    dim: (t) => c.dim(t),
    heading: (t) => c.bold.underline(t),
    good: (t) => c.green(t),
    bad: (t) => c.red(t),
    warn: (t) => c.yellow(t),
    accent: (t) => c.cyan(t),
    series: (n, t) => palette[n % palette.length]!(t),
  };
}

export const stripAnsi = (text: string) => text.replace(SGR, '');

const NEEDS_COUNTING = /[\u001b\ud800-\udfff]/;
/** Printed width: code points without ANSI codes (our text is single-width). Plain text is its length. */
export function visibleWidth(text: string): number {
  if (!NEEDS_COUNTING.test(text)) return text.length;
  let width = 0;
  for (const _ of stripAnsi(text)) width++;
  return width;
}

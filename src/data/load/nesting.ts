// Nesting a data file never needs, refused before a parser sees it. Both YAML
// parsers recurse once per level and run out of stack at about 1,000 levels
// here (`[[[[…`, `- - - …`, 1,000 indented keys); that was caught and
// reported, but V8 may need to compile a regular expression while the stack
// is all but used up, and then the process dies ("RegExpCompiler Allocation
// failed") instead of throwing: 20,000 × "- " after 20,000 × "[" did it.

/** Far more levels than any role, catalog or answers file uses, far fewer than the parsers can take. */
export const MAX_NESTING = 200;

/**
 * Where the text first nests deeper than MAX_NESTING, as an offset, or -1. It
 * counts an upper bound, in one pass: each line's indentation and the compact
 * `- `, `? ` and `: ` indicators that start it, plus the flow collections
 * (`[`, `{`) open at that point. A bracket opens one where a node can start
 * (at the start of a line or after an indicator), or anywhere inside another
 * one; brackets in strings there only raise the bound.
 */
export function tooDeepAt(text: string): number {
  let flow = 0;
  let block = 0;
  let indenting = true;
  let nodeStart = true;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const kind = c < 128 ? KIND[c]! : OTHER;
    // Most characters are text: one lookup and one test each (about 6 ms a MB here, a tenth of js-yaml's parse).
    if (kind === OTHER) {
      nodeStart = indenting = false;
    } else if (kind === SPACE) {
      if (indenting) block++;
    } else if (kind === NEWLINE) {
      block = 0;
      nodeStart = indenting = true;
    } else {
      indenting = false;
      const next = text.charCodeAt(i + 1); // NaN at the end
      if (kind === INDICATOR && (next === 32 || next === 10 || next !== next)) {
        if (flow === 0 && nodeStart) block++;
        nodeStart = true;
      } else if (kind === OPEN && (flow > 0 || nodeStart)) {
        flow++;
      } else if (kind === CLOSE && flow > 0) {
        flow--;
      } else {
        nodeStart = false;
      }
      if (block + flow > MAX_NESTING) return i;
    }
    if (block > MAX_NESTING) return i + 1;
  }
  return -1;
}

const [OTHER, SPACE, NEWLINE, INDICATOR, OPEN, CLOSE] = [0, 1, 2, 3, 4, 5];
const KIND = new Uint8Array(128);
KIND[32] = SPACE;
KIND[10] = NEWLINE;
for (const c of '-?:') KIND[c.charCodeAt(0)] = INDICATOR;
for (const c of '[{') KIND[c.charCodeAt(0)] = OPEN;
for (const c of ']}') KIND[c.charCodeAt(0)] = CLOSE;

// The one place text is made safe for a terminal. Titles, aliases, scope
// texts, saved history and file names come from files anyone can edit; an
// ESC in them could retitle the window, clear the screen, move the cursor or
// write to the clipboard (OSC 52). Every text write to stdout and stderr goes
// through here (see cli.ts), so renderers need not remember to.
//
// Kept: newline and tab; with colour on, SGR colour codes (ESC [ digits m),
// which is all our styles emit; on stderr, the progress bar's redraw at the
// start of a write (\r, then ESC [2K). Everything else in C0, DEL and C1, and
// the bidirectional overrides that reorder what is shown, becomes "?" (one
// character for one, so table columns keep their width). JSON is not touched:
// JSON.stringify escapes C0 itself, and renderJson escapes DEL and C1, so the
// values a JSON reader gets stay exact.

const UNSAFE = /\u001b\[[0-9;]*m|[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
const MAYBE_UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/;
const REDRAW = /^\r(?:\u001b\[2K)?/;

export interface TerminalSafeOptions {
  /** Colour is on: our own SGR codes are in the text and must stay. */
  keepColour: boolean;
  /** stderr only: a leading carriage return (and line clear) redraws the progress bar. */
  keepRedraw?: boolean;
}

export function terminalSafe(text: string, options: TerminalSafeOptions): string {
  if (!MAYBE_UNSAFE.test(text)) return text;
  const redraw = options.keepRedraw ? (REDRAW.exec(text)?.[0] ?? '') : '';
  const rest = text.slice(redraw.length);
  return (
    redraw +
    rest.replace(UNSAFE, (match) => (match.length === 1 ? '?' : options.keepColour ? match : `?${match.slice(1)}`))
  );
}

/**
 * For JSON text: DEL, C1 and the bidirectional controls as \u escapes
 * (JSON.stringify leaves them raw), so the filter above finds nothing to
 * change and a JSON reader gets the same value.
 */
export function escapeJsonControls(json: string): string {
  return json.replace(
    /[\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g,
    (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

/**
 * Alphabetical order for names shown to users: case-insensitive, then exact.
 * Not String#localeCompare: its first call loads ICU collation data, about
 * 15 ms, most of a command's start-up budget. Names here are plain English.
 */
export function compareText(a: string, b: string): number {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  if (x !== y) return x < y ? -1 : 1;
  return a < b ? -1 : a > b ? 1 : 0;
}

// The form in which a typed name is compared with the names in the data when
// no name matches as typed: case, punctuation and common abbreviations
// ("VP", "Dir.", "Sr.", "Mgr", "Ops", "IT" for "Information Technology")
// do not count. "VP of IT", "Vice President of Information Technology" and
// "VP of Information Technology" all read as "vp of it".

/** Whole phrases first, so "information technology" becomes "it" before single words are read. */
const PHRASES: readonly (readonly [RegExp, string])[] = [
  [/\binformation technology\b/g, 'it'],
  [/\bvice president\b/g, 'vp'],
  [/\bv p\b/g, 'vp'],
];

/** One word read as another: the abbreviation people type for a word in a title. */
const WORDS: ReadonlyMap<string, string> = new Map([
  ['dir', 'director'],
  ['sr', 'senior'],
  ['snr', 'senior'],
  ['jr', 'junior'],
  ['mgr', 'manager'],
  ['mngr', 'manager'],
  ['mgmt', 'management'],
  ['ops', 'operations'],
  ['asst', 'assistant'],
  ['admin', 'administrator'],
  ['sysadmin', 'systems administrator'],
  ['&', 'and'],
]);

/** `name` in the comparison form: lower case, words only, abbreviations spelled out; '' for text that is no name. */
export function canonicalName(name: string): string {
  // Control characters are no spelling of a name; very long text is none either.
  if (/[\u0000-\u001f\u007f]/.test(name) || name.length > 200) return '';
  let text = name
    .toLowerCase()
    .replace(/&/g, ' & ')
    .replace(/[^\p{L}\p{N}&]+/gu, ' ')
    .trim();
  for (const [pattern, replacement] of PHRASES) text = text.replace(pattern, replacement);
  return text
    .split(' ')
    .filter((word) => word !== '')
    .map((word) => WORDS.get(word) ?? word)
    .join(' ');
}

/**
 * The forms a name in the data may be typed in: the name itself and, for a
 * title with a parenthesised short form ("Chief Information Officer (CIO)"),
 * the title without it.
 */
export function canonicalForms(name: string): string[] {
  const forms = [canonicalName(name)];
  const withoutShortForm = name.replace(/\s*\([^)]*\)\s*/g, ' ').trim();
  if (withoutShortForm !== name && withoutShortForm !== '') forms.push(canonicalName(withoutShortForm));
  return forms;
}

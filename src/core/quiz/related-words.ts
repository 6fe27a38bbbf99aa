// Does a piece of text (a focus area, a certification summary) talk about a
// skill? The data links skills to levels but not to certifications or focus
// areas, so the gap advice matches on the words of the skill's name.

// Words too general to tie a text to one skill.
const STOP_WORDS = new Set(['management', 'manager', 'managing', 'operations', 'business', 'planning', 'making', 'team', 'with', 'the', 'for']);
// Idioms whose words would match the wrong skill ("vendor-neutral" is not about vendor management).
const IDIOMS = /\bvendor-(neutral|specific)\b/g;

export function words(text: string): string[] {
  return text
    .toLowerCase()
    .replace(IDIOMS, ' ')
    .split(/[^a-z0-9+]+/)
    .filter((word) => word.length >= 4 && !STOP_WORDS.has(word));
}

function commonPrefix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}

/** "network" ~ "networking", "strategic" ~ "strategy", "security" ~ "cybersecurity". */
export function sameWord(a: string, b: string): boolean {
  if (a === b) return true;
  if (commonPrefix(a, b) >= 7) return true;
  const [shorter, longer] = a.length <= b.length ? [a, b] : [b, a];
  return shorter.length >= 6 && longer.includes(shorter);
}

/** A matcher for texts about the skill with this name. */
export function aboutSkill(skillName: string): (text: string) => boolean {
  const keys = words(skillName);
  return (text) => {
    const found = words(text);
    return keys.some((key) => found.some((word) => sameWord(key, word)));
  };
}

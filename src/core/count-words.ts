/** "1 year", "2 years", "1.5 years": a count with its noun in the right number. */
export function countOf(count: number, word: string, many = `${word}s`): string {
  return `${count} ${count === 1 ? word : many}`;
}

/** "From a related IT role" inside a sentence: only the first letter lowered, so "IT" stays "IT". */
export const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);

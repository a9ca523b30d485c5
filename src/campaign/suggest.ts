/** "Did you mean" suggestions for misspelt keys, ids and names. */
import { LOCALE_ALIASES } from './locales.js';

/** Levenshtein distance between two strings. */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length];
}

/**
 * The candidate nearest to `wanted`, when it is near enough to be a likely typo; for another name of a
 * language (`cn`, `spa`, `French`), that language's code.
 */
export function closest(wanted: string, candidates: Iterable<string>): string | undefined {
  const list = [...candidates];
  const language = LOCALE_ALIASES[wanted.toLowerCase()];
  if (language && list.includes(language)) return language;
  let best: string | undefined;
  let bestDistance = Math.max(2, Math.floor(wanted.length / 3)) + 1;
  for (const candidate of list) {
    // A regional variant of a known code ("fr-FR" for "fr") is one too.
    if (/^[a-z]{2,3}$/.test(candidate) && new RegExp(`^${candidate}[-_]`, 'i').test(wanted)) return candidate;
    const distance = editDistance(wanted.toLowerCase(), candidate.toLowerCase());
    if (distance < bestDistance) [best, bestDistance] = [candidate, distance];
  }
  return best;
}

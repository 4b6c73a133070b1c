import type { ClaimNode } from '../ingest/types';
import { lexicon } from './lexicon';

export type Qualifier = ClaimNode['qualifier'];

/**
 * The qualifier of a figure from the words just before it ("over 1,200", "about 24", "at least 35"). CoreNLP's
 * normalized value carries a qualifier too, but it reads ">=4.0" for "Four other hostages"; the article's own
 * words decide here, and a figure with none is exact.
 */
export function qualifierBefore(preceding: string): { qualifier: Qualifier; words: string } {
  const tail = preceding.toLowerCase();
  // Object.entries widens the keys to string; the lexicon's keys are the qualifiers.
  const entries = Object.entries(lexicon.qualifiers) as [Exclude<Qualifier, 'exactly' | 'half'>, string[]][];
  // Longest phrases first, so "at least" is not read as some shorter phrase ending the same way.
  const phrases = entries
    .flatMap(([qualifier, list]) => list.map((phrase) => ({ qualifier, phrase })))
    .sort((a, b) => b.phrase.length - a.phrase.length);
  for (const { qualifier, phrase } of phrases) {
    if (new RegExp(`(^|[^a-z])${phrase.replace(/ /g, '\\s+')}\\s+$`).test(tail)) {
      const match = new RegExp(`${phrase.replace(/ /g, '\\s+')}\\s+$`).exec(tail)!;
      return { qualifier, words: preceding.slice(match.index) };
    }
  }
  return { qualifier: 'exactly', words: '' };
}

/** The number in CoreNLP's normalized value (">1200.0", "~24.0", "4.0"), or undefined when it holds none. */
export function normalizedNumber(normalized: string | undefined): number | undefined {
  const match = /^[<>=~]*(-?\d+(?:\.\d+)?)$/.exec(normalized ?? '');
  return match ? Number(match[1]) : undefined;
}

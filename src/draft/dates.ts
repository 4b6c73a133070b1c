import type { FuzzyDate } from '../ingest/types';
import type { Period } from './lexicon';

/**
 * A fuzzy date from SUTime's value for a DATE mention, or undefined when the value is no calendar date.
 * Relative words ("now", "current", "future", "last week" without a publication date) come back as
 * PRESENT_REF, FUTURE_REF or partial values such as "XXXX-03": those never become a date.
 * A value resolved only through the document date counts only when the article gave one (`anchored`).
 */
export function fuzzyDateOf(text: string, value: string | undefined, anchored: boolean): FuzzyDate | undefined {
  if (value === undefined) return undefined;
  const explicitYear = /\b\d{4}\b/.test(text);
  if (!explicitYear && !anchored) return undefined;
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return { text, precision: 'day', value };
  if (/^\d{4}-\d{2}$/.test(value)) return { text, precision: 'month', value };
  if (/^\d{4}$/.test(value)) return { text, precision: 'year', value };
  return undefined;
}

/** The date of something the article gives no date for: "recent" when it says so, and never a value. */
export function undated(recent: boolean): FuzzyDate {
  return recent ? { text: 'recent', precision: 'unknown' } : { text: null, precision: 'unknown' };
}

/**
 * A range from a named period the words mention ("during Trump’s first term"), with the basis of its bounds;
 * undefined when they name none.
 */
export function periodDate(words: string, periods: readonly Period[]): FuzzyDate | undefined {
  for (const period of periods) {
    const match = new RegExp(period.pattern, 'i').exec(words);
    if (match) return { text: match[0], precision: 'range', earliest: period.earliest, latest: period.latest, basis: period.basis };
  }
  return undefined;
}

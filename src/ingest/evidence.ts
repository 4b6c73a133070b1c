import { describeValue } from './issues';
import type { EvidenceItem } from './types';

/** A quote found in the article: its text and its offsets in Unicode code points, end exclusive. */
export interface Passage {
  quote: string;
  start: number;
  end: number;
}

/** A problem with one field of an entry, e.g. `evidence[2]`. */
export interface FieldProblem {
  field: string;
  reason: string;
}

/** Straight quotes and apostrophes, three dots, single spaces: used only to hint why a quote was not found. */
function loosely(text: string): string {
  return text
    .replace(/[‘’ʼ′]/g, "'")
    .replace(/[“”″]/g, '"')
    .replace(/…/g, '...')
    .replace(/[‐‑‒–—]/g, '-')
    .replace(/\s+/g, ' ');
}

/**
 * The article text, searched by quote. Offsets are Unicode code points (what Python, Java's codePoint* and
 * most annotation tools count), not JavaScript's UTF-16 units: the two differ after any character outside
 * the Basic Multilingual Plane, such as an emoji.
 */
export class ArticleText {
  /** UTF-16 index -> code point index; only built when the text has surrogate pairs. */
  private readonly codePointAt: Int32Array | undefined;
  private readonly found = new Map<string, number[]>();
  private loose: string | undefined;

  constructor(readonly text: string) {
    if (/[\uD800-\uDFFF]/.test(text)) {
      this.codePointAt = new Int32Array(text.length + 1);
      let unit = 0;
      let point = 0;
      // for...of walks code points: a surrogate pair is one character of length 2.
      for (const character of text) {
        this.codePointAt.fill(point, unit, unit + character.length);
        unit += character.length;
        point += 1;
      }
      this.codePointAt[unit] = point;
    }
  }

  private toCodePoint(unit: number): number {
    return this.codePointAt?.[unit] ?? unit;
  }

  /** Every place `quote` starts, overlapping ones included, as passages with code-point offsets. */
  occurrences(quote: string): Passage[] {
    let units = this.found.get(quote);
    if (!units) {
      units = [];
      for (let at = this.text.indexOf(quote); at !== -1; at = this.text.indexOf(quote, at + 1)) units.push(at);
      this.found.set(quote, units);
    }
    return units.map((unit) => ({ quote, start: this.toCodePoint(unit), end: this.toCodePoint(unit + quote.length) }));
  }

  /** True when `quote` would be found if quotation marks, apostrophes, dashes, ellipses and spacing were ignored. */
  nearlyContains(quote: string): boolean {
    this.loose ??= loosely(this.text);
    return this.loose.includes(loosely(quote));
  }
}

function shown(quote: string): string {
  return describeValue(quote, 60);
}

function notFound(text: ArticleText, quote: string): string {
  return text.nearlyContains(quote)
    ? `${shown(quote)} does not occur in the article text; it would with other quotation marks, apostrophes, dashes, ellipses or spacing: copy the passage verbatim`
    : `${shown(quote)} does not occur in the article text`;
}

function times(count: number): string {
  return count === 1 ? 'once' : `${count} times`;
}

/** Finds one evidence item in the text: a plain string must occur exactly once, {quote, occurrence} must exist. */
export function locateEvidence(text: ArticleText, item: EvidenceItem): Passage | string {
  const quote = typeof item === 'string' ? item : item.quote;
  const found = text.occurrences(quote);
  const [first] = found;
  if (first === undefined) return notFound(text, quote);
  if (typeof item === 'string') {
    if (found.length === 1) return first;
    const offsets = found.map((passage) => passage.start).join(', ');
    return `${shown(quote)} occurs ${found.length} times, at offsets ${offsets}; give the one meant as {"quote": ..., "occurrence": n} (n from 1 to ${found.length})`;
  }
  const passage = found[item.occurrence - 1];
  return passage ?? `occurrence ${item.occurrence} of ${shown(quote)} was asked for, but it occurs ${times(found.length)}`;
}

/** Resolves every evidence item of an entry; the same passage listed twice is refused as a likely slip. */
export function resolveEvidence(text: ArticleText, items: readonly EvidenceItem[]): { passages: Passage[]; problems: FieldProblem[] } {
  const passages: Passage[] = [];
  const problems: FieldProblem[] = [];
  const seen = new Map<string, number>();
  items.forEach((item, index) => {
    const located = locateEvidence(text, item);
    if (typeof located === 'string') {
      problems.push({ field: `evidence[${index}]`, reason: located });
      return;
    }
    const key = `${located.start}-${located.end}`;
    const first = seen.get(key);
    if (first !== undefined) {
      problems.push({ field: `evidence[${index}]`, reason: `the same passage as evidence[${first}]` });
      return;
    }
    seen.set(key, index);
    passages.push(located);
  });
  return { passages, problems };
}

/**
 * Where a Statement's verbatim quote stands: inside the first of its evidence passages that contains it,
 * else at its first occurrence in the text. Returns the reason when the quote is not in the text at all.
 */
export function locateQuote(text: ArticleText, quote: string, passages: readonly Passage[]): Passage | string {
  const found = text.occurrences(quote);
  const [first] = found;
  if (first === undefined) return notFound(text, quote);
  for (const passage of passages) {
    const inside = found.find((candidate) => candidate.start >= passage.start && candidate.end <= passage.end);
    if (inside) return inside;
  }
  return first;
}

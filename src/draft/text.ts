import type { EvidenceItem } from '../ingest/types';
import { lexicon } from './lexicon';

/** A stretch of the article text: [begin, end) in JavaScript string indices. */
export interface Span {
  begin: number;
  end: number;
}

/**
 * The evidence item for a span, in the loader's format: the exact text, with its occurrence when that text
 * stands more than once in the article. Computed from offsets, never retyped.
 */
export function evidenceItem(text: string, span: Span): EvidenceItem {
  const quote = text.slice(span.begin, span.end);
  let occurrence = 0;
  let total = 0;
  for (let at = text.indexOf(quote); at !== -1; at = text.indexOf(quote, at + 1)) {
    total += 1;
    if (at <= span.begin) occurrence = total;
  }
  return total === 1 ? quote : { quote, occurrence };
}

/** Widens a span too short for the loader (quotes of 3+ characters) to the whole word around it. */
export function widen(text: string, span: Span): Span {
  if (span.end - span.begin >= 3) return span;
  let { begin, end } = span;
  while (end - begin < 3 && end < text.length) end += 1;
  while (end - begin < 3 && begin > 0) begin -= 1;
  return { begin, end };
}

/** A line of the article, and whether it reads as a heading (short, no sentence punctuation). */
export interface Line extends Span {
  heading: boolean;
}

function lines(text: string): Line[] {
  const result: Line[] = [];
  let begin = 0;
  for (const line of text.split('\n')) {
    const words = line.trim().split(/\s+/).filter(Boolean);
    const heading = words.length > 0 && words.length <= 8 && /^[A-Z]/.test(line.trim()) && !/[.!?:|"”]$/.test(line.trim());
    result.push({ begin, end: begin + line.length, heading });
    begin += line.length + 1;
  }
  return result;
}

/**
 * Spans of the text that are no report of what happened: the title line, headings, questions of a FAQ, and
 * every section whose heading speculates ("Potential Future Trends") up to the next heading.
 */
export function nonFactualSpans(text: string): { speculative: Span[]; headings: Span[] } {
  const all = lines(text);
  const speculative: Span[] = [];
  const headings: Span[] = [];
  let open: Span | undefined;
  all.forEach((line, index) => {
    const words = text.slice(line.begin, line.end);
    if (index === 0 || line.heading || /^\s*Q:/.test(words)) headings.push(line);
    if (!line.heading) return;
    if (open) {
      open.end = line.begin;
      speculative.push(open);
      open = undefined;
    }
    if (lexicon.speculativeHeadings.test(words)) open = { begin: line.begin, end: text.length };
  });
  if (open) speculative.push(open);
  return { speculative, headings };
}

/** True when the words speculate ("could pave the way", "a potential shift"): such a sentence reports nothing that happened. */
export function speculates(words: readonly string[]): boolean {
  return words.some((word) => lexicon.speculationWords.includes(word.toLowerCase()));
}

export function within(span: Span, spans: readonly Span[]): boolean {
  return spans.some((outer) => span.begin >= outer.begin && span.end <= outer.end);
}

/** Quoted passages: straight or curly double quotes, on one line. */
export function quotations(text: string): Span[] {
  const result: Span[] = [];
  for (const match of text.matchAll(/["“]([^"“”\n]{2,}?)["”]/g)) {
    const begin = match.index + 1;
    let end = begin + match[1]!.length;
    // A closing comma or full stop typed inside the quotes belongs to the sentence, not to the words quoted.
    while (end > begin && /[,;]/.test(text[end - 1]!)) end -= 1;
    result.push({ begin, end });
  }
  return result;
}

/**
 * A readable, id-safe slug: "Israeli Prime Minister’s office" -> "israeli-prime-ministers-office"; at most 80
 * characters, cut at a hyphen, so prefixed ids stay inside the id grammar's 120.
 */
export function slug(name: string): string {
  const cleaned = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  const short =
    cleaned.length <= 80
      ? cleaned
      : cleaned
          .slice(0, 81)
          .replace(/-[^-]*$/, '')
          .slice(0, 80);
  return short || 'unnamed';
}

import type { StatementNode } from '../ingest/types';
import type { DraftBuilder } from './builder';
import type { AnnotatedDocument, TokenRef } from './document';
import type { EntityIndex } from './entities';
import { lexicon } from './lexicon';
import { slug, within, type Span } from './text';

const pronouns = new Set(['he', 'she', 'him', 'her', 'his']);

/**
 * Statements from quotations, one per distinct quoted text (the summary table repeating a quote adds evidence).
 * The speaker, by these rules in order: the subject of a speech verb after the quote in its sentence
 * ('"...," she said'); else the subject of the sentence's main verb when that verb stands outside the quote
 * ("Trump ... took to his platform to issue a 'last warning'"); "he"/"she" are the named person mentioned
 * last before. The medium is the platform or setting the sentence names.
 */
export function draftStatements(
  doc: AnnotatedDocument,
  entities: EntityIndex,
  draft: DraftBuilder,
  quotes: Span[],
  headings: Span[],
): void {
  const byQuote = new Map<string, string>();
  for (const quote of quotes) {
    if (within(quote, headings)) continue;
    const words = doc.text.slice(quote.begin, quote.end);
    const s = doc.sentenceAt(quote.begin);
    const known = byQuote.get(words);
    const id = known ?? `statement:${slug(words.split(/\s+/).slice(0, 6).join(' '))}`;
    byQuote.set(words, id);
    const sentence = s >= 0 ? doc.sentences[s]! : undefined;
    const sentenceText = s >= 0 ? doc.text.slice(doc.sentenceSpan(s).begin, doc.sentenceSpan(s).end) : words;
    draft.node({ id, type: 'Statement', quote: words, medium: mediumOf(sentenceText), paraphrase: false }, quote, 0.8);
    if (known || !sentence) continue;
    const speaker = speakerOf(doc, entities, s, quote);
    if (speaker) draft.relation({ type: 'STATED', from: speaker, to: id }, doc.sentenceSpan(s), 0.6);
  }
}

/**
 * Reported speech without quotation marks: "Hamas said it was studying the plan", "a Hamas official noted that
 * the step itself is promising". A speech verb whose subject is an actor and whose complement clause holds no
 * quotation gives a paraphrase: the clause, without "that", is the statement's quote.
 */
export function draftParaphrases(
  doc: AnnotatedDocument,
  entities: EntityIndex,
  draft: DraftBuilder,
  quotes: Span[],
  excluded: Span[],
): void {
  doc.sentences.forEach((sentence, s) => {
    for (const token of sentence.tokens) {
      if (!token.pos.startsWith('VB') || !lexicon.speechVerbs.includes(token.lemma.toLowerCase())) continue;
      const verb = { sentence: s, index: token.index };
      const clause = doc.dependents(verb, 'ccomp')[0];
      if (!clause) continue;
      const { span } = doc.subtree(clause);
      if (quotes.some((quote) => quote.begin < span.end && quote.end > span.begin) || within(span, excluded)) continue;
      const speaker = doc
        .dependents(verb, 'nsubj')
        .map((subject) => actorOf(doc, entities, subject))
        .find((actor) => actor !== undefined);
      if (!speaker) continue;
      const marker = doc.dependents(clause, 'mark').find((mark) => doc.token(mark).lemma.toLowerCase() === 'that');
      const begin = marker ? doc.sentences[s]!.tokens[marker.index]!.characterOffsetBegin : span.begin;
      const quoteSpan = { begin, end: span.end };
      const words = doc.text.slice(quoteSpan.begin, quoteSpan.end);
      const id = `statement:${slug(words.split(/\s+/).slice(0, 6).join(' '))}`;
      const sentenceSpan = doc.sentenceSpan(s);
      draft.node(
        { id, type: 'Statement', quote: words, medium: mediumOf(doc.text.slice(sentenceSpan.begin, sentenceSpan.end)), paraphrase: true },
        quoteSpan,
        0.5,
      );
      draft.relation({ type: 'STATED', from: speaker, to: id }, sentenceSpan, 0.5);
    }
  });
}

/** The actor a subject names: a drafted entity, or for "he"/"she" the named person mentioned last before. */
function actorOf(doc: AnnotatedDocument, entities: EntityIndex, ref: TokenRef): string | undefined {
  const token = doc.token(ref);
  if (pronouns.has(token.word.toLowerCase())) return entities.personBefore(token.characterOffsetBegin);
  const ids = [...entities.at(ref), ...doc.dependents(ref, 'compound').flatMap((dep) => entities.at(dep))];
  return ids.find((id) => !id.startsWith('place:'));
}

function mediumOf(sentence: string): StatementNode['medium'] {
  if (sentence.includes('Truth Social')) return 'Truth Social';
  if (/press (briefing|conference)/i.test(sentence)) return 'press briefing';
  if (/told reporters|to reporters/i.test(sentence)) return 'remarks to reporters';
  if (/\bstatement\b/i.test(sentence)) return 'official statement';
  return 'unspecified';
}

function speakerOf(doc: AnnotatedDocument, entities: EntityIndex, s: number, quote: Span): string | undefined {
  const tokens = doc.sentences[s]!.tokens;
  const outside = (ref: TokenRef) => {
    const span = doc.span(ref);
    return span.end <= quote.begin || span.begin >= quote.end;
  };
  for (const token of tokens) {
    const ref = { sentence: s, index: token.index };
    if (token.characterOffsetBegin < quote.end || !lexicon.speechVerbs.includes(token.lemma.toLowerCase())) continue;
    for (const subject of doc.dependents(ref, 'nsubj')) {
      const actor = actorOf(doc, entities, subject);
      if (actor) return actor;
    }
  }
  const root = doc.sentences[s]!.basicDependencies.find((dep) => dep.dep === 'ROOT');
  if (root && outside({ sentence: s, index: root.dependent })) {
    for (const subject of doc.dependents({ sentence: s, index: root.dependent }, 'nsubj')) {
      const actor = actorOf(doc, entities, subject);
      if (actor) return actor;
    }
  }
  return undefined;
}

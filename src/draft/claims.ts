import type { DraftBuilder } from './builder';
import type { AnnotatedDocument, TokenRef } from './document';
import type { EntityIndex } from './entities';
import type { Exclusions } from './events';
import { normalizedNumber, qualifierBefore, type Qualifier } from './figures';
import { lexicon } from './lexicon';
import { slug, within } from './text';

/**
 * Figures as claims: a NUMBER that counts a noun ("24 living hostages") or "half of" a noun, with the
 * qualifier the words before it give. The source is the subject of a claim verb governing the sentence
 * ("Israeli officials estimate ...") or the 'by' agent of one ("declared dead by Israeli authorities").
 * The same figure of the same thing in the summary table is the same claim. Figures inside quotations and
 * speculative sections are left out. Returns the claims drafted, by sentence.
 */
export function draftClaims(
  doc: AnnotatedDocument,
  entities: EntityIndex,
  draft: DraftBuilder,
  excluded: Exclusions,
): Map<number, string[]> {
  const bySentence = new Map<number, string[]>();
  const seen = new Map<string, string>();
  doc.sentences.forEach((sentence, s) => {
    for (const token of sentence.tokens) {
      const ref = { sentence: s, index: token.index };
      const span = doc.span(ref);
      if (within(span, excluded.quotes) || within(span, excluded.speculative)) continue;
      let value: number | undefined;
      let counted: TokenRef | undefined;
      let qualifier: Qualifier;
      let figureBegin = span.begin;
      if (token.lemma.toLowerCase() === 'half' && sentence.tokens[token.index]?.word === 'of') {
        value = 0.5;
        qualifier = 'half';
        counted = doc.dependents(ref, 'nmod')[0];
      } else {
        if (token.ner !== 'NUMBER') continue;
        value = normalizedNumber(token.normalizedNER);
        const head = doc.head(ref);
        if (value === undefined || head?.dep !== 'nummod') continue;
        counted = { sentence: s, index: head.governor };
        const before = qualifierBefore(doc.text.slice(Math.max(0, span.begin - 30), span.begin));
        qualifier = before.qualifier;
        figureBegin = span.begin - before.words.length;
      }
      if (!counted) continue;
      const countedToken = doc.token(counted);
      const unitSpan = { begin: span.end, end: countedToken.characterOffsetEnd };
      const unit = doc.text
        .slice(unitSpan.begin, unitSpan.end)
        .replace(/^\s*(of\s+)?/, '')
        .trim();
      if (unit === '' || unitSpan.end <= unitSpan.begin) continue;
      const key = `${value}|${qualifier}|${countedToken.lemma.toLowerCase()}`;
      const figure = doc.text.slice(figureBegin, span.end);
      const claimSpan = { begin: figureBegin, end: unitSpan.end };
      const id = seen.get(key) ?? `claim:${slug(`${figure} ${unit}`)}`;
      seen.set(key, id);
      draft.node({ id, type: 'Claim', figure, value, qualifier, unit }, claimSpan, 0.7);
      bySentence.set(s, [...(bySentence.get(s) ?? []), id]);
      const source = claimSource(doc, entities, s);
      if (source) draft.relation({ type: 'CLAIMED', from: source, to: id }, doc.sentenceSpan(s), 0.6);
    }
  });
  return bySentence;
}

function claimSource(doc: AnnotatedDocument, entities: EntityIndex, s: number): string | undefined {
  for (const token of doc.sentences[s]!.tokens) {
    if (!lexicon.claimVerbs.includes(token.lemma.toLowerCase()) || !token.pos.startsWith('VB')) continue;
    const verb = { sentence: s, index: token.index };
    const agents = [
      ...doc.dependents(verb, 'nsubj').filter((dep) => doc.head(dep)?.dep === 'nsubj'),
      ...doc.dependents(verb, 'obl').filter((dep) => doc.caseOf(dep) === 'by'),
    ];
    for (const agent of agents) {
      const actor = entities.at(agent).find((id) => !id.startsWith('place:'));
      if (actor) return actor;
    }
  }
  return undefined;
}

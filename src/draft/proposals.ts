import type { DraftBuilder } from './builder';
import type { AnnotatedDocument, TokenRef } from './document';
import type { EntityIndex } from './entities';
import type { Exclusions } from './events';
import { lexicon } from './lexicon';
import { slug, speculates, within } from './text';

/**
 * Proposals from the nouns that name one ("a new ceasefire proposal", "the plan on the table") and from demands
 * ("They demand that negotiations ... begin"). The proposer is the 'by' agent of the verb describing the noun
 * ("drafted by US envoy Steve Witkoff") or its possessor; a demand's subject demanded it. A noun with no
 * proposer of its own is a further mention of the last proposal. Claims in the same sentence are ABOUT it.
 * Terms are not drafted. Nothing comes from speculative passages, headings or quotations.
 */
export function draftProposals(
  doc: AnnotatedDocument,
  entities: EntityIndex,
  draft: DraftBuilder,
  excluded: Exclusions,
  claims: Map<number, string[]>,
): void {
  let last: string | undefined;
  doc.sentences.forEach((sentence, s) => {
    const sentenceSpan = doc.sentenceSpan(s);
    const sentenceText = doc.text.slice(sentenceSpan.begin, sentenceSpan.end);
    const speculative = speculates(sentence.tokens.map((token) => token.word).filter((word) => word !== 'would'));
    for (const token of sentence.tokens) {
      const ref = { sentence: s, index: token.index };
      const span = doc.span(ref);
      if (speculative || within(span, excluded.speculative) || within(span, excluded.headings) || within(span, excluded.quotes)) continue;
      const lemma = token.lemma.toLowerCase();
      const demand = token.pos.startsWith('VB') && lexicon.demandVerbs.includes(lemma);
      if (!demand && !(token.pos.startsWith('NN') && lexicon.proposalNouns.includes(lemma))) continue;
      const actors = demand ? actorsOf(doc, entities, doc.dependents(ref, 'nsubj')) : proposers(doc, entities, ref);
      let id = !demand && actors.length === 0 ? last : undefined;
      if (!id) {
        const words = demand ? doc.subtree(doc.dependents(ref, 'ccomp')[0] ?? ref).span : doc.subtree(ref).span;
        const title = demand
          ? `Demand: ${doc.text.slice(words.begin, words.end)}`
          : `${capitalize(compoundWords(doc, ref))} ${token.word.toLowerCase()}`;
        id = `proposal:${slug(`${actors.map((a) => a.slice(a.indexOf(':') + 1)).join(' ')} ${title}`)
          .slice(0, 60)
          .replace(/-+$/, '')}`;
        draft.node(
          {
            id,
            type: 'Proposal',
            title: title.slice(0, 120),
            status: demand ? 'demanded' : 'proposed',
            summary: sentenceText.slice(0, 400),
          },
          sentenceSpan,
          0.5,
        );
      } else {
        draft.node(draft.nodes.get(id)!.body, sentenceSpan, 0.4);
      }
      // A demand is no "proposal" a later noun could refer back to.
      if (!demand) last = id;
      for (const actor of actors) draft.relation({ type: demand ? 'DEMANDED' : 'PROPOSED', from: actor, to: id }, sentenceSpan, 0.5);
      for (const claim of claims.get(s) ?? []) draft.relation({ type: 'ABOUT', from: claim, to: id }, sentenceSpan, 0.4);
    }
  });
}

function proposers(doc: AnnotatedDocument, entities: EntityIndex, ref: TokenRef): string[] {
  const agents = doc.dependents(ref, 'acl').flatMap((verb) => doc.dependents(verb, 'obl').filter((dep) => doc.caseOf(dep) === 'by'));
  return actorsOf(doc, entities, [...agents, ...doc.dependents(ref, 'nmod:poss')]);
}

function actorsOf(doc: AnnotatedDocument, entities: EntityIndex, refs: TokenRef[]): string[] {
  return [
    ...new Set(
      refs
        .flatMap((ref) => doc.withConjuncts(ref))
        .flatMap((ref) => [...entities.at(ref), ...doc.dependents(ref, 'compound').flatMap((dep) => entities.at(dep))]),
    ),
  ].filter((id) => !id.startsWith('place:'));
}

/** "a new ceasefire proposal" -> "ceasefire": the nouns compounded with the proposal word. */
function compoundWords(doc: AnnotatedDocument, ref: TokenRef): string {
  return doc
    .dependents(ref, 'compound')
    .map((dep) => doc.token(dep).word.toLowerCase())
    .join(' ');
}

function capitalize(words: string): string {
  return words ? words.charAt(0).toUpperCase() + words.slice(1) : '';
}

import type { DraftBuilder } from './builder';
import type { AnnotatedDocument, TokenRef } from './document';
import type { EntityIndex } from './entities';
import { titleRunStart } from './entities';

/**
 * Titles from the words before a name: "White House press secretary Karoline Leavitt" gives Leavitt the
 * title "White House press secretary" in the White House; "US envoy Steve Witkoff" the title "US envoy" in
 * the United States. A title with no organization before it ("President Donald Trump") drafts no role:
 * the drafter does not guess whom a president presides over. An apposition naming an organization gives a
 * title too: "Khalil al-Hayya, the head of the Hamas delegation".
 */
export function draftRoles(doc: AnnotatedDocument, entities: EntityIndex, draft: DraftBuilder): void {
  doc.sentences.forEach((sentence, s) => {
    for (const mention of sentence.entitymentions) {
      if (mention.ner !== 'PERSON') continue;
      const person = entities.at({ sentence: s, index: mention.tokenBegin + 1 }).find((id) => id.startsWith('person:'));
      if (!person) continue;
      appositionRole(doc, entities, draft, { sentence: s, index: mention.tokenEnd }, person);
      const start = titleRunStart(sentence.tokens, mention.tokenBegin);
      const run = sentence.tokens.slice(start, mention.tokenBegin);
      if (!run.some((token) => token.ner === 'TITLE')) continue;
      const orgToken = run.find((token) => token.ner !== 'TITLE');
      const org = orgToken && entities.at({ sentence: s, index: orgToken.index }).find((id) => id.startsWith('org:'));
      if (!org) continue;
      const title = doc.text.slice(run[0]!.characterOffsetBegin, run[run.length - 1]!.characterOffsetEnd);
      const span = { begin: run[0]!.characterOffsetBegin, end: mention.characterOffsetEnd };
      draft.relation({ type: 'HOLDS_ROLE', from: person, to: org, title }, span, 0.8);
    }
  });
}

function appositionRole(doc: AnnotatedDocument, entities: EntityIndex, draft: DraftBuilder, head: TokenRef, person: string): void {
  for (const apposition of doc.dependents(head, 'appos')) {
    const { first, last } = doc.subtree(apposition);
    const tokens = doc.sentences[head.sentence]!.tokens.slice(first - 1, last);
    const org = tokens.flatMap((token) => entities.at({ sentence: head.sentence, index: token.index })).find((id) => id.startsWith('org:'));
    if (!org) continue;
    const words = tokens[0]!.pos === 'DT' ? tokens.slice(1) : tokens;
    const title = doc.text.slice(words[0]!.characterOffsetBegin, words[words.length - 1]!.characterOffsetEnd);
    const nameStart = doc.sentences[head.sentence]!.tokens.findIndex((token) =>
      entities.at({ sentence: head.sentence, index: token.index }).includes(person),
    );
    const begin = doc.sentences[head.sentence]!.tokens[Math.max(0, nameStart)]!.characterOffsetBegin;
    draft.relation({ type: 'HOLDS_ROLE', from: person, to: org, title }, { begin, end: words[words.length - 1]!.characterOffsetEnd }, 0.6);
  }
}

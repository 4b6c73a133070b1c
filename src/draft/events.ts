import type { FuzzyDate, Role as ParticipantRole } from '../ingest/types';
import type { DraftBuilder } from './builder';
import { fuzzyDateOf, periodDate, undated } from './dates';
import type { AnnotatedDocument, TokenRef } from './document';
import type { EntityIndex } from './entities';
import { lexicon, type EventKind, type Trigger } from './lexicon';
import { slug, speculates, within, type Span } from './text';

/** Where events may not be drafted from: speculative sections, headings and questions, quoted words. */
export interface Exclusions {
  speculative: Span[];
  headings: Span[];
  quotes: Span[];
}

interface DraftedEvent {
  id: string;
  kind: EventKind;
  actors: Set<string>;
}

const pronouns = new Set(['he', 'she']);
/** Clauses that share their subject with the clause they hang on: "Hamas accuses Israel ..., rejecting calls". */
const subjectSharing = new Set(['advcl', 'xcomp', 'conj', 'dep']);

/**
 * Events from the trigger lexicon. A trigger in a speculating sentence, a speculative section, a heading or
 * a quotation of a sentence or more drafts nothing (a quoted phrase such as a "last warning" is the narrator's
 * own words). Participants come from the trigger's dependents: subject or 'by' agent, object,
 * "between X and Y", "with X", modifiers naming actors ("US-Hamas talks", "Qatari mediators"), and the
 * subject of "led" when the trigger is what was led (lead negotiator). A noun trigger with no participants of
 * its own ("the talks") is a further mention of the last event of its kind; so is one sharing a participant.
 * "He"/"she" as a participant is the named person mentioned last before.
 */
export function draftEvents(
  doc: AnnotatedDocument,
  entities: EntityIndex,
  draft: DraftBuilder,
  excluded: Exclusions,
  anchored: boolean,
): Map<number, string[]> {
  const events: DraftedEvent[] = [];
  const bySentence = new Map<number, string[]>();
  doc.sentences.forEach((sentence, s) => {
    const sentenceSpan = doc.sentenceSpan(s);
    if (speculates(sentence.tokens.map((token) => token.word))) return;
    const triggerIndices = sentence.tokens.filter((token) => findTrigger(token.lemma.toLowerCase(), token.pos)).map((token) => token.index);
    for (const token of sentence.tokens) {
      const ref = { sentence: s, index: token.index };
      const span = doc.span(ref);
      if (within(span, excluded.speculative) || within(span, excluded.headings) || within(span, excluded.quotes)) continue;
      const trigger = findTrigger(token.lemma.toLowerCase(), token.pos);
      if (!trigger) continue;
      // "The Abraham Accords, negotiated during ...": a participle describing an event names no event of its own.
      const governor = doc.head(ref);
      if (
        trigger.pos === 'verb' &&
        governor &&
        ['acl', 'amod'].includes(governor.dep) &&
        findTrigger(doc.token({ sentence: s, index: governor.governor }).lemma.toLowerCase(), 'NN')
      )
        continue;
      let kind = trigger.kind;
      // "ceasefire talks" are negotiations on the ceasefire, not talks of their own.
      if (
        kind === 'talks' &&
        doc.dependents(ref, 'compound').some((dep) => ['ceasefire', 'truce'].includes(doc.token(dep).lemma.toLowerCase()))
      )
        kind = 'negotiation';
      // "ceasefire" naming what a proposal or extension is about is no further mention of the ceasefire.
      if (
        trigger.pos === 'noun' &&
        doc.head(ref)?.dep === 'compound' &&
        findTrigger(doc.token({ sentence: s, index: doc.head(ref)!.governor }).lemma.toLowerCase(), 'NN')
      )
        continue;
      const roles = participants(doc, entities, ref, trigger);
      const actors = new Set(roles.map((role) => role.actor));
      const event =
        events.find((known) => known.kind === kind && [...actors].some((actor) => known.actors.has(actor))) ??
        (actors.size === 0 ? [...events].reverse().find((known) => known.kind === kind) : undefined);
      const date = eventDate(doc, ref, anchored, triggerIndices);
      const id = event?.id ?? uniqueId(draft, `event:${slug(`${kind} ${roles.map((role) => shortName(role.actor)).join(' ')}`)}`);
      if (!event) {
        events.push({ id, kind, actors });
        const names = roles
          .filter((role, i) => roles.findIndex((other) => other.actor === role.actor) === i)
          .map((role) => nameOf(draft, role.actor));
        draft.node(
          {
            id,
            type: 'Event',
            kind,
            title: `${capitalize(kind)}${names.length ? `: ${names.join(', ')}` : ''}`,
            summary: doc.text.slice(sentenceSpan.begin, sentenceSpan.end).slice(0, 400),
            date,
          },
          sentenceSpan,
          actors.size > 0 ? 0.6 : 0.4,
          `trigger "${token.originalText}" (CAMEO ${trigger.cameo})`,
        );
      } else {
        for (const actor of actors) event.actors.add(actor);
        draft.node(draft.nodes.get(event.id)!.body, sentenceSpan, 0.5);
        upgradeDate(draft, event.id, date);
      }
      for (const role of roles) draft.relation({ type: 'PARTICIPATED_IN', from: role.actor, to: id, role: role.role }, sentenceSpan, 0.5);
      for (const place of [...doc.dependents(ref, 'nmod'), ...doc.dependents(ref, 'obl')].filter((dep) =>
        ['in', 'into'].includes(doc.caseOf(dep) ?? ''),
      )) {
        for (const placeId of entities.at(place).filter((entity) => entity.startsWith('place:'))) {
          draft.relation({ type: 'OCCURRED_IN', from: id, to: placeId }, sentenceSpan, 0.6);
        }
      }
      bySentence.set(s, [...(bySentence.get(s) ?? []), id]);
    }
    // "mediators played a role in arranging these talks": the mediators mediated the other events the sentence names.
    const here = [...new Set(bySentence.get(s) ?? [])].map((id) => events.find((event) => event.id === id)!);
    for (const mediation of here.filter((event) => event.kind === 'mediation')) {
      for (const other of here.filter((event) => event.kind !== 'mediation')) {
        for (const mediator of mediation.actors)
          draft.relation({ type: 'PARTICIPATED_IN', from: mediator, to: other.id, role: 'mediator' }, sentenceSpan, 0.4);
      }
    }
  });
  return bySentence;
}

function findTrigger(lemma: string, pos: string): Trigger | undefined {
  const wordClass = pos.startsWith('NN') ? 'noun' : pos.startsWith('VB') ? 'verb' : undefined;
  return lexicon.triggers.find((trigger) => trigger.lemma === lemma && trigger.pos === wordClass);
}

interface Role {
  actor: string;
  role: ParticipantRole;
}

function participants(doc: AnnotatedDocument, entities: EntityIndex, ref: TokenRef, trigger: Trigger): Role[] {
  const roles: Role[] = [];
  const add = (refs: TokenRef[], role: ParticipantRole) => {
    for (const actorRef of refs.flatMap((r) => doc.withConjuncts(r))) {
      const word = doc.token(actorRef).word.toLowerCase();
      const person = pronouns.has(word) ? entities.personBefore(doc.token(actorRef).characterOffsetBegin) : undefined;
      for (const actor of person ? [person] : entities.at(actorRef)) {
        if (actor.startsWith('place:')) continue;
        if (!roles.some((known) => known.actor === actor)) roles.push({ actor, role });
      }
    }
  };
  // Actors written into the trigger's own phrase: "US-Hamas talks", "Israel-Hamas ceasefire", "Qatari mediators".
  const compounds = doc.dependents(ref, 'compound').flatMap((dep) => [dep, ...doc.dependents(dep, 'compound')]);
  add([ref, ...compounds, ...doc.dependents(ref, 'amod'), ...doc.dependents(ref, 'nmod:poss')], trigger.subject);
  add(
    doc.dependents(ref, 'nsubj').filter((dep) => !doc.dependents(ref, 'nsubj:pass').some((p) => p.index === dep.index)),
    trigger.subject,
  );
  add(doc.dependents(ref, 'nsubj:pass'), trigger.object);
  add(doc.dependents(ref, 'obj'), trigger.object);
  for (const modifier of [...doc.dependents(ref, 'nmod'), ...doc.dependents(ref, 'obl')]) {
    const preposition = doc.caseOf(modifier);
    if (preposition === 'by') add([modifier], trigger.subject);
    else if (preposition === 'between' || preposition === 'with') add([modifier], trigger.subject === 'party' ? 'party' : trigger.object);
    else if (preposition === 'into' || preposition === 'to' || preposition === 'against') add([modifier], trigger.object);
  }
  const head = doc.head(ref);
  // "Adam Boehler, Trump’s nominee (to be envoy)": the noun in apposition names the one the trigger is about.
  if (head?.dep === 'appos') add([{ sentence: ref.sentence, index: head.governor }], trigger.object);
  const clause = head && doc.head({ sentence: ref.sentence, index: head.governor });
  if (head?.dep === 'nsubj' && clause?.dep === 'appos') add([{ sentence: ref.sentence, index: clause.governor }], trigger.object);
  // "pledged to support Israel": the object of the verb the trigger governs.
  if (trigger.pos === 'verb')
    add(
      doc.dependents(ref, 'xcomp').flatMap((verb) => doc.dependents(verb, 'obj')),
      trigger.object,
    );
  // "issue a warning to Hamas": the addressee hangs on the verb whose object the trigger is.
  if (head?.dep === 'obj') {
    const verb = { sentence: ref.sentence, index: head.governor };
    add(
      doc.dependents(verb, 'obl').filter((dep) => ['to', 'against'].includes(doc.caseOf(dep) ?? '')),
      trigger.object,
    );
  }
  // A verb with no subject of its own takes the subject of the clause it hangs on.
  if (trigger.pos === 'verb' && head && subjectSharing.has(head.dep) && doc.dependents(ref, 'nsubj').length === 0) {
    add(doc.dependents({ sentence: ref.sentence, index: head.governor }, 'nsubj'), trigger.subject);
  }
  // "Egypt hosted a new round of negotiations", "Israel launched a wave of strikes": the trigger's phrase is the
  // object of a verb whose subject hosted (mediator), led (lead negotiator) or carried out (the trigger's subject) it.
  const measure =
    head?.dep === 'nmod' &&
    doc.caseOf(ref) === 'of' &&
    lexicon.phraseNouns.includes(doc.token({ sentence: ref.sentence, index: head.governor }).lemma.toLowerCase());
  const phrase = measure ? doc.head({ sentence: ref.sentence, index: head.governor }) : head;
  if (phrase?.dep === 'obj') {
    const verb = { sentence: ref.sentence, index: phrase.governor };
    const lemma = doc.token(verb).lemma.toLowerCase();
    if (lexicon.hostVerbs.includes(lemma)) add(doc.dependents(verb, 'nsubj'), 'mediator');
    else if (lexicon.leadVerbs.includes(lemma)) add(doc.dependents(verb, 'nsubj'), 'lead negotiator');
    else if (lexicon.agentVerbs.includes(lemma) || lexicon.speechVerbs.includes(lemma)) add(doc.dependents(verb, 'nsubj'), trigger.subject);
  }
  // "took to his platform to issue a warning": the subject of the clause the trigger's verb completes.
  const outer = head?.dep === 'obj' ? doc.head({ sentence: ref.sentence, index: head.governor }) : undefined;
  if (outer?.dep === 'xcomp' && roles.every((role) => role.role !== trigger.subject)) {
    add(doc.dependents({ sentence: ref.sentence, index: outer.governor }, 'nsubj'), trigger.subject);
  }
  return roles;
}

/**
 * A calendar date the sentence gives (SUTime) for the trigger it stands nearest to, or undated; never a guessed
 * one. Each date goes to one trigger only: "hosted negotiations on April 14 as mediators tried to revive the
 * truce" dates the negotiations, not the truce.
 */
function eventDate(doc: AnnotatedDocument, ref: TokenRef, anchored: boolean, triggers: number[]): FuzzyDate {
  const sentence = doc.sentences[ref.sentence]!;
  const dates = sentence.entitymentions
    .filter((mention) => mention.ner === 'DATE')
    .map((mention) => ({ mention, date: fuzzyDateOf(mention.text, mention.timex?.value ?? mention.normalizedNER, anchored) }))
    .filter((found): found is { mention: typeof found.mention; date: FuzzyDate } => found.date !== undefined);
  // Nearness in the parse tree; on a tie the trigger before the date wins ("talks on April 14"), then the one
  // fewer words away ("since 1997, when the State Department designated Hamas": the designation).
  const far = (mention: { tokenEnd: number }, trigger: number) =>
    doc.treeDistance({ sentence: ref.sentence, index: mention.tokenEnd }, { sentence: ref.sentence, index: trigger }) +
    (trigger > mention.tokenEnd ? 0.5 : 0) +
    Math.abs(trigger - mention.tokenEnd) * 0.01;
  const mine = dates.filter(({ mention }) => triggers.every((other) => far(mention, ref.index) <= far(mention, other)));
  const nearest = mine.sort((a, b) => far(a.mention, ref.index) - far(b.mention, ref.index))[0];
  if (nearest && far(nearest.mention, ref.index) <= 6) return nearest.date;
  // "negotiated during Trump’s first term": a named period in the words the trigger governs, or its describing clause.
  const phrase = doc.head(ref)?.dep === 'acl' ? doc.subtree({ sentence: ref.sentence, index: doc.head(ref)!.governor }) : doc.subtree(ref);
  const period = periodDate(doc.text.slice(phrase.span.begin, phrase.span.end), lexicon.periods);
  if (period) return period;
  const recent = doc.dependents(ref, 'amod').some((dep) => doc.token(dep).lemma.toLowerCase() === 'recent');
  return undated(recent);
}

function upgradeDate(draft: DraftBuilder, id: string, date: FuzzyDate): void {
  const item = draft.nodes.get(id);
  if (item?.body.type !== 'Event') return;
  if (item.body.date.precision === 'unknown' && date.precision !== 'unknown') item.body.date = date;
  else if (item.body.date.precision === 'unknown' && item.body.date.text === null && date.text === 'recent') item.body.date = date;
}

function uniqueId(draft: DraftBuilder, id: string): string {
  let candidate = id;
  for (let n = 2; draft.nodes.has(candidate); n += 1) candidate = `${id}-${n}`;
  return candidate;
}

function shortName(id: string): string {
  return id.slice(id.indexOf(':') + 1);
}

function nameOf(draft: DraftBuilder, id: string): string {
  const body = draft.nodes.get(id)?.body;
  return body && 'name' in body ? body.name : shortName(id);
}

function capitalize(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

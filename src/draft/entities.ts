import type { DraftBuilder } from './builder';
import type { EntityMention } from './coreNlpClient';
import type { AnnotatedDocument, TokenRef } from './document';
import type { OrganizationKind } from '../ingest/types';
import { lexicon } from './lexicon';
import { slug, type Span } from './text';

type EntityType = 'Person' | 'Organization' | 'Place';

/** Which entities each token names, and where named people stand (for attributing "she said"). */
export class EntityIndex {
  private readonly byToken = new Map<string, string[]>();
  readonly people: { id: string; begin: number }[] = [];
  /** Surface forms -> id, for names written inside other tokens ("US-Hamas"). */
  readonly names = new Map<string, string>();

  mark(ref: TokenRef, id: string): void {
    const key = `${ref.sentence}:${ref.index}`;
    const ids = this.byToken.get(key) ?? [];
    if (!ids.includes(id)) this.byToken.set(key, [...ids, id]);
  }

  at(ref: TokenRef): string[] {
    return this.byToken.get(`${ref.sentence}:${ref.index}`) ?? [];
  }

  /** The named person mentioned last before `offset`: the drafter's reading of "he" and "she". */
  personBefore(offset: number): string | undefined {
    let found: string | undefined;
    for (const person of this.people) if (person.begin < offset) found = person.id;
    return found;
  }
}

const prefixes: Record<EntityType, string> = { Person: 'person', Organization: 'org', Place: 'place' };

function stateName(surface: string): string | undefined {
  return Object.entries(lexicon.states).find(([, aliases]) => aliases.includes(surface))?.[0];
}

function organizationKind(name: string): { kind: OrganizationKind; guessed: boolean } {
  const known = lexicon.organizationKinds[name];
  if (known) return { kind: known, guessed: false };
  return { kind: 'government body', guessed: true };
}

/**
 * Drafts people, organizations and places from NER mentions, with these rules:
 * - a one-word person name that is the last word of a full name in the article is that person ("Boehler");
 *   so is an ORGANIZATION mention with that word (NER reads some surnames as organizations);
 * - a country is an Organization of kind state, under its canonical name ("US" -> United States);
 *   after a compass word it is a Place ("southern Israel");
 * - a demonym names its state before an actor noun ("Qatari mediators"), an "<X> officials" body before
 *   "officials"/"authorities", and is otherwise only a further mention of a state already drafted;
 * - "a Hamas official" is an unnamed Person who holds a role in Hamas; "Netanyahu’s office" an organization;
 * - a location used only as a modifier ("Middle East diplomacy") is no place of anything and is left out.
 */
export function draftEntities(doc: AnnotatedDocument, draft: DraftBuilder): EntityIndex {
  const index = new EntityIndex();
  const text = doc.text;
  const surnames = new Map<string, string>();
  const declare = (
    type: EntityType,
    name: string,
    span: Span,
    extra: { kind?: OrganizationKind; unnamed?: boolean } = {},
    confidence = 0.85,
    note?: string,
  ): string => {
    const id = `${prefixes[type]}:${slug(name)}`;
    const body =
      type === 'Organization'
        ? { id, type, name, ...organizationKindOf(name, extra), ...extra }
        : { id, type, name, ...(extra.unnamed === undefined ? {} : { unnamed: extra.unnamed }) };
    draft.node(
      body,
      span,
      confidence,
      note ?? (type === 'Organization' && organizationKind(name).guessed && !extra.kind ? 'kind guessed: check it' : undefined),
    );
    index.names.set(name, id);
    return id;
  };
  const markRange = (sentence: number, from: number, to: number, id: string) => {
    for (let i = from; i < to; i += 1) index.mark({ sentence, index: i + 1 }, id);
  };

  // Full names first, so that a surname before its full name still resolves.
  doc.sentences.forEach((sentence) => {
    for (const mention of sentence.entitymentions) {
      if (mention.ner !== 'PERSON' || isPronoun(sentence.tokens.slice(mention.tokenBegin, mention.tokenEnd).map((t) => t.pos))) continue;
      const words = personName(mention).split(' ');
      if (words.length >= 2) surnames.set(words[words.length - 1]!, personName(mention));
    }
  });

  const deferredDemonyms: { state: string; span: Span; ref: TokenRef }[] = [];
  doc.sentences.forEach((sentence, s) => {
    for (const mention of sentence.entitymentions) {
      const tokens = sentence.tokens.slice(mention.tokenBegin, mention.tokenEnd);
      const span = { begin: mention.characterOffsetBegin, end: mention.characterOffsetEnd };
      const headRef = { sentence: s, index: mention.tokenEnd };
      const mark = (id: string) => markRange(s, mention.tokenBegin, mention.tokenEnd, id);
      const next = sentence.tokens[mention.tokenEnd];
      const afterNext = sentence.tokens[mention.tokenEnd + 1];
      // "a Hamas official", "a US official": an unnamed person the article quotes, who holds a role in the organization.
      const unnamedOfficial = (org: string, name: string, written: string) => {
        if (next?.lemma.toLowerCase() !== 'official' || next.pos !== 'NN') return;
        const roleSpan = { begin: span.begin, end: next.characterOffsetEnd };
        const person = declare('Person', `${name} official`, roleSpan, { unnamed: true }, 0.7);
        index.mark({ sentence: s, index: mention.tokenEnd + 1 }, person);
        draft.relation({ type: 'HOLDS_ROLE', from: person, to: org, title: `${written} official` }, roleSpan, 0.7);
      };
      switch (mention.ner) {
        case 'PERSON':
        case 'ORGANIZATION': {
          if (isPronoun(tokens.map((t) => t.pos))) break;
          const name = personName(mention);
          const fullName = surnames.get(name) ?? (mention.ner === 'PERSON' && name.includes(' ') ? name : undefined);
          if (fullName || mention.ner === 'PERSON') {
            const id = declare('Person', fullName ?? name, { begin: span.begin, end: span.begin + name.length });
            mark(id);
            index.people.push({ id, begin: span.begin });
            // "Benjamin Netanyahu’s office": the office speaks for the person's government.
            if (next && /^['’]s$/.test(next.word) && afterNext?.lemma.toLowerCase() === 'office') {
              const start = titleRunStart(sentence.tokens, mention.tokenBegin);
              const officeSpan = { begin: sentence.tokens[start]!.characterOffsetBegin, end: afterNext.characterOffsetEnd };
              const office = declare(
                'Organization',
                text.slice(officeSpan.begin, officeSpan.end),
                officeSpan,
                { kind: 'head of government office' },
                0.7,
              );
              markRange(s, start, mention.tokenEnd + 2, office);
            }
            break;
          }
          const org = declare('Organization', name, span);
          mark(org);
          unnamedOfficial(org, name, name);
          break;
        }
        case 'COUNTRY':
        case 'STATE_OR_PROVINCE': {
          const previous = sentence.tokens[mention.tokenBegin - 1];
          if (previous && lexicon.compassWords.includes(previous.word.toLowerCase())) {
            const placeSpan = { begin: previous.characterOffsetBegin, end: span.end };
            const place = declare('Place', text.slice(placeSpan.begin, placeSpan.end), placeSpan);
            markRange(s, mention.tokenBegin - 1, mention.tokenEnd, place);
            // "into southern Israel" also names Israel, the state attacked there.
            const inside = stateName(mention.text) ?? mention.text;
            mark(declare('Organization', inside, span, { kind: 'state' }, 0.8));
            break;
          }
          const state = stateName(mention.text) ?? mention.text;
          const id = declare('Organization', state, span, { kind: 'state' }, 0.9);
          if (mention.text !== state) index.names.set(mention.text, id);
          mark(id);
          unnamedOfficial(id, state, mention.text);
          break;
        }
        case 'NATIONALITY': {
          const state = lexicon.demonyms[mention.text];
          if (!state) break;
          const noun = governingNoun(doc, headRef);
          const nounLemma = noun ? doc.token(noun).lemma.toLowerCase() : '';
          if (noun && lexicon.officialNouns.includes(nounLemma)) {
            const bodySpan = { begin: span.begin, end: doc.token(noun).characterOffsetEnd };
            const officials = declare('Organization', `${mention.text} officials`, bodySpan, { kind: 'officials' }, 0.7);
            mark(officials);
            index.mark(noun, officials);
          } else if (noun && lexicon.actorNouns.includes(nounLemma)) {
            mark(declare('Organization', state, span, { kind: 'state' }, 0.85));
          } else {
            deferredDemonyms.push({ state, span, ref: headRef });
          }
          break;
        }
        case 'LOCATION':
        case 'CITY': {
          if (doc.head(headRef)?.dep === 'compound') break;
          mark(declare('Place', mention.text, span));
          break;
        }
        default:
          break;
      }
    }
  });

  // A demonym before a noun that is no actor ("American people") only mentions a state the draft already has.
  for (const { state, span, ref } of deferredDemonyms) {
    const id = `org:${slug(state)}`;
    if (draft.nodes.has(id)) {
      draft.node({ id, type: 'Organization', name: state, kind: 'state' }, span, 0.8);
      index.mark(ref, id);
    }
  }

  // Names the NER does not know, found verbatim.
  for (const [name, type] of Object.entries(lexicon.gazetteer)) {
    for (let at = text.indexOf(name); at !== -1; at = text.indexOf(name, at + 1)) {
      const span = { begin: at, end: at + name.length };
      const id = declare(type, name, span, type === 'Organization' ? { kind: organizationKind(name).kind } : {}, 0.9);
      doc.sentences.forEach((sentence, s) =>
        sentence.tokens.forEach((token) => {
          if (token.characterOffsetBegin >= span.begin && token.characterOffsetEnd <= span.end)
            index.mark({ sentence: s, index: token.index }, id);
        }),
      );
    }
  }

  // "the Israel-Hamas ceasefire": NER tags the pair MISC; each word that is a drafted name is that entity.
  doc.sentences.forEach((sentence, s) =>
    sentence.tokens.forEach((token) => {
      const id = token.ner === 'MISC' ? index.names.get(token.word) : undefined;
      if (id && draft.nodes.has(id)) {
        draft.node(draft.nodes.get(id)!.body, { begin: token.characterOffsetBegin, end: token.characterOffsetEnd }, 0.8);
        index.mark({ sentence: s, index: token.index }, id);
      }
    }),
  );

  // "US-Hamas talks": names joined inside one token.
  doc.sentences.forEach((sentence, s) =>
    sentence.tokens.forEach((token) => {
      if (!token.word.includes('-')) return;
      let offset = token.characterOffsetBegin;
      for (const part of token.originalText.split('-')) {
        const id = index.names.get(part);
        if (id && draft.nodes.has(id)) {
          draft.node(draft.nodes.get(id)!.body, { begin: offset, end: offset + part.length }, 0.8);
          index.mark({ sentence: s, index: token.index }, id);
        }
        offset += part.length + 1;
      }
    }),
  );
  return index;
}

function organizationKindOf(name: string, extra: { kind?: OrganizationKind }): { kind: OrganizationKind } {
  return { kind: extra.kind ?? organizationKind(name).kind };
}

function isPronoun(tags: string[]): boolean {
  return tags.every((tag) => tag === 'PRP' || tag === 'PRP$');
}

/** The name without a trailing possessive ("Trump’s" -> "Trump"). */
function personName(mention: EntityMention): string {
  return mention.text.replace(/\s*['’]s$/, '');
}

/** The noun a demonym describes, through conjunctions ("Egyptian and Qatari mediators" -> mediators for both). */
function governingNoun(doc: AnnotatedDocument, ref: TokenRef): TokenRef | undefined {
  let dep = doc.head(ref);
  if (dep?.dep === 'conj') dep = doc.head({ sentence: ref.sentence, index: dep.governor });
  if (!dep || !['amod', 'compound', 'nmod:poss'].includes(dep.dep)) return undefined;
  return { sentence: ref.sentence, index: dep.governor };
}

/** Where a title run before a name starts: "Israeli Prime Minister Benjamin Netanyahu" starts at "Israeli". */
export function titleRunStart(tokens: { ner: string }[], nameStart: number): number {
  let start = nameStart;
  while (start > 0 && ['TITLE', 'NATIONALITY', 'ORGANIZATION', 'COUNTRY'].includes(tokens[start - 1]!.ner)) start -= 1;
  return start;
}

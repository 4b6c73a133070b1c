import lexiconFile from './lexicon.json';
import type { EventNode, OrganizationKind, Role } from '../ingest/types';

export type EventKind = EventNode['kind'];

export interface Trigger {
  lemma: string;
  pos: 'noun' | 'verb';
  kind: EventKind;
  cameo: string;
  /** PARTICIPATED_IN role of the trigger's subject (or 'by' agent), and of its object. */
  subject: Role;
  object: Role;
}

/** A named period ("Trump’s first term") with public-record bounds. */
export interface Period {
  pattern: string;
  earliest: string;
  latest: string;
  basis: string;
}

export interface Lexicon {
  states: Record<string, string[]>;
  demonyms: Record<string, string>;
  actorNouns: string[];
  officialNouns: string[];
  organizationKinds: Record<string, OrganizationKind>;
  gazetteer: Record<string, 'Organization' | 'Person' | 'Place'>;
  compassWords: string[];
  speechVerbs: string[];
  claimVerbs: string[];
  leadVerbs: string[];
  /** Verbs whose subject arranges the event named by their object: a mediator ("Egypt hosted a round of talks"). */
  hostVerbs: string[];
  /** Verbs whose subject carried out the event named by their object ("launched a wave of strikes"). */
  agentVerbs: string[];
  /** Nouns that measure out an event ("a round of talks", "a wave of strikes"): the event's verbs govern them. */
  phraseNouns: string[];
  proposalNouns: string[];
  demandVerbs: string[];
  qualifiers: Record<'over' | 'about' | 'at least', string[]>;
  speculationWords: string[];
  speculativeHeadings: RegExp;
  periods: Period[];
  triggers: Trigger[];
}

/** The lexicon of src/draft/lexicon.json, typed. */
export const lexicon: Lexicon = {
  ...(lexiconFile as unknown as Omit<Lexicon, 'speculativeHeadings'>),
  speculativeHeadings: new RegExp(lexiconFile.speculativeHeadings, 'i'),
};

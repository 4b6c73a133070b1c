import { nodeTypes, type NodeType, type RelationType } from './types';

/** The id prefix each node type must use (`person:adam-boehler`). */
export const idPrefix: Readonly<Record<NodeType, string>> = {
  Person: 'person',
  Organization: 'org',
  Place: 'place',
  Event: 'event',
  Proposal: 'proposal',
  Term: 'term',
  Statement: 'statement',
  Claim: 'claim',
};

/**
 * The one id grammar (the annotation schema, the loader and the API arguments all apply it): a known prefix, a
 * colon, lower-case letters and digits in words joined by single hyphens, at most `maxIdLength` characters. No
 * upper case, spaces, quotes or invisible characters, so two ids that look alike are the same id.
 */
export const maxIdLength = 120;
export const idGrammar = /^(person|org|place|event|proposal|term|statement|claim|article):[a-z0-9]+(-[a-z0-9]+)*$/;

/** People, organizations and places also carry :Entity (one constraint, one full-text index over names). */
const entityTypes: ReadonlySet<NodeType> = new Set(['Person', 'Organization', 'Place']);

export function isEntity(type: NodeType): boolean {
  return entityTypes.has(type);
}

/** The labels a node gets besides :Node. */
export function labelsOf(type: NodeType): string[] {
  return isEntity(type) ? [type, 'Entity'] : [type];
}

/** Node types whose annotation may carry a fuzzy date (Event must). */
export const datedTypes: ReadonlySet<NodeType> = new Set(['Event', 'Proposal', 'Statement']);

const actor = ['Person', 'Organization'] as const;

/**
 * Which node types each relation may join, from the table in seed/README.md. Endpoints outside it are
 * refused before anything is written, so Cypher can rely on, say, PARTICIPATED_IN ending at an Event.
 */
export const relationEndpoints: Readonly<Record<RelationType, { from: readonly NodeType[]; to: readonly NodeType[] }>> = {
  HOLDS_ROLE: { from: ['Person'], to: ['Organization'] },
  PART_OF: { from: ['Organization'], to: ['Organization'] },
  PARTICIPATED_IN: { from: actor, to: ['Event'] },
  PROPOSED: { from: actor, to: ['Proposal'] },
  ADDRESSED_TO: { from: ['Proposal'], to: actor },
  REJECTED: { from: actor, to: ['Proposal', 'Event'] },
  DEMANDED: { from: actor, to: ['Proposal', 'Term'] },
  STATED: { from: actor, to: ['Statement'] },
  ABOUT: { from: ['Statement', 'Claim', 'Proposal'], to: nodeTypes },
  OCCURRED_IN: { from: ['Event'], to: ['Place'] },
  TRIGGERED: { from: ['Event'], to: ['Event'] },
  FOLLOWED: { from: ['Event'], to: ['Event'] },
  PART_OF_EVENT: { from: ['Event'], to: ['Event'] },
  HAS_TERM: { from: ['Proposal'], to: ['Term'] },
  BINDS: { from: ['Term'], to: actor },
  CLAIMED: { from: actor, to: ['Claim'] },
  LOCATED_IN: { from: ['Place'], to: ['Place', 'Organization'] },
};

/** The optional properties of a relation and the one relation type that takes each. */
export const relationProperty = {
  role: 'PARTICIPATED_IN',
  side: 'PARTICIPATED_IN',
  table: 'PARTICIPATED_IN',
  title: 'HOLDS_ROLE',
} as const satisfies Record<string, RelationType>;

/** A fact's key: one relationship per (from, type, to) in the graph, whichever articles state it (each adds an Evidence record). */
export function relationKey(relation: { from: string; type: string; to: string }): string {
  return `${relation.from}|${relation.type}|${relation.to}`;
}

import { graphNodeTypes, nodeKinds, nodeTypes, type GraphNodeType, type NodeType, type RelationType } from './types';

/** The id prefix each node type must use (`person:adam-boehler`). */
export const idPrefix = Object.fromEntries(nodeTypes.map((type) => [type, nodeKinds[type].prefix])) as Readonly<Record<NodeType, string>>;

/**
 * The one id grammar (the annotation schema, the loader and the API arguments all apply it): a known prefix, a
 * colon, lower-case letters and digits in words joined by single hyphens, at most `maxIdLength` characters. No
 * upper case, spaces, quotes or invisible characters, so two ids that look alike are the same id.
 */
export const maxIdLength = 120;
export const idGrammar = new RegExp(`^(${graphNodeTypes.map((type) => nodeKinds[type].prefix).join('|')}):[a-z0-9]+(-[a-z0-9]+)*$`);

export function isEntity(type: NodeType): boolean {
  return nodeKinds[type].entity;
}

/** The labels a node gets besides :Node. */
export function labelsOf(type: NodeType): string[] {
  return isEntity(type) ? [type, 'Entity'] : [type];
}

/** Node types whose annotation may carry a fuzzy date (Event must). */
export const datedTypes: ReadonlySet<NodeType> = new Set(nodeTypes.filter((type) => nodeKinds[type].dated));

/**
 * What a view shows a node by (its name, title, text, quote, or figure and unit), from the properties of a node of
 * `type`; null when it lacks them.
 */
export function captionOf(type: GraphNodeType, node: object): string | null {
  const properties = node as Readonly<Record<string, unknown>>;
  const caption = properties[nodeKinds[type].caption];
  if (typeof caption !== 'string') return null;
  return type === 'Claim' && typeof properties.unit === 'string' && properties.unit ? `${caption} ${properties.unit}` : caption;
}

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

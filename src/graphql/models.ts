/**
 * What resolvers pass around: plain objects mapped from query rows (see mapping/). Each node model carries
 * `__typename`, which graphql-js reads to resolve the Node and Entity interfaces and the Actor union.
 */

import type { DatePrecision, GraphNodeType } from '../ingest';

export interface FuzzyDateModel {
  text: string | null;
  precision: DatePrecision;
  /** ISO dates; null where the interval is open. */
  earliest: string | null;
  latest: string | null;
  basis: string | null;
}

/** One quote of an article that supports a fact; offsets count Unicode code points, end exclusive. */
export interface EvidenceModel {
  quote: string;
  start: number | null;
  end: number | null;
  articleId: string;
}

/** One article's mention of a node (its MENTIONED_IN): the article and the quotes it mentions the node with. */
export interface MentionModel {
  articleId: string;
  evidence: EvidenceModel[];
}

/**
 * What one article says about a node (its MENTIONED_IN): the values the resolved view chooses among. A field
 * the node's type does not have, or the article does not give, is null.
 */
export interface AccountModel {
  articleId: string;
  published: string | null;
  name: string | null;
  aliases: string[];
  description: string | null;
  kind: string | null;
  title: string | null;
  summary: string | null;
  status: string | null;
  text: string | null;
  quote: string | null;
  medium: string | null;
  paraphrase: string | null;
  figure: string | null;
  value: number | null;
  qualifier: string | null;
  unit: string | null;
  date: FuzzyDateModel | null;
  evidence: EvidenceModel[];
}

export interface PersonModel {
  __typename: 'Person';
  id: string;
  name: string;
  aliases: string[];
  description: string | null;
  unnamed: boolean;
}

export interface OrganizationModel {
  __typename: 'Organization';
  id: string;
  name: string;
  aliases: string[];
  kind: string | null;
  description: string | null;
}

export interface PlaceModel {
  __typename: 'Place';
  id: string;
  name: string;
  aliases: string[];
}

export interface EventModel {
  __typename: 'Event';
  id: string;
  kind: string;
  title: string;
  summary: string | null;
  date: FuzzyDateModel;
}

export interface ProposalModel {
  __typename: 'Proposal';
  id: string;
  title: string;
  status: string | null;
  summary: string | null;
  date: FuzzyDateModel | null;
}

export interface TermModel {
  __typename: 'Term';
  id: string;
  kind: string | null;
  text: string;
  inExchangeFor: string[];
  note: string | null;
}

export interface StatementModel {
  __typename: 'Statement';
  id: string;
  quote: string;
  quoteStart: number | null;
  quoteEnd: number | null;
  medium: string | null;
  paraphrase: boolean;
  date: FuzzyDateModel | null;
}

export interface ClaimModel {
  __typename: 'Claim';
  id: string;
  figure: string;
  value: number | null;
  qualifier: string | null;
  unit: string | null;
}

export interface ArticleModel {
  __typename: 'Article';
  id: string;
  title: string;
  source: string | null;
  published: string | null;
  publisher: string | null;
  url: string | null;
  retrieved: string | null;
  language: string | null;
}

export type ActorModel = PersonModel | OrganizationModel;
export type EntityModel = ActorModel | PlaceModel;
export type NodeModel = EntityModel | EventModel | ProposalModel | TermModel | StatementModel | ClaimModel | ArticleModel;
/** The typename of a node model: its kind (src/ingest/types.ts `nodeKinds`), which toNode maps exhaustively. */
export type NodeTypename = GraphNodeType;

/**
 * What makes a stored relation a fact the articles state: its key (from|TYPE|to, by which its Evidence records are
 * found) and how many articles state it. Its quotes are read by key when a request asks for them (Sourced in the SDL).
 */
export interface StatedModel {
  fact: string;
  sources: number;
}

/** The properties of one stored relation: the optional role, side, table and title, and the fact it states. */
export interface RelationModel {
  role: string | null;
  /** The id of the actor whose side a party or negotiator took. */
  sideId: string | null;
  /** Which side of the table a party or negotiator sat on: a label shared by those seated together. */
  table: string | null;
  title: string | null;
  stated: StatedModel;
}

/** A relation seen from one node: the node at the other end, and what the relation says. */
export interface LinkModel {
  node: NodeModel;
  relation: RelationModel;
}

/**
 * A link of a query that returns several kinds of link in one list (an event's causes and its consequences, a
 * proposal's parties): `kind` says which (src/graphql/linkKinds.ts), so each list resolver picks its own.
 */
export interface KindedLinkModel<K extends string> extends LinkModel {
  kind: K;
}

/** An actor's part in an event (Participation in the SDL). */
export interface ParticipationModel {
  actor: ActorModel;
  event: EventModel;
  role: string;
  sideId: string | null;
  table: string | null;
  stated: StatedModel;
}

/** A relation between two graph nodes, as graph views and paths show it (GraphEdge in the SDL). */
export interface EdgeModel {
  type: string;
  source: string;
  target: string;
  role: string | null;
  sideId: string | null;
  table: string | null;
  title: string | null;
  stated: StatedModel;
}

/** One side's part in a negotiation: a participation in talks, or making or receiving a proposal. */
export interface NegotiationRoleModel {
  side: 'ACTOR' | 'COUNTERPART';
  actor: ActorModel;
  role: string;
  /** In talks: the table side the article gives, when it gives one. */
  table: string | null;
  event: EventModel | null;
  proposal: ProposalModel | null;
  stated: StatedModel;
}

/** Who negotiated with whom, and everything behind the pair. */
export interface NegotiationModel {
  actor: ActorModel;
  counterpart: ActorModel;
  events: EventModel[];
  proposals: ProposalModel[];
  roles: NegotiationRoleModel[];
  mediators: ParticipationModel[];
  /** The facts behind the pair (its roles' and mediators'), whose first sources' quotes are its evidence. */
  facts: StatedModel[];
}

/** A pair of the negotiation network; events and proposals as ids, resolved through the node loader. */
export interface NegotiationEdgeModel {
  source: ActorModel;
  target: ActorModel;
  weight: number;
  eventIds: string[];
  proposalIds: string[];
  /** The facts behind the pair, whose first sources' quotes are its evidence. */
  facts: StatedModel[];
}

/**
 * A relation type the articles state (Sourced in the SDL), as its resolvers return it: the fact's key and source
 * count in `stated`, from which src/graphql/resolvers/sourced.ts answers sources, evidence and evidenceConnection.
 */
export type Stated<T> = Omit<T, 'sources' | 'evidence' | 'evidenceConnection'> & { stated: StatedModel };

/** A page that says how long its whole list is, counted only when a client asks (toConnection in paging.ts). */
export type Counted<T extends { totalCount: number }> = Omit<T, 'totalCount'> & { totalCount: () => Promise<number> };

export interface PathModel {
  nodes: NodeModel[];
  edges: EdgeModel[];
}

export interface GraphNodeModel {
  node: NodeModel;
  distance: number;
}

export interface GraphModel {
  nodes: GraphNodeModel[];
  edges: EdgeModel[];
}

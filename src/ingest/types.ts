/**
 * The annotation file as TypeScript sees it once it has passed seed/annotations.schema.json. The unions
 * mirror the schema's enums; test/unit/ingest/model.test.ts checks that they stay in step with it.
 */

/** What the loader, the API and the exports need to know of a kind of node. */
interface NodeKind {
  /** The id prefix (`person:adam-boehler`). */
  prefix: string;
  /** Declared in annotation files (an article node is made of the file's article metadata instead). */
  annotated: boolean;
  /** Also labelled :Entity (one constraint, one full-text index over names). */
  entity: boolean;
  /** Its annotation may carry a fuzzy date (an event's must). */
  dated: boolean;
  /** The property a view shows it by; a claim's unit, when it has one, follows its figure. */
  caption: 'name' | 'title' | 'text' | 'quote' | 'figure';
}

/**
 * The one definition of the kinds of node the graph holds, in the order of the annotation schema's enum, Article
 * last. Every list and union of node types (annotation, graph labels, API typenames, id prefixes) derives from it.
 */
export const nodeKinds = {
  Person: { prefix: 'person', annotated: true, entity: true, dated: false, caption: 'name' },
  Organization: { prefix: 'org', annotated: true, entity: true, dated: false, caption: 'name' },
  Place: { prefix: 'place', annotated: true, entity: true, dated: false, caption: 'name' },
  Event: { prefix: 'event', annotated: true, entity: false, dated: true, caption: 'title' },
  Proposal: { prefix: 'proposal', annotated: true, entity: false, dated: true, caption: 'title' },
  Term: { prefix: 'term', annotated: true, entity: false, dated: false, caption: 'text' },
  Statement: { prefix: 'statement', annotated: true, entity: false, dated: true, caption: 'quote' },
  Claim: { prefix: 'claim', annotated: true, entity: false, dated: false, caption: 'figure' },
  Article: { prefix: 'article', annotated: false, entity: false, dated: false, caption: 'title' },
} as const satisfies Record<string, NodeKind>;

/** Every kind of node the graph holds (its label, and its typename in the API). */
export type GraphNodeType = keyof typeof nodeKinds;
export const graphNodeTypes = Object.keys(nodeKinds) as GraphNodeType[];

/** The node types an annotation file declares. */
export type NodeType = { [K in GraphNodeType]: (typeof nodeKinds)[K]['annotated'] extends true ? K : never }[GraphNodeType];
export const nodeTypes: readonly NodeType[] = graphNodeTypes.filter((type): type is NodeType => nodeKinds[type].annotated);

export const relationTypes = [
  'HOLDS_ROLE',
  'PART_OF',
  'PARTICIPATED_IN',
  'PROPOSED',
  'ADDRESSED_TO',
  'REJECTED',
  'DEMANDED',
  'STATED',
  'ABOUT',
  'OCCURRED_IN',
  'TRIGGERED',
  'FOLLOWED',
  'PART_OF_EVENT',
  'HAS_TERM',
  'BINDS',
  'CLAIMED',
  'LOCATED_IN',
] as const;
export type RelationType = (typeof relationTypes)[number];

export const datePrecisions = ['day', 'month', 'year', 'range', 'unknown'] as const;
export type DatePrecision = (typeof datePrecisions)[number];

// The closed vocabularies of the annotation schema, in its order.
export const organizationKinds = [
  'state',
  'government body',
  'head of government office',
  'armed group',
  'media platform',
  'officials',
] as const;
export type OrganizationKind = (typeof organizationKinds)[number];

export const eventKinds = [
  'attack',
  'war',
  'talks',
  'negotiation',
  'mediation',
  'statement',
  'warning',
  'designation',
  'nomination',
  'ceasefire',
  'ceasefire phase',
  'agreement',
  'acknowledgement',
  'rejection',
  'authorization',
  'hostage holding',
  'declaration',
] as const;
export type EventKind = (typeof eventKinds)[number];

export const proposalStatuses = ['proposed', 'demanded', 'under negotiation', 'accepted', 'rejected'] as const;
export type ProposalStatus = (typeof proposalStatuses)[number];

export const termKinds = ['exchange', 'demand', 'omission'] as const;
export type TermKind = (typeof termKinds)[number];

export const statementMedia = ['press briefing', 'Truth Social', 'official statement', 'remarks to reporters', 'unspecified'] as const;
export type StatementMedium = (typeof statementMedia)[number];

export const claimQualifiers = ['exactly', 'over', 'about', 'at least', 'half'] as const;
export type ClaimQualifier = (typeof claimQualifiers)[number];

/** An actor's part in an event (PARTICIPATED_IN's role). */
export const roles = [
  'party',
  'lead negotiator',
  'negotiator',
  'mediator',
  'attacker',
  'target',
  'speaker',
  'designator',
  'designated',
  'proposer',
  'addressee',
  'victim',
  'holder',
  'held',
  'signatory',
  'subject',
] as const;
export type Role = (typeof roles)[number];

/** A verbatim quote: a plain string must occur once in the text; otherwise name its 1-based occurrence. */
export type EvidenceItem = string | { quote: string; occurrence: number };

export interface FuzzyDate {
  text: string | null;
  precision: DatePrecision;
  /** day: YYYY-MM-DD, month: YYYY-MM, year: YYYY. */
  value?: string;
  /** range only: YYYY-MM-DD bounds. */
  earliest?: string;
  latest?: string;
  /** Ids of dated nodes this one follows / precedes; they bound an unknown date. */
  after?: string[];
  before?: string[];
  basis?: string;
}

interface NodeBase<T extends NodeType> {
  id: string;
  type: T;
  evidence: EvidenceItem[];
}

export interface PersonNode extends NodeBase<'Person'> {
  name: string;
  aliases?: string[];
  description?: string;
  unnamed?: boolean;
}

export interface OrganizationNode extends NodeBase<'Organization'> {
  name: string;
  aliases?: string[];
  kind: OrganizationKind;
  description?: string;
}

export interface PlaceNode extends NodeBase<'Place'> {
  name: string;
  aliases?: string[];
}

export interface EventNode extends NodeBase<'Event'> {
  kind: EventKind;
  title: string;
  summary: string;
  date: FuzzyDate;
}

export interface ProposalNode extends NodeBase<'Proposal'> {
  title: string;
  status: ProposalStatus;
  summary: string;
  date?: FuzzyDate;
}

export interface TermNode extends NodeBase<'Term'> {
  kind: TermKind;
  text: string;
  inExchangeFor?: string[];
  note?: string;
}

export interface StatementNode extends NodeBase<'Statement'> {
  quote: string;
  medium: StatementMedium;
  paraphrase?: boolean;
  date?: FuzzyDate;
}

export interface ClaimNode extends NodeBase<'Claim'> {
  figure: string;
  value: number;
  qualifier: ClaimQualifier;
  unit: string;
}

export type AnnotationNode = PersonNode | OrganizationNode | PlaceNode | EventNode | ProposalNode | TermNode | StatementNode | ClaimNode;

export interface AnnotationRelation {
  type: RelationType;
  from: string;
  to: string;
  role?: Role;
  side?: string;
  /** Which side of the table: a label shared by participants who sat together, whatever state each represents. */
  table?: string;
  title?: string;
  evidence: EvidenceItem[];
}

export interface ArticleMeta {
  id: string;
  title: string;
  /** Path of the article text, relative to the annotation file. */
  textFile: string;
  source: string;
  published?: string | null;
  publisher?: string;
  url?: string;
  /** YYYY-MM-DD: the day the text was read at `url`. */
  retrieved?: string;
  /** BCP 47 tag: en, ar, he. */
  language?: string;
}

export interface AnnotationFile {
  $schema?: string;
  article: ArticleMeta;
  /** Ids of nodes other articles declare, which this file points at without declaring them again. */
  references?: string[];
  nodes: AnnotationNode[];
  relations: AnnotationRelation[];
  /** The draft marker of a machine-drafted file (src/draft); the loader refuses it unless accepting drafts. */
  draft?: unknown;
}

/**
 * The annotation file as TypeScript sees it once it has passed seed/annotations.schema.json. The unions
 * mirror the schema's enums; test/unit/ingest/model.test.ts checks that they stay in step with it.
 */

export const nodeTypes = ['Person', 'Organization', 'Place', 'Event', 'Proposal', 'Term', 'Statement', 'Claim'] as const;
export type NodeType = (typeof nodeTypes)[number];

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
  kind: string;
  description?: string;
}

export interface PlaceNode extends NodeBase<'Place'> {
  name: string;
  aliases?: string[];
}

export interface EventNode extends NodeBase<'Event'> {
  kind: string;
  title: string;
  summary: string;
  date: FuzzyDate;
}

export interface ProposalNode extends NodeBase<'Proposal'> {
  title: string;
  status: string;
  summary: string;
  date?: FuzzyDate;
}

export interface TermNode extends NodeBase<'Term'> {
  kind: 'exchange' | 'demand' | 'omission';
  text: string;
  inExchangeFor?: string[];
  note?: string;
}

export interface StatementNode extends NodeBase<'Statement'> {
  quote: string;
  medium: string;
  paraphrase?: boolean;
  date?: FuzzyDate;
}

export interface ClaimNode extends NodeBase<'Claim'> {
  figure: string;
  value: number;
  qualifier: string;
  unit: string;
}

export type AnnotationNode = PersonNode | OrganizationNode | PlaceNode | EventNode | ProposalNode | TermNode | StatementNode | ClaimNode;

export interface AnnotationRelation {
  type: RelationType;
  from: string;
  to: string;
  role?: string;
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

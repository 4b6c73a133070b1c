import type { Interval } from './dates';
import type { Passage } from './evidence';
import { isEntity, labelsOf, relationKey } from './model';
import type { AnnotationNode, AnnotationRelation, ArticleMeta, FuzzyDate, RelationType } from './types';

type Scalar = string | number | boolean | string[] | null;

/** One node for cypher/ingest/merge-nodes.cypher. Every property of its type is present; null removes it. */
export interface NodeRow {
  id: string;
  labels: string[];
  props: Record<string, Scalar>;
  /** YYYY-MM-DD, stored as Neo4j DATE; null when open or undated. */
  earliest: string | null;
  latest: string | null;
  /** Statement quotes: code-point offsets of the quote in the article. */
  quoteStart: number | null;
  quoteEnd: number | null;
}

/** Evidence of one fact: the quotes and their code-point offsets, in the order the annotation lists them. */
export interface EvidenceColumns {
  evidence: string[];
  evidenceStart: number[];
  evidenceEnd: number[];
}

/** A node's MENTIONED_IN this article; `aliases` are the names this article gives an entity (null otherwise). */
export interface MentionRow extends EvidenceColumns {
  id: string;
  aliases: string[] | null;
}

export interface RelationRow extends EvidenceColumns {
  from: string;
  type: RelationType;
  to: string;
  props: { role: string | null; side: string | null; title: string | null };
}

export interface ArticleRow {
  id: string;
  title: string;
  source: string;
  textFile: string;
  textSha256: string;
  text: string;
  published: string | null;
}

/** Everything the write step sends to Neo4j for one article. */
export interface WriteParams {
  article: ArticleRow;
  nodes: NodeRow[];
  mentions: MentionRow[];
  relations: RelationRow[];
  /** What the file now holds: anything this article wrote before and is not listed here is removed. */
  nodeIds: string[];
  relationKeys: string[];
}

/** A node that passed every check, with what the checks found: its evidence, its interval, its quote. */
export interface CheckedNode {
  node: AnnotationNode;
  passages: Passage[];
  interval?: Interval;
  quote?: Passage;
}

export interface CheckedRelation {
  relation: AnnotationRelation;
  passages: Passage[];
}

function columns(passages: readonly Passage[]): EvidenceColumns {
  return {
    evidence: passages.map((passage) => passage.quote),
    evidenceStart: passages.map((passage) => passage.start),
    evidenceEnd: passages.map((passage) => passage.end),
  };
}

function dateProps(date: FuzzyDate | undefined): Record<string, Scalar> {
  return { dateText: date?.text ?? null, datePrecision: date?.precision ?? null, dateBasis: date?.basis ?? null };
}

/** The stored properties of a node, named as in the annotation (seed/README.md lists them per label). */
function nodeProps(node: AnnotationNode): Record<string, Scalar> {
  switch (node.type) {
    case 'Person':
      return { name: node.name, description: node.description ?? null, unnamed: node.unnamed ?? null };
    case 'Organization':
      return { name: node.name, kind: node.kind, description: node.description ?? null };
    case 'Place':
      return { name: node.name };
    case 'Event':
      return { kind: node.kind, title: node.title, summary: node.summary, ...dateProps(node.date) };
    case 'Proposal':
      return { title: node.title, status: node.status, summary: node.summary, ...dateProps(node.date) };
    case 'Term':
      return { kind: node.kind, text: node.text, inExchangeFor: node.inExchangeFor ?? null, note: node.note ?? null };
    case 'Statement':
      return { quote: node.quote, medium: node.medium, paraphrase: node.paraphrase ?? null, ...dateProps(node.date) };
    case 'Claim':
      return { figure: node.figure, value: node.value, qualifier: node.qualifier, unit: node.unit };
    default: {
      const never: never = node;
      throw new Error(`unhandled node type ${(never as { type: string }).type}`);
    }
  }
}

/** Builds the parameters of the write step from checked entries; pure, so the unit tests can look at it. */
export function buildWriteParams(article: ArticleRow, nodes: readonly CheckedNode[], relations: readonly CheckedRelation[]): WriteParams {
  return {
    article,
    nodes: nodes.map(({ node, interval, quote }) => ({
      id: node.id,
      labels: labelsOf(node.type),
      props: nodeProps(node),
      earliest: interval?.earliest ?? null,
      latest: interval?.latest ?? null,
      quoteStart: quote?.start ?? null,
      quoteEnd: quote?.end ?? null,
    })),
    mentions: nodes.map(({ node, passages }) => ({
      id: node.id,
      aliases: isEntity(node.type) ? ((node as { aliases?: string[] }).aliases ?? []) : null,
      ...columns(passages),
    })),
    relations: relations.map(({ relation, passages }) => ({
      from: relation.from,
      type: relation.type,
      to: relation.to,
      props: { role: relation.role ?? null, side: relation.side ?? null, title: relation.title ?? null },
      ...columns(passages),
    })),
    nodeIds: nodes.map(({ node }) => node.id),
    relationKeys: relations.map(({ relation }) => relationKey(relation)),
  };
}

/** The Article row from the annotation's article section and the text as read. */
export function articleRow(meta: ArticleMeta, text: string, textSha256: string): ArticleRow {
  return {
    id: meta.id,
    title: meta.title,
    source: meta.source,
    textFile: meta.textFile,
    textSha256,
    text,
    published: meta.published ?? null,
  };
}

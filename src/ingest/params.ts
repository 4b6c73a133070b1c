import { openEnd } from '../db';
import type { Interval } from './dates';
import type { Passage } from './evidence';
import { isEntity, labelsOf, relationKey } from './model';
import type { AnnotationNode, AnnotationRelation, ArticleMeta, FuzzyDate, RelationType } from './types';

type Scalar = string | number | boolean | string[] | null;

/**
 * One node as this article states it, for cypher/ingest/merge-mentions.cypher: the node's labels, and the
 * per-source values that go on its MENTIONED_IN (the article's assertion about the node). Every property of
 * the type is present; null means this article does not give it.
 */
export interface NodeRow {
  id: string;
  labels: string[];
  props: Record<string, Scalar>;
  /** YYYY-MM-DD, stored as Neo4j DATE; null when open or undated. */
  earliest: string | null;
  latest: string | null;
  /** Statement quotes: code-point offsets of the quote in this article. */
  quoteStart: number | null;
  quoteEnd: number | null;
  /** Entities: the other names this article gives (null for other types). */
  aliases: string[] | null;
  /** The order of this source among those of the node's date (narrowest interval first); null when it dates nothing. */
  dateRank: string | null;
  evidence: string[];
  evidenceStart: number[];
  evidenceEnd: number[];
}

/** Evidence of one fact: the quotes and their code-point offsets, in the order the annotation lists them. */
export interface EvidenceColumns {
  evidence: string[];
  evidenceStart: number[];
  evidenceEnd: number[];
}

/** One fact as this article states it, for cypher/ingest/merge-facts.cypher. */
export interface FactRow extends EvidenceColumns {
  /** from|TYPE|to: one relationship per key, whatever the number of articles that state it. */
  key: string;
  from: string;
  type: RelationType;
  to: string;
  props: { role: string | null; side: string | null; table: string | null; title: string | null };
}

export interface ArticleRow {
  id: string;
  title: string;
  source: string;
  textFile: string;
  textSha256: string;
  text: string;
  published: string | null;
  publisher: string | null;
  url: string | null;
  retrieved: string | null;
  language: string | null;
  /** Where this article's values stand among other sources': see `articleRank`. */
  rank: string;
}

/** Everything the write step sends to Neo4j for one article; lists are sorted by id so concurrent loads lock in one order. */
export interface WriteParams {
  article: ArticleRow;
  nodes: NodeRow[];
  /** Ids of nodes other articles declare that this one points at. */
  references: string[];
  facts: FactRow[];
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

/**
 * The resolution order of sources (cypher/README.md, "Many sources"): the earliest published first, undated
 * articles after dated ones, ties by article id. Text that sorts in that order, so that an index serves it.
 */
function articleRank(id: string, published: string | null): string {
  return `${published ?? openEnd}|${id}`;
}

const openWidth = 9_999_999;

/** How a source's date ranks: the narrowest interval first (an open end counts as the widest), then by article. */
function dateRank(interval: Interval | undefined, rank: string): string {
  const width =
    interval?.earliest && interval.latest
      ? Math.round((Date.parse(interval.latest) - Date.parse(interval.earliest)) / 86_400_000)
      : openWidth;
  return `${String(width).padStart(7, '0')}|${rank}`;
}

function byId<T>(key: (item: T) => string): (a: T, b: T) => number {
  return (a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0);
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
export function buildWriteParams(
  article: ArticleRow,
  nodes: readonly CheckedNode[],
  relations: readonly CheckedRelation[],
  references: readonly string[] = [],
): WriteParams {
  return {
    article,
    nodes: nodes
      .map(({ node, interval, quote, passages }) => ({
        id: node.id,
        labels: labelsOf(node.type),
        props: nodeProps(node),
        earliest: interval?.earliest ?? null,
        latest: interval?.latest ?? null,
        quoteStart: quote?.start ?? null,
        quoteEnd: quote?.end ?? null,
        aliases: isEntity(node.type) ? ((node as { aliases?: string[] }).aliases ?? []) : null,
        dateRank: 'date' in node && node.date ? dateRank(interval, article.rank) : null,
        ...columns(passages),
      }))
      .sort(byId((row) => row.id)),
    references: [...references].sort(),
    facts: relations
      .map(({ relation, passages }) => ({
        key: relationKey(relation),
        from: relation.from,
        type: relation.type,
        to: relation.to,
        props: { role: relation.role ?? null, side: relation.side ?? null, table: relation.table ?? null, title: relation.title ?? null },
        ...columns(passages),
      }))
      .sort(byId((row) => row.key)),
  };
}

/** The Article row from the annotation's article section and the text as read. */
export function articleRow(meta: ArticleMeta, text: string, textSha256: string): ArticleRow {
  const published = meta.published ?? null;
  return {
    id: meta.id,
    title: meta.title,
    source: meta.source,
    textFile: meta.textFile,
    textSha256,
    text,
    published,
    publisher: meta.publisher ?? null,
    url: meta.url ?? null,
    retrieved: meta.retrieved ?? null,
    language: meta.language ?? null,
    rank: articleRank(meta.id, published),
  };
}

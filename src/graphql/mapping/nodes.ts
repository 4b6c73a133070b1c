import { isDate } from 'neo4j-driver';
import { captionOf, datePrecisions, graphNodeTypes, type RelationType } from '../../ingest';
import { affiliationDirections, eventLinkLists, type AffiliationDirection, type EventLinkList } from '../linkKinds';
import type {
  AccountModel,
  ActorModel,
  EdgeModel,
  EntityModel,
  EventModel,
  EvidenceModel,
  FuzzyDateModel,
  KindedLinkModel,
  LinkModel,
  NodeModel,
  NodeTypename,
  RelationModel,
} from '../models';

/**
 * Query rows -> the models resolvers return. The query files return nodes as `n {.*, labels: labels(n)}` and
 * relations as `r {.*}`, with the property names of the graph contract (seed/README.md); this module is the one
 * place that knows those names.
 */

type Props = Record<string, unknown>;

function props(value: unknown, what: string): Props {
  if (value === null || typeof value !== 'object' || Array.isArray(value))
    throw new TypeError(`expected ${what} as a map, got ${String(value)}`);
  return value as Props;
}

function text(value: unknown): string | null {
  return typeof value === 'string' ? value : null;
}

function requiredText(p: Props, key: string): string {
  const value = p[key];
  if (typeof value !== 'string')
    throw new TypeError(`expected ${typeof p.id === 'string' ? p.id : 'a node'} to have a string ${key}, got ${String(value)}`);
  return value;
}

function texts(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
}

function numberOrNull(value: unknown): number | null {
  return typeof value === 'number' ? value : null;
}

/** A Neo4j DATE (or an ISO string a query made of one) as YYYY-MM-DD; anything else as null. */
function isoDate(value: unknown): string | null {
  if (isDate(value as object)) return String(value);
  return typeof value === 'string' ? value : null;
}

/** The fuzzy date stored on an event, proposal or statement; null when the node carries none. */
function toFuzzyDate(p: Props): FuzzyDateModel | null {
  const precision = p.datePrecision;
  if (typeof precision !== 'string') return null;
  const known = datePrecisions.find((candidate) => candidate === precision);
  if (known === undefined)
    throw new TypeError(`expected ${String(p.id ?? p.subject)} to have a date precision in ${datePrecisions.join(', ')}, got ${precision}`);
  return {
    text: text(p.dateText),
    precision: known,
    earliest: isoDate(p.earliest),
    latest: isoDate(p.latest),
    basis: basis(p),
  };
}

/** The annotation's basis, or for bounds the graph gave (cypher/derive) the events or reporting articles they come from. */
function basis(p: Props): string | null {
  const earliest = text(p.earliestFrom);
  const latest = text(p.latestFrom);
  const bounds = [
    ...(earliest ? [`earliest from ${earliest}, which it follows or is part of`] : []),
    // cypher/derive/bound-reported.cypher bounds a proposal or statement by the article that reports it.
    ...(latest
      ? [
          latest.startsWith('article:')
            ? `latest from the publication of ${latest}, which reports it`
            : `latest from ${latest}, which it precedes or is part of`,
        ]
      : []),
  ];
  const stated = text(p.dateBasis);
  return [...(stated ? [stated] : []), ...bounds].join('; ') || null;
}

/** The quotes of one article's record (a MENTIONED_IN, an Evidence) with their offsets: parallel lists, by the graph contract. */
export function toEvidence(record: Props): EvidenceModel[] {
  const quotes = texts(record.evidence);
  const starts = Array.isArray(record.evidenceStart) ? record.evidenceStart : [];
  const ends = Array.isArray(record.evidenceEnd) ? record.evidenceEnd : [];
  const articleId = text(record.article) ?? '';
  return quotes.map((quote, index) => ({ quote, start: numberOrNull(starts[index]), end: numberOrNull(ends[index]), articleId }));
}

/** One article's MENTIONED_IN of a node, with the article's publication date, as that article's account. */
export function toAccount(relation: Props, published: unknown): AccountModel {
  return {
    articleId: requiredText(relation, 'article'),
    published: isoDate(published),
    name: text(relation.name),
    aliases: texts(relation.aliases),
    description: text(relation.description),
    kind: text(relation.kind),
    title: text(relation.title),
    summary: text(relation.summary),
    status: text(relation.status),
    text: text(relation.text),
    quote: text(relation.quote),
    medium: text(relation.medium),
    paraphrase: text(relation.paraphrase),
    figure: text(relation.figure),
    value: numberOrNull(relation.value),
    qualifier: text(relation.qualifier),
    unit: text(relation.unit),
    date: toFuzzyDate(relation),
    evidence: toEvidence(relation),
  };
}

/** A stored fact relation's role, side, table and title, and its key and source count (for its evidence). */
export function toRelation(value: unknown): RelationModel {
  const relation = props(value, 'a relation');
  return {
    role: text(relation.role),
    sideId: text(relation.side),
    table: text(relation.table),
    title: text(relation.title),
    stated: { fact: requiredText(relation, 'key'), sources: numberOrNull(relation.sources) ?? 0 },
  };
}

/** A relation returned as `r {.*, type, source, target}`: an edge of a path or a neighbourhood. */
export function toEdge(value: unknown): EdgeModel {
  const relation = props(value, 'a relation');
  return {
    ...toRelation(relation),
    type: requiredText(relation, 'type'),
    source: requiredText(relation, 'source'),
    target: requiredText(relation, 'target'),
  };
}

function typenameOf(p: Props): NodeTypename {
  const labels = texts(p.labels);
  const typename = graphNodeTypes.find((name) => labels.includes(name));
  if (!typename)
    throw new TypeError(
      `expected ${String(p.id)} to carry one of the labels ${graphNodeTypes.join(', ')}, got ${labels.join(', ') || 'none'}`,
    );
  return typename;
}

/**
 * A brief node (cypher/include/node-map.cypher): its id, and its name or title where its type has one. Typed as its
 * type's model, which it is not: every other field the API serves from a node resolves through briefNodes.ts
 * `storedField`, which loads the whole node for a brief one, and no other code reads a node's properties beyond
 * id, name, title and __typename from a model that may be brief (graph labels load the whole node too).
 */
function toBriefNode(p: Props, typename: NodeTypename, id: string): NodeModel {
  // Field by field rather than through entries: a list maps a brief node for every item it shows.
  const node: Record<string, unknown> = { __typename: typename, id, brief: true };
  if (typeof p.name === 'string') node.name = p.name;
  if (typeof p.title === 'string') node.title = p.title;
  return node as unknown as NodeModel;
}

/** A node returned as `n {.*, labels: labels(n)}` (or brief), typed by its label. */
export function toNode(value: unknown): NodeModel {
  const p = props(value, 'a node');
  const id = requiredText(p, 'id');
  const typename = typenameOf(p);
  if (p.brief === true) return toBriefNode(p, typename, id);
  switch (typename) {
    case 'Person':
      return {
        __typename: typename,
        id,
        name: requiredText(p, 'name'),
        aliases: texts(p.aliases),
        description: text(p.description),
        unnamed: p.unnamed === true,
      };
    case 'Organization':
      return {
        __typename: typename,
        id,
        name: requiredText(p, 'name'),
        aliases: texts(p.aliases),
        kind: text(p.kind),
        description: text(p.description),
      };
    case 'Place':
      return { __typename: typename, id, name: requiredText(p, 'name'), aliases: texts(p.aliases) };
    case 'Event':
      return {
        __typename: typename,
        id,
        kind: requiredText(p, 'kind'),
        title: requiredText(p, 'title'),
        summary: text(p.summary),
        // An event always has a date in the annotation format; an event without one is placed as unknown.
        date: toFuzzyDate(p) ?? { text: null, precision: 'unknown', earliest: null, latest: null, basis: null },
      };
    case 'Proposal':
      return {
        __typename: typename,
        id,
        title: requiredText(p, 'title'),
        status: text(p.status),
        summary: text(p.summary),
        date: toFuzzyDate(p),
      };
    case 'Term':
      return {
        __typename: typename,
        id,
        kind: text(p.kind),
        text: requiredText(p, 'text'),
        inExchangeFor: texts(p.inExchangeFor),
        note: text(p.note),
      };
    case 'Statement':
      return {
        __typename: typename,
        id,
        quote: requiredText(p, 'quote'),
        quoteStart: numberOrNull(p.quoteStart),
        quoteEnd: numberOrNull(p.quoteEnd),
        medium: text(p.medium),
        paraphrase: p.paraphrase === true,
        date: toFuzzyDate(p),
      };
    case 'Claim':
      return {
        __typename: typename,
        id,
        figure: requiredText(p, 'figure'),
        value: numberOrNull(p.value),
        qualifier: text(p.qualifier),
        unit: text(p.unit),
      };
    case 'Article':
      return {
        __typename: typename,
        id,
        title: requiredText(p, 'title'),
        source: text(p.source),
        published: isoDate(p.published),
        publisher: text(p.publisher),
        url: text(p.url),
        retrieved: isoDate(p.retrieved),
        language: text(p.language),
      };
    default: {
      const unhandled: never = typename;
      throw new TypeError(`no mapping for node type ${String(unhandled)}`);
    }
  }
}

/** The node, typed as one of `typenames`; a node of another type is a broken query contract, so it throws. */
export function narrow<K extends NodeTypename>(node: NodeModel, ...typenames: K[]): Extract<NodeModel, { __typename: K }> {
  if (!(typenames as NodeTypename[]).includes(node.__typename))
    throw new TypeError(`expected ${node.id} to be a ${typenames.join(' or ')}, got a ${node.__typename}`);
  return node as Extract<NodeModel, { __typename: K }>;
}

/** A node that must be a person or an organization (a participant, a speaker, a source). */
export function toActor(value: unknown): ActorModel {
  return narrow(toNode(value), 'Person', 'Organization');
}

/** A node that must be a person, an organization or a place (a search hit). */
export function toEntity(value: unknown): EntityModel {
  return narrow(toNode(value), 'Person', 'Organization', 'Place');
}

export function toEvent(value: unknown): EventModel {
  return narrow(toNode(value), 'Event');
}

/** A row of a batch query: the node in `nodeColumn` and the relation in `relation`. */
export function toLink(row: Props, nodeColumn: string): LinkModel {
  return { node: toNode(row[nodeColumn]), relation: toRelation(row.relation) };
}

/** `value` as one of `kinds`; any other value is a broken query contract, so it throws. */
function oneOf<K extends string>(value: unknown, kinds: readonly K[], what: string): K {
  const found = kinds.find((kind) => kind === value);
  if (found === undefined) throw new TypeError(`expected ${what} to be one of ${kinds.join(', ')}, got ${String(value)}`);
  return found;
}

/** A row of a query that returns several relation types (`type`) of the kinds `kinds`. */
export function toTypedLink<K extends RelationType>(row: Props, nodeColumn: string, kinds: readonly K[]): KindedLinkModel<K> {
  return { ...toLink(row, nodeColumn), kind: oneOf(row.type, kinds, 'a relation type') };
}

/** A row of links-by-event: its relation type and direction (`type`, `outgoing`) say which of the event's lists it is in. */
export function toEventLink(row: Props): KindedLinkModel<EventLinkList> {
  const lists = Object.keys(eventLinkLists) as EventLinkList[];
  const list = lists.find((name) => eventLinkLists[name].type === row.type && eventLinkLists[name].outgoing === row.outgoing);
  if (list === undefined)
    throw new TypeError(`expected an event link of ${lists.join(', ')}, got ${String(row.type)} outgoing ${String(row.outgoing)}`);
  return { ...toLink(row, 'other'), kind: list };
}

/** A row of affiliations-by-organization: `link` says whether the other organization is one it is part of, or a part. */
export function toAffiliation(row: Props): KindedLinkModel<AffiliationDirection> {
  return { ...toLink(row, 'other'), kind: oneOf(row.link, affiliationDirections, 'an affiliation') };
}

/** What a graph view shows as a node's caption: its name, title, text, quote or figure (src/ingest/types.ts `nodeKinds`). */
export function displayName(node: NodeModel): string {
  return captionOf(node.__typename, node) ?? node.id;
}

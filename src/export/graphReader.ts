import path from 'node:path';
import neo4j from 'neo4j-driver';
import { cypherDir, QueryLibrary, type Database, type Row } from '../db';
import { BadUserInputError, NotFoundError } from '../errors';
import { toPlain, type PlainValue } from '../research';
import { propertyTypeOf, type PropertyType } from './propertyTypes';

/**
 * The Cypher an export runs; these files read the graph for export and answer no research question, so they live
 * apart from cypher/queries.
 */
const exportQueriesDir = path.join(cypherDir, 'export');
const exportQueryNames = ['graph-page', 'selection-page', 'neighbours', 'mentioning-articles'] as const;

/** Loads the export's Cypher files, failing at once if one is missing. */
export function loadExportQueries(): QueryLibrary {
  return QueryLibrary.load(exportQueryNames, exportQueriesDir);
}

export interface GraphNode {
  id: string;
  labels: string[];
  properties: Record<string, PlainValue>;
}

/** A relationship; its id is `source|TYPE|target` for a fact (one per fact), `source|MENTIONED_IN|target|article` for a mention. */
export interface GraphEdge {
  id: string;
  type: string;
  source: string;
  target: string;
  properties: Record<string, PlainValue>;
}

/** The type of each property of one node or edge; null for an empty list. */
export type PropertyTypes = Record<string, PropertyType | null>;

/** One node as read for export, with its outgoing relationships and the types of all their properties. */
export interface ReadNode {
  node: GraphNode;
  types: PropertyTypes;
  edges: { edge: GraphEdge; types: PropertyTypes }[];
}

interface RawProperty {
  key: string;
  type: string;
  value: unknown;
}

interface RawEdge {
  type: string;
  target: string;
  properties: RawProperty[];
}

function properties(raw: RawProperty[]): { values: Record<string, PlainValue>; types: PropertyTypes } {
  const values: Record<string, PlainValue> = {};
  const types: PropertyTypes = {};
  for (const property of raw) {
    values[property.key] = toPlain(property.value);
    types[property.key] = propertyTypeOf(property.type);
  }
  return { values, types };
}

function readNode(row: Row): ReadNode {
  const id = String(row.id);
  const own = properties(row.properties as RawProperty[]);
  const edges = (row.edges as RawEdge[]).map((raw) => {
    const edge = properties(raw.properties);
    // One relationship per fact, and one MENTIONED_IN per (node, article): a mention's id names its article.
    const article = typeof edge.values.article === 'string' ? `|${edge.values.article}` : '';
    return {
      edge: { id: `${id}|${raw.type}|${raw.target}${article}`, type: raw.type, source: id, target: raw.target, properties: edge.values },
      types: edge.types,
    };
  });
  return { node: { id, labels: (row.labels as string[]).slice().sort(), properties: own.values }, types: own.types, edges };
}

/** Reads the whole graph in pages of `pageSize` nodes, in id order, each page as soon as it arrives. */
export async function* readWholeGraph(db: Database, queries: QueryLibrary, pageSize: number): AsyncGenerator<ReadNode[]> {
  let after = '';
  for (;;) {
    const rows = await db.read(queries.get('graph-page'), { after, limit: neo4j.int(pageSize) });
    if (rows.length === 0) return;
    yield rows.map(readNode);
    after = String(rows[rows.length - 1]?.id);
  }
}

/** Reads the nodes `ids` in pages, keeping only the relationships between them. */
export async function* readSelection(
  db: Database,
  queries: QueryLibrary,
  ids: readonly string[],
  pageSize: number,
): AsyncGenerator<ReadNode[]> {
  for (let start = 0; start < ids.length; start += pageSize) {
    const rows = await db.read(queries.get('selection-page'), { ids: ids.slice(start, start + pageSize), selection: ids });
    yield rows.map(readNode);
  }
}

/**
 * The ids of the nodes at most `depth` relationships away from `entity` (articles are not walked through,
 * but the articles that mention the nodes found are added, as their provenance), sorted. Throws when the
 * walk passes `maxNodes`, rather than export part of a neighbourhood.
 */
export async function neighbourhood(
  db: Database,
  queries: QueryLibrary,
  entity: string,
  depth: number,
  maxNodes: number,
): Promise<string[]> {
  const exists = await db.read(queries.get('selection-page'), { ids: [entity], selection: [] });
  if (exists.length === 0) throw new NotFoundError(`no node has the id "${entity}"`);
  const found = new Set([entity]);
  let frontier = [entity];
  for (let step = 0; step < depth && frontier.length > 0; step += 1) {
    // maxNodes + 1 rows at most: every id returned ends up in `found`, so a cut-off answer always passes the bound and is refused.
    const rows = await db.read(queries.get('neighbours'), { ids: frontier, limit: neo4j.int(maxNodes + 1) });
    frontier = rows.map((row) => String(row.id)).filter((id) => !found.has(id));
    for (const id of frontier) found.add(id);
    if (found.size > maxNodes) {
      throw new BadUserInputError(
        '--depth',
        `the neighbourhood of ${entity} at depth ${depth} has more than ${maxNodes} nodes; lower --depth or raise --max-nodes`,
      );
    }
  }
  const articles = await db.read(queries.get('mentioning-articles'), { ids: [...found] });
  for (const row of articles) found.add(String(row.id));
  return [...found].sort();
}

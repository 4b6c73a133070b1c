import path from 'node:path';
import { cypherDir, QueryLibrary, type Database, type Row, type Transaction } from '../db';
import { deriveBounds } from '../derive';
import { diffFootprints, type Footprint, type LoadChanges } from './changes';
import type { PreparedArticle } from './prepare';
import type { GraphNode } from './references';
import type { NodeType } from './types';
import type { LoadSummary } from './summary';

export const ingestQueriesDir = path.join(cypherDir, 'ingest');

/** The statements of a load, in the order they run (a load first unloads what the article wrote before). */
export const ingestQueryNames = [
  'unload-facts',
  'unload-mentions',
  'delete-article',
  'merge-article',
  'merge-mentions',
  'merge-facts',
  'resolve-nodes',
  'resolve-facts',
  'article-summary',
  'footprint',
  'referenced-nodes',
] as const;

let library: QueryLibrary | undefined;

/** cypher/ingest, read once; fails at once if a file is missing. */
export function ingestQueries(): QueryLibrary {
  library ??= QueryLibrary.load(ingestQueryNames, ingestQueriesDir);
  return library;
}

/** What unloading an article took away, and the nodes and facts whose resolved view must be recomputed. */
interface Unloaded {
  found: boolean;
  facts: { keys: string[] };
  mentions: { ids: string[]; deleted: string[]; touched: Array<{ id: string; removed: string[] }> };
}

async function unloadIn(tx: Transaction, queries: QueryLibrary, article: string): Promise<Unloaded> {
  const facts = await tx.run(queries.get('unload-facts'), { article });
  const mentions = await tx.run(queries.get('unload-mentions'), { article });
  const [deleted] = await tx.run(queries.get('delete-article'), { article });
  const remaining = (row: Row) => Number(row.remaining) > 0;
  return {
    found: Number(deleted?.articles ?? 0) > 0,
    // Every key: a fact that went may have bounded an event's date (src/derive), and resolve-facts skips it.
    facts: { keys: facts.map((row) => String(row.key)) },
    mentions: {
      ids: mentions.map((row) => String(row.id)),
      deleted: mentions.filter((row) => !remaining(row)).map((row) => String(row.id)),
      touched: mentions.filter(remaining).map((row) => ({ id: String(row.id), removed: (row.names as string[]) ?? [] })),
    },
  };
}

async function resolveIn(
  tx: Transaction,
  queries: QueryLibrary,
  nodes: Array<{ id: string; added: string[]; removed: string[] }>,
  keys: string[],
): Promise<void> {
  // Sorted, like the loads' own rows, so that concurrent transactions take node locks in one order.
  const sortedNodes = [...nodes].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  if (sortedNodes.length > 0) await tx.run(queries.get('resolve-nodes'), { nodes: sortedNodes });
  if (keys.length > 0) await tx.run(queries.get('resolve-facts'), { keys: [...new Set(keys)].sort() });
  // Last: the bounds one event's relations give another follow from the resolved dates and the facts as they now stand.
  const ends = keys.flatMap((key) => [key.slice(0, key.indexOf('|')), key.slice(key.lastIndexOf('|') + 1)]);
  await deriveBounds(tx, [...new Set([...sortedNodes.map((node) => node.id), ...ends])].sort());
}

/** The part of the graph a load of `prepared` can change, as it stands inside `tx`. */
async function footprint(tx: Transaction, queries: QueryLibrary, prepared: PreparedArticle): Promise<Footprint> {
  const { params } = prepared;
  const rows = await tx.run(queries.get('footprint'), {
    article: params.article.id,
    ids: [...params.nodes.map((node) => node.id), ...params.references],
    keys: params.facts.map((fact) => fact.key),
  });
  return new Map(rows.map((row) => [`${String(row.kind)} ${String(row.id)}`, row.props as Record<string, unknown>]));
}

/**
 * Statements read nodes before they lock them, so a load and a concurrent unload of another article can meet on
 * a shared node: one finds it deleted under it ("Unable to load NODE"), or deletes a node the other has just
 * linked ("still has relationships"). Both roll back whole; run again, the transaction reads what the other
 * committed. The driver retries deadlocks itself.
 */
const racePattern = /Unable to load (NODE|RELATIONSHIP)|still has relationships|EntityNotFound/i;
const raceAttempts = 5;

async function retryingRaces<T>(work: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await work();
    } catch (error) {
      if (attempt >= raceAttempts || !racePattern.test(String((error as Error).message))) throw error;
    }
  }
}

/** Options of a load: `changes` also reports what it changed, property by property (as a dry run does). */
export interface WriteOptions {
  queries?: QueryLibrary;
  changes?: boolean;
}

async function loadIn(tx: Transaction, queries: QueryLibrary, prepared: PreparedArticle): Promise<LoadSummary> {
  const started = Date.now();
  const { params } = prepared;
  const article = params.article.id;
  const rankOf = { id: article, rank: params.article.rank };
  const unloaded = await unloadIn(tx, queries, article);
  await tx.run(queries.get('merge-article'), { article: params.article });
  const [linked] = await tx.run(queries.get('merge-mentions'), { article: rankOf, nodes: params.nodes, references: params.references });
  if (Number(linked?.references ?? 0) !== params.references.length) {
    // prepareArticle checked them, but another transaction may have unloaded one since.
    throw new Error(`${article}: a referenced node left the graph while the article was being loaded; load it again`);
  }
  const facts = await tx.run(queries.get('merge-facts'), { article: rankOf, facts: params.facts });

  const names = new Map<string, { added: string[]; removed: string[] }>();
  for (const { id, removed } of unloaded.mentions.touched) names.set(id, { added: [], removed });
  for (const node of params.nodes) {
    const name = typeof node.props.name === 'string' ? [node.props.name] : [];
    names.set(node.id, { added: [...name, ...(node.aliases ?? [])], removed: names.get(node.id)?.removed ?? [] });
  }
  await resolveIn(
    tx,
    queries,
    [...names].map(([id, change]) => ({ id, ...change })),
    [...unloaded.facts.keys, ...params.facts.map((fact) => fact.key)],
  );
  const rows = await tx.run(queries.get('article-summary'), { article });
  const declared = new Set(params.nodes.map((node) => node.id));
  const stated = new Set([...declared, ...params.references]);

  const labels: Record<string, number> = {};
  const relationshipTypes: Record<string, number> = {};
  for (const row of rows) (row.kind === 'label' ? labels : relationshipTypes)[String(row.name)] = Number(row.count);
  for (const row of facts) relationshipTypes[String(row.type)] = Number(row.relationships);
  return {
    article,
    annotationsFile: prepared.annotationsFile,
    written: { nodes: params.nodes.length, relationships: params.facts.length, mentions: params.nodes.length + params.references.length },
    // A reload unloads everything first; what it removed is what the file no longer has.
    removed: {
      relationships: unloaded.facts.keys.filter((key) => !params.facts.some((fact) => fact.key === key)).length,
      mentions: unloaded.mentions.ids.filter((id) => !stated.has(id)).length,
      nodes: unloaded.mentions.deleted.filter((id) => !declared.has(id)).length,
    },
    labels,
    relationshipTypes,
    milliseconds: Date.now() - started,
  };
}

/**
 * Writes a prepared article in one transaction: first it takes away whatever an earlier load of the same
 * article wrote (so a reload is an unload and a load, atomically), then writes the Article, this article's
 * assertions about its nodes (MENTIONED_IN), its facts and their Evidence, and recomputes the resolved view of
 * the nodes and facts it touched. Either all of it commits or none. Loading the same file again changes nothing.
 */
export async function writeArticle(db: Database, prepared: PreparedArticle, options: WriteOptions = {}): Promise<LoadSummary> {
  const queries = options.queries ?? ingestQueries();
  return retryingRaces(() =>
    db.writeTransaction(async (tx) => {
      const before = options.changes ? await footprint(tx, queries, prepared) : undefined;
      const summary = await loadIn(tx, queries, prepared);
      if (before) summary.changes = diffFootprints(before, await footprint(tx, queries, prepared));
      return summary;
    }, 'load-article'),
  );
}

/**
 * Runs the load of `prepared` in a transaction that is rolled back: the report of what it would add, change and
 * remove comes from the very statements a real load runs, and nothing is written.
 */
export async function dryRunArticle(db: Database, prepared: PreparedArticle, queries: QueryLibrary = ingestQueries()): Promise<LoadChanges> {
  return db.rehearse(async (tx) => {
    const before = await footprint(tx, queries, prepared);
    await loadIn(tx, queries, prepared);
    return diffFootprints(before, await footprint(tx, queries, prepared));
  }, 'dry-run-article');
}

/** What `unloadArticle` took away. */
export interface UnloadSummary {
  article: string;
  found: boolean;
  removed: { relationships: number; mentions: number; nodes: number };
  milliseconds: number;
}

/**
 * Removes one article in one transaction: its Evidence (a fact no other article states goes with it), its
 * assertions about nodes (a node no other article mentions goes), its Article node; then recomputes the resolved
 * view of what remains, so the graph is as if the article had never been loaded.
 */
export async function unloadArticle(db: Database, article: string, queries: QueryLibrary = ingestQueries()): Promise<UnloadSummary> {
  const started = Date.now();
  return retryingRaces(() => db.writeTransaction(async (tx) => {
    const unloaded = await unloadIn(tx, queries, article);
    await resolveIn(
      tx,
      queries,
      unloaded.mentions.touched.map(({ id, removed }) => ({ id, added: [], removed })),
      unloaded.facts.keys,
    );
    return {
      article,
      found: unloaded.found,
      removed: { relationships: unloaded.facts.keys.length, mentions: unloaded.mentions.ids.length, nodes: unloaded.mentions.deleted.length },
      milliseconds: Date.now() - started,
    };
  }, 'unload-article'));
}

/** The nodes `ids` names as the graph holds them now, for prepareArticle's check of a file's references. */
export async function referencedNodes(db: Database, ids: readonly string[], queries: QueryLibrary = ingestQueries()): Promise<Map<string, GraphNode>> {
  if (ids.length === 0) return new Map();
  const rows = await db.read(queries.get('referenced-nodes'), { ids });
  return new Map(
    rows.map((row) => [
      String(row.id),
      {
        type: String(row.type) as NodeType,
        interval: row.dated ? { earliest: (row.earliest as string | null) ?? null, latest: (row.latest as string | null) ?? null } : null,
      },
    ]),
  );
}

import path from 'node:path';
import { cypherDir, openEnd, QueryLibrary, type Database, type Transaction } from '../db';
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
function ingestQueries(): QueryLibrary {
  library ??= QueryLibrary.load(ingestQueryNames, ingestQueriesDir);
  return library;
}

/** One row of unload-mentions: a node an unloaded article mentioned. */
interface UnloadedMention {
  article: string;
  id: string;
  names: string[];
  remaining: number;
}

/** What unloading articles took away, and the nodes and facts whose resolved view must be recomputed. */
interface Unloaded {
  found: Set<string>;
  facts: { article: string; key: string }[];
  mentions: UnloadedMention[];
}

async function unloadIn(tx: Transaction, queries: QueryLibrary, articles: string[]): Promise<Unloaded> {
  const facts = await tx.run(queries.get('unload-facts'), { articles });
  const mentions = await tx.run(queries.get('unload-mentions'), { articles });
  const deleted = await tx.run(queries.get('delete-article'), { articles });
  return {
    found: new Set(deleted.map((row) => String(row.article))),
    facts: facts.map((row) => ({ article: String(row.article), key: String(row.key) })),
    mentions: mentions.map((row) => ({
      article: String(row.article),
      id: String(row.id),
      names: (row.names as string[] | null) ?? [],
      remaining: Number(row.remaining),
    })),
  };
}

/** The nodes an unload deleted: those whose last mention went (the row that saw none remain). */
function deletedNodes(mentions: readonly UnloadedMention[]): Set<string> {
  return new Set(mentions.filter((row) => row.remaining === 0).map((row) => row.id));
}

/**
 * The nodes and facts whose resolved view an unload changed: every node still mentioned, with the names the
 * unloaded articles gave it, and every fact key (a fact that went may have bounded an event's date, src/derive).
 */
function unloadedChanges(unloaded: Unloaded): { nodes: Map<string, { added: string[]; removed: string[] }>; keys: string[] } {
  const gone = deletedNodes(unloaded.mentions);
  const nodes = new Map<string, { added: string[]; removed: string[] }>();
  for (const { id, names } of unloaded.mentions) {
    if (!gone.has(id)) nodes.set(id, { added: [], removed: [...(nodes.get(id)?.removed ?? []), ...names] });
  }
  return { nodes, keys: unloaded.facts.map((fact) => fact.key) };
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
      if (attempt >= raceAttempts || !(error instanceof Error) || !racePattern.test(error.message)) throw error;
    }
  }
}

/** Options of a load: `changes` also reports what it changed, property by property (as a dry run does). */
export interface WriteOptions {
  queries?: QueryLibrary;
  changes?: boolean;
}

interface NameChange {
  added: string[];
  removed: string[];
}

/**
 * Recomputes the resolved view of `nodes` and of the facts `keys` names, then the derived dates around both. `merged`
 * names facts merge-facts has resolved itself: only their ends go to the derive step.
 */
async function resolveIn(
  tx: Transaction,
  queries: QueryLibrary,
  nodes: Map<string, NameChange>,
  keys: string[],
  merged: string[] = [],
): Promise<void> {
  // Sorted, like the loads' own rows, so that concurrent transactions take node locks in one order.
  const sortedNodes = [...nodes].map(([id, change]) => ({ id, ...change })).sort(byKey((node) => node.id));
  if (sortedNodes.length > 0) await tx.run(queries.get('resolve-nodes'), { nodes: sortedNodes, openEnd });
  const resolved = new Set(merged);
  const sortedKeys = [...new Set(keys)].filter((key) => !resolved.has(key)).sort();
  if (sortedKeys.length > 0) await tx.run(queries.get('resolve-facts'), { keys: sortedKeys });
  // Last: the bounds one event's relations give another follow from the resolved dates and the facts as they now stand.
  const ends = [...sortedKeys, ...resolved].flatMap((key) => [key.slice(0, key.indexOf('|')), key.slice(key.lastIndexOf('|') + 1)]);
  await deriveBounds(tx, [...new Set([...sortedNodes.map((node) => node.id), ...ends])].sort());
}

function byKey<T>(...keys: ((item: T) => string)[]): (a: T, b: T) => number {
  return (a, b) => {
    for (const key of keys) {
      if (key(a) !== key(b)) return key(a) < key(b) ? -1 : 1;
    }
    return 0;
  };
}

/**
 * Loads a batch of articles inside `tx` with one run of each statement for the whole batch: rows of every article
 * go in one list (sorted by node id or fact key, so locks are taken in one order), and the resolved views and
 * derived dates are recomputed once for everything the batch touched, a hub node once rather than once per article.
 */
async function loadIn(tx: Transaction, queries: QueryLibrary, batch: readonly PreparedArticle[]): Promise<LoadSummary[]> {
  const started = Date.now();
  const articles = batch.map(({ params }) => params.article.id);
  const unloaded = await unloadIn(tx, queries, articles);
  await tx.run(queries.get('merge-article'), { articles: batch.map(({ params }) => params.article) });
  const nodes = batch
    .flatMap(({ params }) => params.nodes.map((node) => ({ ...node, article: params.article.id, rank: params.article.rank })))
    .sort(
      byKey(
        (row) => row.id,
        (row) => row.article,
      ),
    );
  const references = batch
    .flatMap(({ params }) => params.references.map((id) => ({ article: params.article.id, id })))
    .sort(
      byKey(
        (row) => row.id,
        (row) => row.article,
      ),
    );
  const [linked] = await tx.run(queries.get('merge-mentions'), { nodes, references });
  if (Number(linked?.references ?? 0) !== references.length) {
    // prepareArticle checked them, but another transaction may have unloaded one since.
    throw new Error(`${articles.join(', ')}: a referenced node left the graph while the article was being loaded; load it again`);
  }
  const facts = batch
    .flatMap(({ params }) => params.facts.map((fact) => ({ ...fact, article: params.article.id, rank: params.article.rank })))
    .sort(
      byKey(
        (row) => row.key,
        (row) => row.article,
      ),
    );
  const factCounts = await tx.run(queries.get('merge-facts'), { facts });

  const changed = unloadedChanges(unloaded);
  for (const node of nodes) {
    const names = [...(typeof node.props.name === 'string' ? [node.props.name] : []), ...(node.aliases ?? [])];
    const change = changed.nodes.get(node.id);
    changed.nodes.set(node.id, { added: [...(change?.added ?? []), ...names], removed: change?.removed ?? [] });
  }
  await resolveIn(
    tx,
    queries,
    changed.nodes,
    changed.keys,
    facts.map((fact) => fact.key),
  );
  const counts = await tx.run(queries.get('article-summary'), { articles });
  const milliseconds = Date.now() - started;

  const deleted = deletedNodes(unloaded.mentions);
  return batch.map(({ params, annotationsFile }) => {
    const article = params.article.id;
    const declared = new Set(params.nodes.map((node) => node.id));
    const stated = new Set([...declared, ...params.references]);
    const keys = new Set(params.facts.map((fact) => fact.key));
    const mentioned = unloaded.mentions.filter((row) => row.article === article).map((row) => row.id);
    const labels: Record<string, number> = {};
    const relationshipTypes: Record<string, number> = {};
    for (const row of counts) {
      if (row.article === article) (row.kind === 'label' ? labels : relationshipTypes)[String(row.name)] = Number(row.count);
    }
    for (const row of factCounts) if (row.article === article) relationshipTypes[String(row.type)] = Number(row.relationships);
    return {
      article,
      annotationsFile,
      written: { nodes: params.nodes.length, relationships: params.facts.length, mentions: params.nodes.length + params.references.length },
      // A reload unloads everything first; what it removed is what the file no longer has.
      removed: {
        relationships: unloaded.facts.filter((fact) => fact.article === article && !keys.has(fact.key)).length,
        mentions: mentioned.filter((id) => !stated.has(id)).length,
        nodes: mentioned.filter((id) => deleted.has(id) && !declared.has(id)).length,
      },
      labels,
      relationshipTypes,
      milliseconds,
    };
  });
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
      const [summary] = await loadIn(tx, queries, [prepared]);
      if (!summary) throw new Error(`the load of ${prepared.articleId} wrote no summary`);
      if (before) summary.changes = diffFootprints(before, await footprint(tx, queries, prepared));
      return summary;
    }, 'load-article'),
  );
}

/**
 * Writes several prepared articles in one transaction, as writeArticle writes one (all or none of the batch), with
 * one run of each statement for the whole batch. An article may appear once per batch. A batch that fails names
 * no article; loadArticles then writes its articles one by one, so the one at fault is named and the rest load.
 */
export async function writeArticles(
  db: Database,
  batch: readonly PreparedArticle[],
  queries: QueryLibrary = ingestQueries(),
): Promise<LoadSummary[]> {
  const ids = batch.map((prepared) => prepared.articleId);
  const twice = ids.find((id, index) => ids.indexOf(id) !== index);
  if (twice !== undefined) throw new Error(`${twice}: the article appears twice in one batch; write the batches apart`);
  if (batch.length === 0) return [];
  return retryingRaces(() => db.writeTransaction((tx) => loadIn(tx, queries, batch), 'load-articles'));
}

/**
 * Runs the load of `prepared` in a transaction that is rolled back: the report of what it would add, change and
 * remove comes from the very statements a real load runs, and nothing is written.
 */
export async function dryRunArticle(
  db: Database,
  prepared: PreparedArticle,
  queries: QueryLibrary = ingestQueries(),
): Promise<LoadChanges> {
  return db.rehearse(async (tx) => {
    const before = await footprint(tx, queries, prepared);
    await loadIn(tx, queries, [prepared]);
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
  return retryingRaces(() =>
    db.writeTransaction(async (tx) => {
      const unloaded = await unloadIn(tx, queries, [article]);
      const changed = unloadedChanges(unloaded);
      await resolveIn(tx, queries, changed.nodes, changed.keys);
      return {
        article,
        found: unloaded.found.has(article),
        removed: { relationships: unloaded.facts.length, mentions: unloaded.mentions.length, nodes: deletedNodes(unloaded.mentions).size },
        milliseconds: Date.now() - started,
      };
    }, 'unload-article'),
  );
}

/** The nodes `ids` names as the graph holds them now, for prepareArticle's check of a file's references. */
export async function referencedNodes(
  db: Database,
  ids: readonly string[],
  queries: QueryLibrary = ingestQueries(),
): Promise<Map<string, GraphNode>> {
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

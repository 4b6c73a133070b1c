import path from 'node:path';
import { cypherDir, QueryLibrary, type Database } from '../db';
import { deriveBounds } from '../derive';
import type { PreparedArticle } from './prepare';
import type { LoadSummary } from './summary';

export const ingestQueriesDir = path.join(cypherDir, 'ingest');

/** The statements of a load, in the order they run. */
export const ingestQueryNames = [
  'merge-article',
  'merge-nodes',
  'merge-mentions',
  'merge-relations',
  'prune-relations',
  'prune-mentions',
  'article-summary',
] as const;

let library: QueryLibrary | undefined;

/** cypher/ingest, read once; fails at once if a file is missing. */
export function ingestQueries(): QueryLibrary {
  library ??= QueryLibrary.load(ingestQueryNames, ingestQueriesDir);
  return library;
}

function count(rows: Array<Record<string, unknown>>, column: string): number {
  return Number(rows[0]?.[column] ?? 0);
}

/**
 * Writes a prepared article in one transaction: the Article, its nodes (MERGE on id), their mentions, its
 * relations; then removes what an earlier load of the same article wrote that the file no longer has, and bounds
 * the open dates its events' relations allow (src/derive). Either all of it commits or none. Loading the same file again changes nothing.
 */
export async function writeArticle(db: Database, prepared: PreparedArticle, queries: QueryLibrary = ingestQueries()): Promise<LoadSummary> {
  const started = Date.now();
  const { params } = prepared;
  const article = params.article.id;
  return db.writeTransaction(async (tx) => {
    const [merged] = await tx.run(queries.get('merge-article'), { article: params.article });
    const nodes = await tx.run(queries.get('merge-nodes'), { nodes: params.nodes });
    const mentions = await tx.run(queries.get('merge-mentions'), { article, mentions: params.mentions });
    const relations = await tx.run(queries.get('merge-relations'), { article, relations: params.relations });
    // Only an article loaded before can have stale facts; skipping the prunes keeps a first load from walking
    // the relationships of every busy node it mentions.
    const reloaded = merged?.reloaded === true;
    const staleRelations = reloaded ? await tx.run(queries.get('prune-relations'), { article, relationKeys: params.relationKeys }) : [];
    const staleMentions = reloaded ? await tx.run(queries.get('prune-mentions'), { article, nodeIds: params.nodeIds }) : [];
    // After the prunes, so that a bound whose chain this load removed goes with it.
    await deriveBounds(tx, params.nodeIds);
    const rows = await tx.run(queries.get('article-summary'), { article });

    const labels: Record<string, number> = {};
    const relationshipTypes: Record<string, number> = {};
    for (const row of rows) (row.kind === 'label' ? labels : relationshipTypes)[String(row.name)] = Number(row.count);
    for (const row of relations) relationshipTypes[String(row.type)] = Number(row.relationships);
    return {
      article,
      annotationsFile: prepared.annotationsFile,
      written: {
        nodes: count(nodes, 'nodes'),
        relationships: relations.reduce((total, row) => total + Number(row.relationships), 0),
        mentions: count(mentions, 'mentions'),
      },
      removed: { relationships: count(staleRelations, 'relationships'), mentions: count(staleMentions, 'mentions'), nodes: count(staleMentions, 'nodes') },
      labels,
      relationshipTypes,
      milliseconds: Date.now() - started,
    };
  });
}

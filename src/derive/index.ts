/**
 * Graph -> graph. What the graph as a whole says beyond any one article, recomputed after each load for the nodes
 * it touched: the date bounds one event's relations give another (cypher/derive). Kept apart from src/ingest,
 * which checks and writes one article by itself.
 */
import path from 'node:path';
import { cypherDir, QueryLibrary } from '../db';

export const deriveQueriesDir = path.join(cypherDir, 'derive');

/** The statements a load runs after writing, in order. */
export const deriveQueryNames = ['bound-dates'] as const;

let library: QueryLibrary | undefined;

/** cypher/derive, read once; fails at once if a file is missing. */
export function deriveQueries(): QueryLibrary {
  library ??= QueryLibrary.load(deriveQueryNames, deriveQueriesDir);
  return library;
}

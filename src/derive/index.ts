/**
 * Graph -> graph. What the graph as a whole says beyond any one article, recomputed after each load for the nodes
 * it touched: the date bounds one event's relations give another, and each event's place in its chains (its
 * timeline `sequence`) (cypher/derive). Kept apart from src/ingest, which checks and writes one article by itself.
 */
import path from 'node:path';
import { cypherDir, openEnd, QueryLibrary, type Transaction } from '../db';

const deriveQueriesDir = path.join(cypherDir, 'derive');

const deriveQueryNames = ['open-bounds', 'bound-dates-round', 'bound-spans', 'sequences', 'bound-reported'] as const;

/** Chains of up to this many relations bound an event (one relation per round). */
const maxRounds = 6;

let library: QueryLibrary | undefined;

/** cypher/derive, read once; fails at once if a file is missing. */
function deriveQueries(): QueryLibrary {
  library ??= QueryLibrary.load(deriveQueryNames, deriveQueriesDir);
  return library;
}

/**
 * Bounds the open date ends of the events a load wrote, and of the events up to maxRounds relations from them,
 * by the events around them (the rules are in cypher/README.md), and stores their `sequence`; bounds the open
 * latest of dated proposals and statements by the articles that report them; all inside the load's transaction.
 * One hop per round, rather than one statement over whole chains: a chain's mixed directions (FOLLOWED out,
 * TRIGGERED in) make a variable-length pattern that Neo4j plans slowly and walks path by path.
 */
export async function deriveBounds(tx: Transaction, nodeIds: string[]): Promise<{ events: number; bounded: number }> {
  const queries = deriveQueries();
  await tx.run(queries.get('bound-reported'), { ids: nodeIds, openEnd });
  const ids = (await tx.run(queries.get('open-bounds'), { ids: nodeIds })).map((row) => String(row.id));
  if (ids.length === 0) return { events: 0, bounded: 0 };
  for (let round = 0; round < maxRounds; round += 1) {
    const [changed] = await tx.run(queries.get('bound-dates-round'), { ids });
    if (Number(changed?.changed ?? 0) === 0) break;
  }
  const [settled] = await tx.run(queries.get('bound-spans'), { ids, openEnd });
  await tx.run(queries.get('sequences'), { ids });
  return { events: Number(settled?.events ?? 0), bounded: Number(settled?.bounded ?? 0) };
}

import path from 'node:path';
import { cypherDir, openEnd, QueryLibrary, type Database } from '../db';

const generators = QueryLibrary.load(['generate-actors', 'generate-articles', 'generate-events'], path.join(cypherDir, 'bench'));

/** Writes rows `from`..`to` with `file` in transactions of `batch` rows, so no transaction holds a million nodes. */
async function inBatches(db: Database, file: string, from: number, to: number, batch: number): Promise<void> {
  for (let start = from; start < to; start += batch) {
    await db.write(generators.get(file), { start, end: Math.min(to, start + batch), openEnd });
  }
}

/** The synthetic graph's size; events grow stage by stage, the actors stay fixed so per-actor answers stay comparable. */
export interface GraphSize {
  actors: number;
  articles: number;
  events: number;
}

/** Grows the synthetic graph from `current` to `target` (the same nodes every run: ids and dates are fixed hashes). */
export async function growSyntheticGraph(db: Database, current: GraphSize, target: GraphSize, log: (line: string) => void): Promise<void> {
  await inBatches(db, 'generate-actors', current.actors, target.actors, 5_000);
  await inBatches(db, 'generate-articles', current.articles, target.articles, 20_000);
  const started = Date.now();
  for (let start = current.events; start < target.events; start += 20_000) {
    const end = Math.min(target.events, start + 20_000);
    await db.write(generators.get('generate-events'), { start, end, articles: target.articles, actors: target.actors, openEnd });
    if (end % 200_000 === 0) log(`  ${end.toLocaleString('en')} events (${((Date.now() - started) / 1000).toFixed(0)} s)`);
  }
}

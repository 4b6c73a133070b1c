import fs from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../config';
import { cypherDir, Database, QueryLibrary } from '../db';
import { loadArticle, seedFiles } from '../ingest';
import { withBenchDatabase, type BenchNeo4jOptions } from './scratchDatabase';
import { growSyntheticGraph, type GraphSize } from './syntheticGraph';

const sizeQueries = QueryLibrary.load(['graph-size', 'record-graph-size'], path.join(cypherDir, 'bench'));

/** The store's recorded size; an empty store (nothing recorded) is size zero. */
async function recordedSize(db: Database): Promise<GraphSize> {
  const [row] = await db.read(sizeQueries.get('graph-size'));
  return { actors: Number(row?.actors ?? 0), articles: Number(row?.articles ?? 0), events: Number(row?.events ?? 0) };
}

/**
 * Grows the kept store to `target` from what it already holds (the seed loaded on first use), and records the new
 * size, so a store grown to a million events once serves every later run. A store larger than the target is
 * refused: its answers would not be the target's.
 */
export async function growTo(db: Database, target: GraphSize, log: (line: string) => void): Promise<void> {
  const current = await recordedSize(db);
  if (current.events > target.events || current.actors > target.actors || current.articles > target.articles) {
    throw new Error(`the kept store holds ${current.events} events, more than the ${target.events} asked for: delete it or ask for more`);
  }
  if (current.events === target.events && current.actors === target.actors && current.articles === target.articles) return;
  if (current.events === 0) await loadArticle(db, seedFiles);
  const started = Date.now();
  log(`growing the synthetic graph from ${current.events.toLocaleString('en')} to ${target.events.toLocaleString('en')} events`);
  await growSyntheticGraph(db, current, target, log);
  await db.schema('CALL db.awaitIndexes(600)');
  await db.write(sizeQueries.get('record-graph-size'), { ...target });
  log(`  grown in ${((Date.now() - started) / 1000).toFixed(0)} s`);
}

const storesDir = path.join(projectRoot, '.neo4j');
const storePrefix = 'bench-api-';

/**
 * The kept store for a graph of `events` events (.neo4j/bench-api-<events>). A missing one starts as a copy of the
 * largest smaller kept store, so growing to a million events reuses the hundred thousand already written, and each
 * size keeps a store of its own for later runs.
 */
export function keptStore(events: number, log: (line: string) => void): string {
  const name = `${storePrefix}${events}`;
  const dir = path.join(storesDir, name);
  if (fs.existsSync(dir)) return name;
  const smaller = (fs.existsSync(storesDir) ? fs.readdirSync(storesDir) : [])
    .filter((entry) => entry.startsWith(storePrefix))
    .map((entry) => Number(entry.slice(storePrefix.length)))
    .filter((size) => Number.isInteger(size) && size < events)
    .sort((a, b) => b - a)[0];
  if (smaller !== undefined) {
    log(`copying the kept store of ${smaller.toLocaleString('en')} events to grow it to ${events.toLocaleString('en')}`);
    fs.cpSync(path.join(storesDir, `${storePrefix}${smaller}`), dir, { recursive: true });
  }
  return name;
}

/** Runs `work` on a kept benchmark Neo4j (store .neo4j/<name>, kept between runs so a grown graph serves again). */
export async function withKeptDatabase<T>(
  name: string,
  options: BenchNeo4jOptions,
  log: (line: string) => void,
  work: (db: Database) => Promise<T>,
): Promise<T> {
  return withBenchDatabase(path.join(storesDir, name), options, log, work);
}

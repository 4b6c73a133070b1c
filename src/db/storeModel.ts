import path from 'node:path';
import { projectRoot, type Config } from '../config';
import type { Database } from './database';
import { cypherDir, QueryLibrary } from './queryLibrary';

/**
 * The model of the graph this project writes. 1 was the one-relationship-per-article model (quotes on the
 * relationships), which wrote no marker; 2 is the many-sources model (facts once, Evidence records, MENTIONED_IN
 * per source). Raise it when a change makes stores written before it unreadable, and say so in cypher/README.md.
 */
export const storeModelVersion = 2;

let library: QueryLibrary | undefined;

function storeQueries(): QueryLibrary {
  library ??= QueryLibrary.load(['store-model', 'mark-store-model'], path.join(cypherDir, 'store'));
  return library;
}

/** The store as a user finds it: the local store's directory, or the NEO4J_URI database. */
function storeDescription(config: Config): string {
  const target = config.neo4j;
  return target.kind === 'external'
    ? `the database at ${target.uri} (NEO4J_URI)`
    : `the store in ${path.relative(projectRoot, target.dataDir) || target.dataDir}`;
}

/** What to do with a store of another model, worded for where it lives. */
function remedy(config: Config): string {
  const target = config.neo4j;
  const reload =
    'then load your articles again (npm run seed, npm run load): the article files are the record, the store is derived from them';
  if (target.kind === 'external') return `empty that database (MATCH (n) DETACH DELETE n), ${reload}`;
  return `stop what uses it, delete ${path.relative(projectRoot, target.dataDir) || target.dataDir}, ${reload}`;
}

/**
 * Checks that the store holds the model this project writes, before anything writes to it, and marks a store that
 * has no marker yet: an empty one, or one the many-sources model wrote before markers existed (it has Evidence
 * records, or every Article has a rank). A store of another model fails here with a message naming it and what
 * to do, rather than deep in a load with "Cannot delete node<N>, because it still has relationships".
 */
export async function checkStoreModel(db: Database, config: Config): Promise<void> {
  const queries = storeQueries();
  const [state] = await db.read(queries.get('store-model'));
  const versions = ((state?.versions as unknown[] | null | undefined) ?? []).map(Number);
  const where = storeDescription(config);
  if (versions.length > 0) {
    if (versions.every((version) => version === storeModelVersion)) return;
    throw new Error(
      `${where} was written by model ${versions.join(', ')} of the graph; this project reads and writes model ${storeModelVersion}: ${remedy(config)}`,
    );
  }
  if (state?.nodes && !state.evidence && state.unranked) {
    throw new Error(
      `${where} holds a graph written before the many-sources model (no store model marker; articles without a rank), ` +
        `which this project cannot load into: ${remedy(config)}`,
    );
  }
  await db.write(queries.get('mark-store-model'), { version: storeModelVersion });
}

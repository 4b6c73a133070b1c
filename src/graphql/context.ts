import type { Database, QueryLibrary } from '../db';
import { createLoaders, type Loaders, type QueryRunner } from './loaders';

/** What every resolver of one request sees. */
export interface Context {
  db: Database;
  /** Runs one of the API's query files (read-only) with parameters. */
  read: QueryRunner;
  loaders: Loaders;
}

/** Built once per request, so that nothing cached for one request (the DataLoaders) is seen by another. */
export function createContext(db: Database, queries: QueryLibrary): Context {
  const read: QueryRunner = (name, params) => db.read(queries.get(name), params);
  return { db, read, loaders: createLoaders(read) };
}

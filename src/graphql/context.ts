import type { Database, QueryLibrary } from '../db';

/** What every resolver of one request sees. */
export interface Context {
  db: Database;
  queries: QueryLibrary;
}

/** Built once per request, so that nothing cached for one request is seen by another. */
export function createContext(db: Database, queries: QueryLibrary): Context {
  return { db, queries };
}

import { explainable, type Database, type QueryLibrary } from '../db';
import { createLoaders, type Loaders, type QueryRunner } from './loaders';

/** What one request cost the database: statements sent, and the wall time while at least one was running. */
export interface DatabaseUse {
  statements: number;
  databaseMs: number;
}

/** What every resolver of one request sees. */
export interface Context {
  db: Database;
  /** Runs one of the API's query files (read-only) with parameters. */
  read: QueryRunner;
  loaders: Loaders;
  /** Counted for every request; the benchmark reads it through the timing plugin. */
  use: DatabaseUse;
  /**
   * Root resolvers look ahead before sending statements: at the selection, to fetch the nested levels it asks for
   * in their own statement (entity events with participants), and at their answer, to skip a check it settles
   * (an actor's timeline with events needs no NOT_FOUND lookup).
   */
  lookAhead: boolean;
}

export interface ContextOptions {
  /** Writes every statement, EXPLAIN-ready with its parameters, to `log` (LOG_CYPHER). */
  logStatement?: (text: string) => void;
  /** Off: every level runs its own statements (the benchmark's before, measured beside the after). Default on. */
  lookAhead?: boolean;
}

/** Built once per request, so that nothing cached for one request (the DataLoaders) is seen by another. */
export function createContext(db: Database, queries: QueryLibrary, options: ContextOptions = {}): Context {
  const use: DatabaseUse = { statements: 0, databaseMs: 0 };
  // Loaders run statements side by side: the database time is the time any was running, not their sum.
  let running = 0;
  let since = 0;
  const read: QueryRunner = async (name, params) => {
    const file = queries.get(name);
    options.logStatement?.(explainable(name, file.text, params));
    use.statements += 1;
    if (running === 0) since = performance.now();
    running += 1;
    try {
      return await db.read(file, params);
    } finally {
      running -= 1;
      if (running === 0) use.databaseMs += performance.now() - since;
    }
  };
  return { db, read, loaders: createLoaders(read), use, lookAhead: options.lookAhead ?? true };
}

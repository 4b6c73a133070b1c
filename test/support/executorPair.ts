import { QueryLibrary, type Database } from '../../src/db';
import { loadArticle, seedFiles } from '../../src/ingest';
import { startGraphqlServer, type GraphqlServer } from '../../src/server';
import { testDatabase } from './database';
import { testServerConfig } from './seededServer';

/**
 * Two servers over the seed: one executing with graphql-jit (the API's executor, src/graphql/jitExecutor.ts) and one
 * with graphql-js. The executor must never change an answer, so the tests send each request to both.
 */
export interface ExecutorPair {
  db: Database;
  jit: GraphqlServer;
  graphqlJs: GraphqlServer;
}

/** Starts the pair in beforeAll and stops it in afterAll; call it at the top of a test file. */
export function executorPair(): ExecutorPair {
  const pair = {} as ExecutorPair;
  beforeAll(async () => {
    pair.db = testDatabase();
    await loadArticle(pair.db, seedFiles);
    pair.jit = await startGraphqlServer(pair.db, QueryLibrary.load(), testServerConfig);
    pair.graphqlJs = await startGraphqlServer(pair.db, QueryLibrary.load(), testServerConfig, { executor: 'graphql-js' });
  });
  afterAll(async () => {
    await pair.jit?.stop();
    await pair.graphqlJs?.stop();
    await pair.db?.close();
  });
  return pair;
}

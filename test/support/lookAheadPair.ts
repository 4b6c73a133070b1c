import { QueryLibrary, type Database } from '../../src/db';
import { loadArticle, seedFiles } from '../../src/ingest';
import { startGraphqlServer, type GraphqlServer } from '../../src/server';
import { testDatabase } from './database';
import { testServerConfig } from './seededServer';

/**
 * Two servers over the seed: one with the root resolvers' look-ahead, which logs its statements (LOG_CYPHER), and one
 * without it (level by level, whole nodes). The look-ahead must change the work, never the answer, so the tests
 * send each request to both.
 */
export interface LookAheadPair {
  db: Database;
  withLookAhead: GraphqlServer;
  without: GraphqlServer;
  /** The statements the look-ahead server sent, as logged; a test empties it before the request it reads. */
  logged: string[];
}

/** Starts the pair in beforeAll and stops it in afterAll; call it at the top of a test file. */
export function lookAheadPair(): LookAheadPair {
  const pair = { logged: [] as string[] } as LookAheadPair;
  beforeAll(async () => {
    pair.db = testDatabase();
    await loadArticle(pair.db, seedFiles);
    pair.withLookAhead = await startGraphqlServer(pair.db, QueryLibrary.load(), testServerConfig, {
      logStatement: (text) => pair.logged.push(text),
    });
    pair.without = await startGraphqlServer(pair.db, QueryLibrary.load(), testServerConfig, { lookAhead: false });
  });
  afterAll(async () => {
    await pair.withLookAhead?.stop();
    await pair.without?.stop();
    await pair.db?.close();
  });
  return pair;
}

/** Each logged statement's file, and the $brief it was sent with (undefined for a file that takes none). */
export function sentStatements(logged: readonly string[]): { file: string | undefined; brief: string | undefined }[] {
  return logged.map((text) => ({ file: /^\/\/ (\S+)/.exec(text)?.[1], brief: /\bbrief: (true|false)\b/.exec(text)?.[1] }));
}

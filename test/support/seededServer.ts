import { loadConfig } from '../../src/config';
import { QueryLibrary, type Database } from '../../src/db';
import { loadArticle, seedFiles } from '../../src/ingest';
import { startGraphqlServer, type GraphqlServer } from '../../src/server';
import { testDatabase } from './database';

/** The configuration the API tests serve with: the environment's, on a free port of 127.0.0.1. */
export const testServerConfig = { ...loadConfig(), http: { host: '127.0.0.1', port: 0 } };

/** Filled in by the beforeAll that seededServer registers; read it inside tests, not at module load. */
export interface SeededServer {
  db: Database;
  server: GraphqlServer;
}

/**
 * Registers hooks (in the calling describe block, or the file) that load the seed into the test database and
 * serve the API on it over HTTP, then stop the server and close the driver. The seed stays loaded: loading is
 * idempotent and other test files load it the same way.
 */
export function seededServer(): SeededServer {
  const handle = {} as SeededServer;
  beforeAll(async () => {
    handle.db = testDatabase();
    await loadArticle(handle.db, seedFiles);
    handle.server = await startGraphqlServer(handle.db, QueryLibrary.load(), testServerConfig);
  });
  afterAll(async () => {
    await handle.server?.stop();
    await handle.db?.close();
  });
  return handle;
}

import { loadConfig } from '../../src/config';
import { Database } from '../../src/db';

/** A gateway to the test database that globalSetup started (or NEO4J_URI names). Close it in afterAll. */
export function testDatabase(): Database {
  const target = loadConfig().neo4j;
  if (target.kind !== 'external') throw new Error('integration tests run under jest globalSetup, which sets NEO4J_URI');
  return Database.connect(target.uri, target, { queryTimeoutMs: 30_000, ...(target.database ? { database: target.database } : {}) });
}

import type { Config } from '../config';
import { Database } from './database';
import { startLocalNeo4j, type LocalNeo4j } from './localNeo4j';

/** A database gateway, and the local Neo4j behind it when this process started one. */
export interface Connection {
  db: Database;
  local?: LocalNeo4j;
  uri: string;
  /** Closes the driver, then stops the local Neo4j if this process started it. */
  close(): Promise<void>;
}

/**
 * Connects to NEO4J_URI when configured; otherwise starts the local Neo4j and connects to it. `application`
 * tags this process's transactions in Neo4j's query log and SHOW TRANSACTIONS.
 */
export async function connect(config: Config, log: (line: string) => void = () => {}, application?: string): Promise<Connection> {
  const target = config.neo4j;
  const options = { queryTimeoutMs: config.queryTimeoutMs, ...(application ? { application } : {}) };
  if (target.kind === 'external') {
    log(`using the Neo4j at ${target.uri} (NEO4J_URI)`);
    const db = Database.connect(target.uri, target, { ...options, ...(target.database ? { database: target.database } : {}) });
    return { db, uri: target.uri, close: () => db.close() };
  }
  const local = await startLocalNeo4j({ ...target, log });
  // The local server has authentication off; the driver still sends credentials, which it ignores.
  const db = Database.connect(local.uri, { user: 'neo4j', password: 'neo4j' }, options);
  return {
    db,
    local,
    uri: local.uri,
    close: async () => {
      await db.close();
      await local.stop();
    },
  };
}

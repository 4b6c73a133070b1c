import type { Config } from '../config';
import { Database } from './database';
import { boltState, localAuth, localPasswordFile, startLocalNeo4j, type LocalNeo4j } from './localNeo4j';

/** A database gateway, and the local Neo4j behind it when this process started one. */
export interface Connection {
  db: Database;
  /** The local Neo4j this process runs; the supervisor replaces it when it restarts one. */
  local?: LocalNeo4j;
  /** Starts a new local Neo4j like the first one (only when this process started one). */
  restartLocal?: () => Promise<LocalNeo4j>;
  uri: string;
  /** Closes the driver, then stops the local Neo4j if this process started it. */
  close(): Promise<void>;
}

/**
 * Waits for a database that does not answer yet, retrying with backoff (0.5 s doubling to 8 s) for `timeoutMs`,
 * each retry logged; then gives up with a message naming NEO4J_URI and NEO4J_CONNECT_TIMEOUT_MS.
 */
async function waitUntilAnswering(db: Database, uri: string, timeoutMs: number, log: (line: string) => void): Promise<void> {
  const started = Date.now();
  for (let delay = 500; ; delay = Math.min(delay * 2, 8_000)) {
    if (await db.ping()) return;
    const waited = Date.now() - started;
    if (waited + delay > timeoutMs) {
      await db.close();
      throw new Error(`NEO4J_URI: ${uri} did not answer within ${timeoutMs} ms (NEO4J_CONNECT_TIMEOUT_MS)`);
    }
    log(`${uri} does not answer yet; retrying in ${delay / 1000} s`);
    await new Promise((resolve) => setTimeout(resolve, delay));
  }
}

/**
 * Connects to NEO4J_URI when configured; otherwise to the local Neo4j: the one already running on
 * NEO4J_LOCAL_PORT when it accepts the store's password (`npm start` or `npm run neo4j` is running), else one
 * started for this process. `application` tags this process's transactions in Neo4j's query log and SHOW
 * TRANSACTIONS.
 */
export async function connect(config: Config, log: (line: string) => void = () => {}, application?: string): Promise<Connection> {
  const target = config.neo4j;
  const options = { queryTimeoutMs: config.queryTimeoutMs, ...(application ? { application } : {}) };
  if (target.kind === 'external') {
    log(`using the Neo4j at ${target.uri} (NEO4J_URI)`);
    const db = Database.connect(target.uri, target, { ...options, ...(target.database ? { database: target.database } : {}) });
    await waitUntilAnswering(db, target.uri, target.connectTimeoutMs, log);
    return { db, uri: target.uri, close: () => db.close() };
  }
  const auth = localAuth(target.dataDir);
  const runningUri = `bolt://127.0.0.1:${target.port}`;
  const running = await boltState(runningUri, auth);
  if (running === 'ours') {
    log(`using the local Neo4j already running at ${runningUri}`);
    const db = Database.connect(runningUri, auth, options);
    return { db, uri: runningUri, close: () => db.close() };
  }
  if (running === 'other') {
    throw new Error(
      `port ${target.port} answers Bolt but refuses the password in ${localPasswordFile(target.dataDir)}: another Neo4j runs there ` +
        '(set NEO4J_LOCAL_PORT to another port, or NEO4J_URI and NEO4J_PASSWORD to use that one)',
    );
  }
  const restartLocal = () => startLocalNeo4j({ ...target, log });
  const local = await restartLocal();
  const db = Database.connect(local.uri, local.auth, options);
  const connection: Connection = {
    db,
    local,
    restartLocal,
    uri: local.uri,
    close: async () => {
      await db.close();
      await connection.local?.stop();
    },
  };
  return connection;
}

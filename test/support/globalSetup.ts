import { loadConfig } from '../../src/config';
import { applySchema, connect, localAuth } from '../../src/db';

/**
 * Starts the test Neo4j (its own port and store, apart from `npm start`'s) unless NEO4J_URI names one, applies
 * the schema, and hands its address to the test files through the environment.
 */
export default async function globalSetup(): Promise<void> {
  process.env.NEO4J_LOCAL_PORT ??= '7688';
  process.env.NEO4J_LOCAL_DIR ??= '.neo4j/test';
  const config = loadConfig();
  const connection = await connect(config, (line) => process.stderr.write(`[test neo4j] ${line}\n`));
  await applySchema(connection.db);
  await connection.db.close();
  if (config.neo4j.kind === 'local') {
    // Also when connect attached to a test store that was already running: the files reach it through NEO4J_URI.
    process.env.NEO4J_URI = connection.uri;
    process.env.NEO4J_USER = 'neo4j';
    process.env.NEO4J_PASSWORD = localAuth(config.neo4j.dataDir).password;
    (globalThis as { testNeo4j?: typeof connection.local }).testNeo4j = connection.local;
  }
}

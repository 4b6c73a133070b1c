import type { Config } from '../config';
import { applySchema, connect, Database, type Connection } from '../db';

/**
 * The database a researcher's command works on: NEO4J_URI when set; else the local Neo4j on
 * NEO4J_LOCAL_PORT when one already answers there (say `npm start` or `npm run neo4j` is running), so the
 * command neither fails on a taken port nor waits for a second start; else a local Neo4j started for
 * this command and stopped after it.
 */
export async function connectForResearch(config: Config, log: (line: string) => void): Promise<Connection> {
  const options = { queryTimeoutMs: config.queryTimeoutMs, application: 'diplomacy-graph-research' };
  if (config.neo4j.kind === 'local') {
    const uri = `bolt://127.0.0.1:${config.neo4j.port}`;
    // The local server runs without authentication; the driver's credentials are ignored.
    const running = Database.connect(uri, { user: 'neo4j', password: 'neo4j' }, options);
    if (await running.ping()) {
      log(`using the local Neo4j already running at ${uri}`);
      return { db: running, uri, close: () => running.close() };
    }
    await running.close();
  }
  const connection = await connect(config, log, options.application);
  // A store opened for the first time has no indexes; the queries expect them.
  if (connection.local) await applySchema(connection.db);
  return connection;
}

import type { Config } from '../config';
import { applySchema, connect, type Connection } from '../db';

/**
 * The database a researcher's command works on: NEO4J_URI when set; else the local Neo4j on
 * NEO4J_LOCAL_PORT when one already runs there (say `npm start` or `npm run neo4j`), so the command neither
 * fails on a taken port nor waits for a second start; else a local Neo4j started for this command and stopped
 * after it.
 */
export async function connectForResearch(config: Config, log: (line: string) => void): Promise<Connection> {
  const connection = await connect(config, log, 'diplomacy-graph-research');
  // A store opened for the first time has no indexes; the queries expect them.
  if (connection.local) await applySchema(connection.db);
  return connection;
}

import type { Config } from '../config';
import { applySchema, checkStoreModel, connect, type Database } from '../db';
import { log } from './log';
import { onShutdown } from './shutdown';

/**
 * Runs a writing command's `work` on the configured store (NEO4J_URI, else the local Neo4j): the schema applied and
 * the store's model checked first, so no command writes into a store of an older model; the connection is closed
 * afterwards, and on a shutdown signal.
 */
export async function withStore<T>(config: Config, work: (db: Database) => Promise<T>): Promise<T> {
  const connection = await connect(config, log);
  onShutdown(() => connection.close());
  try {
    await applySchema(connection.db);
    await checkStoreModel(connection.db, config);
    return await work(connection.db);
  } finally {
    await connection.close();
  }
}

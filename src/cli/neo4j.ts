import { loadConfig } from '../config';
import { applySchema, connect } from '../db';
import { log } from './log';
import { onShutdown } from './shutdown';

/** `npm run neo4j`: the local Neo4j alone, with the schema applied, until Ctrl-C (for cypher-shell or Browser users). */
async function main(): Promise<void> {
  const connection = await connect(loadConfig(), log);
  onShutdown(() => connection.close());
  await applySchema(connection.db);
  log(`Neo4j ready at ${connection.uri}; Ctrl-C stops it`);
}

main().catch((error: unknown) => {
  log(`failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});

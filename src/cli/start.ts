import { loadConfig } from '../config';
import { applySchema, connect, QueryLibrary } from '../db';
import { startGraphqlServer } from '../server';
import { log } from './log';
import { onShutdown } from './shutdown';

/** `npm start`: Neo4j (local unless NEO4J_URI is set), the schema, the seed, then GraphQL. */
async function main(): Promise<void> {
  const config = loadConfig();
  const queries = QueryLibrary.load();
  const connection = await connect(config, log);
  onShutdown(async () => {
    await server?.stop();
    await connection.close();
  });
  let server: Awaited<ReturnType<typeof startGraphqlServer>> | undefined;

  const statements = await applySchema(connection.db);
  log(`schema applied: ${statements} constraints and indexes`);
  server = await startGraphqlServer(connection.db, queries, config);
  log(`GraphQL ready at ${server.url}`);
}

main().catch((error: unknown) => {
  log(`start failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});

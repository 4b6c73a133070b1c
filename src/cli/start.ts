import { main, type CommandSpec } from '../command';
import { loadConfig } from '../config';
import { applySchema, checkStoreModel, connect, QueryLibrary, superviseDatabase } from '../db';
import { formatSummaryLine, prepareArticle, seedFiles, writeArticle } from '../ingest';
import { checkListenAddress, startGraphqlServer } from '../server';
import { log } from './log';
import { onShutdown } from './shutdown';

export const startCommand = {
  name: 'start',
  summary: [
    'Starts Neo4j (local unless NEO4J_URI is set), applies the schema, loads the seed, then serves GraphQL, the explorer',
    'and the dashboard on HOST:PORT until Ctrl-C. The configuration is the environment (README, "Configuration").',
  ].join('\n'),
  options: {},
  examples: ['PORT=4001 npm start'],
} as const satisfies CommandSpec;

/** `npm start`: Neo4j (local unless NEO4J_URI is set), the schema, the seed, then GraphQL. */
async function serve(): Promise<void> {
  const config = loadConfig();
  const queries = QueryLibrary.load();
  // HOST, PORT and the seed are checked before Neo4j starts: a mistake is reported without waiting for it.
  await checkListenAddress(config.http.host, config.http.port);
  const seed = prepareArticle(seedFiles);
  const connection = await connect(config, log);
  const stopSupervising = superviseDatabase(connection, log);
  // eslint-disable-next-line prefer-const -- the shutdown hook below needs it declared before it can be set
  let server: Awaited<ReturnType<typeof startGraphqlServer>> | undefined;
  onShutdown(async () => {
    // Stopped first: the JVM exiting on shutdown is no loss to report.
    stopSupervising();
    await server?.stop();
    await connection.close();
  });

  const statements = await applySchema(connection.db);
  log(`schema applied: ${statements} constraints and indexes`);
  await checkStoreModel(connection.db, config);
  log(formatSummaryLine(await writeArticle(connection.db, seed)));
  server = await startGraphqlServer(
    connection.db,
    queries,
    config,
    config.logCypher ? { logStatement: (text) => process.stderr.write(text) } : {},
  );
  log(`GraphQL ready at ${server.url} (open it in a browser for the explorer); dashboard at ${server.dashboardUrl}`);
}

if (require.main === module) main(startCommand, serve);

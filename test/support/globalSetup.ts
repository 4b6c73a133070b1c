import { spawnSync } from 'node:child_process';
import { loadConfig, projectRoot } from '../../src/config';
import { applySchema, buildLauncher, checkStoreModel, connect, localAuth, type LocalNeo4j } from '../../src/db';
import { defaultTestDir, defaultTestPort, workerStore, workerVariables } from './workerStores';

/** Builds dist/ once for the files that run the commands as `npm run` does, before any worker could race to. */
function buildCommands(): void {
  const build = spawnSync(process.execPath, ['scripts/build.js'], { cwd: projectRoot, encoding: 'utf8' });
  if (build.status !== 0) throw new Error(`building dist/ for the integration tests failed:\n${build.stdout}${build.stderr}`);
}

/**
 * Starts (or attaches to) worker `worker`'s Neo4j, applies the schema, checks the store's model as every command that
 * writes does (a test store of an older model stops the run here, named), and returns the Neo4j it started, if any.
 */
async function startWorkerStore(worker: number): Promise<LocalNeo4j | undefined> {
  const store = workerStore(worker);
  const config = loadConfig({ ...process.env, NEO4J_LOCAL_PORT: String(store.port), NEO4J_LOCAL_DIR: store.dir });
  const connection = await connect(config, (line) => process.stderr.write(`[test neo4j ${worker}] ${line}\n`));
  await applySchema(connection.db);
  await checkStoreModel(connection.db, config);
  await connection.db.close();
  if (config.neo4j.kind !== 'local') return undefined;
  // Also when connect attached to a test store that was already running: the files reach it through the environment.
  const names = workerVariables(worker);
  process.env[names.uri] = connection.uri;
  process.env[names.password] = localAuth(config.neo4j.dataDir).password;
  return connection.local;
}

/**
 * Starts one test Neo4j per jest worker (its own port and store, apart from `npm start`'s; see workerStores.ts)
 * unless NEO4J_URI names one database, which only a single worker may use; applies the schema; builds dist/.
 * Worker 1's database is also left in NEO4J_URI for everything that runs in this process's environment.
 */
export default async function globalSetup(globalConfig?: { maxWorkers: number }): Promise<void> {
  process.env.NEO4J_LOCAL_PORT ??= String(defaultTestPort);
  process.env.NEO4J_LOCAL_DIR ??= defaultTestDir;
  const workers = globalConfig?.maxWorkers ?? 1;
  buildCommands();
  if (process.env.NEO4J_URI) {
    if (workers > 1) throw new Error(`NEO4J_URI names one database, which ${workers} jest workers would share: run with --runInBand`);
    await startWorkerStore(1);
    return;
  }
  // One Maven build before the launchers start side by side.
  buildLauncher((line) => process.stderr.write(`[test neo4j] ${line}\n`));
  const started = await Promise.all(Array.from({ length: workers }, (_, index) => startWorkerStore(index + 1)));
  const first = workerVariables(1);
  process.env.NEO4J_URI = process.env[first.uri];
  process.env.NEO4J_USER = 'neo4j';
  process.env.NEO4J_PASSWORD = process.env[first.password];
  (globalThis as { testNeo4j?: LocalNeo4j[] }).testNeo4j = started.filter((local): local is LocalNeo4j => local !== undefined);
}

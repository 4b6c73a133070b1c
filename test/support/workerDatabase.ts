import { workerStore, workerVariables } from './workerStores';

/*
 * Runs in each integration test file before its code: points NEO4J_URI (and NEO4J_LOCAL_PORT/DIR, which the
 * files that test the local store read) at the Neo4j of the jest worker the file runs in, so files in different
 * workers never see each other's writes. A child a test spawns reaches it only when given this process.env
 * (jest's copy for the file), not by inheriting the worker's own environment.
 */
const worker = Number(process.env.JEST_WORKER_ID ?? '1');
const names = workerVariables(worker);
const uri = process.env[names.uri];
if (uri) {
  const store = workerStore(worker);
  process.env.NEO4J_LOCAL_PORT = String(store.port);
  process.env.NEO4J_LOCAL_DIR = store.dir;
  process.env.NEO4J_URI = uri;
  process.env.NEO4J_USER = 'neo4j';
  process.env.NEO4J_PASSWORD = process.env[names.password];
} else if (!process.env.NEO4J_URI) {
  throw new Error(`no test Neo4j for jest worker ${worker} (${names.uri} unset): run the integration tests through jest's globalSetup`);
}

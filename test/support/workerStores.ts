/**
 * One test database per jest worker. Community Neo4j holds one user database, so each worker gets a Neo4j of its
 * own: worker 1 the base port (NEO4J_LOCAL_PORT, default 7688) and store (NEO4J_LOCAL_DIR, default .neo4j/test),
 * worker n the port base + n - 1 and the store `<base store>-<n>`. globalSetup starts them and hands each one's
 * address to the workers through the environment; workerDatabase.ts picks the one of the worker it runs in.
 */
export const defaultTestPort = 7688;
export const defaultTestDir = '.neo4j/test';

/** Where worker `worker` (1-based, JEST_WORKER_ID) keeps its Neo4j. */
export function workerStore(worker: number, env: NodeJS.ProcessEnv = process.env): { port: number; dir: string } {
  const base = Number(env.NEO4J_LOCAL_PORT ?? defaultTestPort);
  const dir = env.NEO4J_LOCAL_DIR ?? defaultTestDir;
  return { port: base + worker - 1, dir: worker === 1 ? dir : `${dir}-${worker}` };
}

/** The environment variables that carry worker `worker`'s Bolt address and password from globalSetup to it. */
export function workerVariables(worker: number): { uri: string; password: string } {
  return { uri: `NEO4J_TEST_URI_${worker}`, password: `NEO4J_TEST_PASSWORD_${worker}` };
}

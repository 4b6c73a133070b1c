import type { LocalNeo4j } from '../../src/db';

/** Stops the Neo4j that globalSetup started, if it started one. */
export default async function globalTeardown(): Promise<void> {
  await (globalThis as { testNeo4j?: LocalNeo4j }).testNeo4j?.stop();
}

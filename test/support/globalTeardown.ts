import type { LocalNeo4j } from '../../src/db';

/** Stops the Neo4j instances that globalSetup started, if it started any. */
export default async function globalTeardown(): Promise<void> {
  await Promise.all(((globalThis as { testNeo4j?: LocalNeo4j[] }).testNeo4j ?? []).map((local) => local.stop()));
}

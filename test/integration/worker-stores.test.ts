import { Database } from '../../src/db';
import { testDatabase } from '../support/database';
import { workerVariables } from '../support/workerStores';

/**
 * The harness itself: a file reaches the Neo4j of the jest worker it runs in, and what it writes there no other
 * worker's Neo4j sees. With one worker (in band) only the first half has anything to check.
 */

const worker = Number(process.env.JEST_WORKER_ID ?? '1');
const marker = `person:test-worker-store-${worker}`;
const db = testDatabase();

afterAll(async () => {
  await db.write('MATCH (n:Node {id: $id}) DETACH DELETE n', { id: marker });
  await db.close();
});

/** The other workers' databases that global setup started for this run. */
function otherWorkers(): { worker: number; uri: string; password: string }[] {
  const others = [];
  for (let other = 1; process.env[workerVariables(other).uri] !== undefined; other++) {
    const names = workerVariables(other);
    if (other !== worker) others.push({ worker: other, uri: process.env[names.uri] ?? '', password: process.env[names.password] ?? '' });
  }
  return others;
}

describe('one test database per jest worker', () => {
  it("points NEO4J_URI and NEO4J_LOCAL_PORT at this worker's Neo4j, the first worker's port + n - 1", () => {
    const first = process.env[workerVariables(1).uri];
    if (first === undefined) return; // NEO4J_URI names the one database: nothing to pick.
    const port = Number(new URL(first).port) + worker - 1;
    expect(process.env.NEO4J_URI).toBe(`bolt://127.0.0.1:${port}`);
    expect(process.env.NEO4J_LOCAL_PORT).toBe(String(port));
    // Worker 1 keeps the base store; worker n the base store's name with -n.
    if (worker > 1) expect(process.env.NEO4J_LOCAL_DIR).toMatch(new RegExp(`-${worker}$`));
  });

  it("keeps this worker's writes out of every other worker's database", async () => {
    await db.write('CREATE (:Node:Person {id: $id, name: $id})', { id: marker });
    expect(await db.read('MATCH (n:Node {id: $id}) RETURN count(n) AS n', { id: marker })).toEqual([{ n: 1 }]);
    for (const other of otherWorkers()) {
      const theirs = Database.connect(other.uri, { user: 'neo4j', password: other.password }, { queryTimeoutMs: 30_000 });
      try {
        expect([other.worker, await theirs.read('MATCH (n:Node {id: $id}) RETURN count(n) AS n', { id: marker })]).toEqual([
          other.worker,
          [{ n: 0 }],
        ]);
      } finally {
        await theirs.close();
      }
    }
  });
});

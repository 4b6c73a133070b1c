import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { QueryLibrary } from '../../src/db';
import { testDatabase } from '../support/database';

const db = testDatabase();
const marker = 'person:test-query-metadata';
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'query-metadata-'));
fs.writeFileSync(
  path.join(dir, 'touch-marker.cypher'),
  '// touch-marker: marks one node as touched.\n// Parameters:\n//   $id  STRING  the node\n// Returns: one row: id\n// Example: {"id": "person:x"}\nMATCH (n:Node {id: $id}) SET n.touched = true RETURN n.id AS id\n',
);
const library = QueryLibrary.load(['touch-marker'], dir);

beforeAll(async () => {
  await db.write('MERGE (n:Node:Person {id: $id})', { id: marker });
});

afterAll(async () => {
  await db.write('MATCH (n:Node {id: $id}) DETACH DELETE n', { id: marker });
  await db.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

interface Running {
  currentQuery: string | null;
  metaData: Record<string, unknown>;
}

async function running(): Promise<Running[]> {
  const rows = await db.read('SHOW TRANSACTIONS YIELD currentQuery, metaData RETURN currentQuery, metaData');
  return rows.map((row) => ({
    currentQuery: (row.currentQuery as string | null) || null,
    metaData: row.metaData as Record<string, unknown>,
  }));
}

describe("a query file's name in the transaction metadata", () => {
  it('shows in SHOW TRANSACTIONS while the statement runs, with the write transaction that holds it up', async () => {
    let release = () => {};
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    // One transaction holds the node's write lock; the named statement waits for it, so it is running when we look.
    const holding = db.writeTransaction(async (tx) => {
      await tx.run('MATCH (n:Node {id: $id}) SET n.touched = false', { id: marker });
      await held;
    }, 'hold-marker');
    await new Promise((resolve) => setTimeout(resolve, 200));
    const touching = db.write(library.get('touch-marker'), { id: marker });
    try {
      let seen: Running[] = [];
      for (let attempt = 0; attempt < 50 && !seen.some((tx) => tx.metaData.query === 'touch-marker'); attempt += 1) {
        await new Promise((resolve) => setTimeout(resolve, 100));
        seen = await running();
      }
      const touch = seen.find((tx) => tx.metaData.query === 'touch-marker');
      expect(touch?.metaData).toEqual({ app: 'diplomacy-graph', query: 'touch-marker' });
      expect(touch?.currentQuery).toMatch(/^\/\/ touch-marker: marks one node as touched\./);
      expect(seen.find((tx) => tx.metaData.operation === 'hold-marker')?.metaData).toEqual({
        app: 'diplomacy-graph',
        operation: 'hold-marker',
      });
      // The statement that looks is inline Cypher, named as such.
      expect(seen.find((tx) => tx.currentQuery?.startsWith('SHOW TRANSACTIONS'))?.metaData).toEqual({
        app: 'diplomacy-graph',
        query: 'inline',
      });
    } finally {
      release();
      await holding;
    }
    expect(await touching).toEqual([{ id: marker }]);
  });

  it("refuses parameters that do not match the file's header before sending anything", async () => {
    await db.write('MATCH (n:Node {id: $id}) SET n.touched = false', { id: marker });
    const before = db.statementCount;
    await expect(db.write(library.get('touch-marker'), { id: marker, limit: 1 })).rejects.toThrow(
      'touch-marker.cypher called with $limit, which its header does not declare',
    );
    await expect(db.read(library.get('touch-marker'), {})).rejects.toThrow(
      'touch-marker.cypher called without $id, which its header declares',
    );
    await expect(db.writeTransaction((tx) => tx.run(library.get('touch-marker'), { ident: marker }))).rejects.toThrow(
      'touch-marker.cypher called without $id, which its header declares and with $ident, which its header does not declare',
    );
    expect(db.statementCount).toBe(before);
    expect(await db.read('MATCH (n:Node {id: $id}) RETURN n.touched AS touched', { id: marker })).toEqual([{ touched: false }]);
  });
});

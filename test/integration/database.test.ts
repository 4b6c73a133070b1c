import { applySchema, Database, schemaStatements } from '../../src/db';
import { testDatabase } from '../support/database';

const db = testDatabase();

afterAll(async () => {
  await db.write('MATCH (n:Node) WHERE n.id STARTS WITH $prefix DETACH DELETE n', { prefix: 'person:test-db-' });
  await db.close();
});

async function schemaObjects(): Promise<string[]> {
  const constraints = await db.read('SHOW CONSTRAINTS YIELD name RETURN name');
  const indexes = await db.read('SHOW INDEXES YIELD name RETURN name');
  return [...constraints, ...indexes].map((row) => String(row.name)).sort();
}

describe('the real Neo4j behind the tests', () => {
  it('answers a query over Bolt', async () => {
    expect(await db.ping()).toBe(true);
    const [row] = await db.read('CALL dbms.components() YIELD name, versions, edition RETURN name, versions[0] AS version, edition');
    expect(row).toMatchObject({ name: 'Neo4j Kernel', edition: 'community' });
    expect(String(row?.version)).toMatch(/^5\./);
  });

  it('applies cypher/schema.cypher idempotently: a second run changes nothing', async () => {
    await applySchema(db);
    const once = await schemaObjects();
    await applySchema(db);
    expect(await schemaObjects()).toEqual(once);
    expect(once).toEqual(expect.arrayContaining(['node_id', 'entity_id', 'person_id', 'event_id', 'event_earliest', 'entity_names']));
    // Each statement of the file made exactly one constraint or index, and nothing else made any: the indexes that
    // back constraints and Neo4j's own token lookup indexes are left out.
    const declared = (kind: 'CONSTRAINT' | 'INDEX') =>
      schemaStatements()
        .flatMap((statement) => {
          const match = /^CREATE (?:\w+ )?(CONSTRAINT|INDEX) (\w+) /.exec(statement);
          return match?.[1] === kind ? [match[2]] : [];
        })
        .sort();
    const constraints = await db.read('SHOW CONSTRAINTS YIELD name RETURN name ORDER BY name');
    const indexes = await db.read(
      "SHOW INDEXES YIELD name, type, owningConstraint WHERE owningConstraint IS NULL AND type <> 'LOOKUP' RETURN name ORDER BY name",
    );
    expect(constraints.map((row) => row.name)).toEqual(declared('CONSTRAINT'));
    expect(indexes.map((row) => row.name)).toEqual(declared('INDEX'));
  });

  it('rejects a second node with an id that is already taken', async () => {
    await db.write('CREATE (:Node:Entity:Person {id: $id, name: $name})', { id: 'person:test-db-duplicate', name: 'first' });
    await expect(
      db.write('CREATE (:Node:Entity:Person {id: $id, name: $name})', { id: 'person:test-db-duplicate', name: 'second' }),
    ).rejects.toMatchObject({
      code: 'Neo.ClientError.Schema.ConstraintValidationFailed',
    });
    const rows = await db.read('MATCH (n:Node {id: $id}) RETURN n.name AS name', { id: 'person:test-db-duplicate' });
    expect(rows).toEqual([{ name: 'first' }]);
  });

  it('reports an unreachable database as unavailable instead of hanging or crashing', async () => {
    const nowhere = Database.connect('bolt://127.0.0.1:9', { user: 'neo4j', password: 'x' }, { queryTimeoutMs: 1000 });
    try {
      expect(await nowhere.ping()).toBe(false);
      await expect(nowhere.read('RETURN 1')).rejects.toMatchObject({ extensions: { code: 'UNAVAILABLE' } });
    } finally {
      await nowhere.close();
    }
  });
});

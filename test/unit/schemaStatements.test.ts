import { schemaStatements } from '../../src/db';

describe('schemaStatements', () => {
  it('splits cypher/schema.cypher into its statements, without comments', () => {
    const statements = schemaStatements();
    expect(statements.length).toBeGreaterThan(10);
    for (const statement of statements) {
      expect(statement).toMatch(/^(CREATE (CONSTRAINT|INDEX|FULLTEXT INDEX|POINT INDEX) \w+ IF NOT EXISTS |DROP INDEX \w+ IF EXISTS$)/);
      expect(statement).not.toContain('//');
      expect(statement).not.toContain(';');
    }
  });

  it('keeps a statement that spans lines whole', () => {
    expect(
      schemaStatements(
        '// a comment\nCREATE INDEX a IF NOT EXISTS\n  FOR (n:X) ON (n.y);\nCREATE INDEX b IF NOT EXISTS FOR (n:X) ON (n.z);',
      ),
    ).toEqual(['CREATE INDEX a IF NOT EXISTS\n  FOR (n:X) ON (n.y)', 'CREATE INDEX b IF NOT EXISTS FOR (n:X) ON (n.z)']);
  });
});

import { loadQueryFile, parseQueryFile, queryFileNames } from '../../../src/research';
import { administrationCommand } from '../../../src/research/queryFile';

const header = (body: string) => `// attack: who?\n// Parameters:\n// Returns: x - anything\n// Example: {}\n${body}\n`;

describe("the researchers' runner refuses administration", () => {
  it.each([
    ['TERMINATE TRANSACTIONS "neo4j-transaction-42"', 'TERMINATE TRANSACTIONS'],
    ['SHOW TRANSACTIONS YIELD currentQuery RETURN currentQuery', 'SHOW TRANSACTIONS'],
    ['CALL dbms.killTransaction("x")', 'CALL dbms.killTransaction'],
    ["ALTER USER neo4j SET PASSWORD 'x'", 'ALTER USER'],
    ['create   user mallory SET PASSWORD "secret1234"', 'create user'],
    ['DROP DATABASE neo4j', 'DROP DATABASE'],
    ['USE system SHOW USERS', 'USE s'],
    ["LOAD CSV FROM 'file:///etc/passwd' AS row RETURN row", 'LOAD CSV'],
    ["load csv from 'http://169.254.169.254/' as row return row", 'load csv'],
  ])('%s', (body, command) => {
    expect(administrationCommand(body)).toBe(command);
    expect(() => parseQueryFile(header(body), 'attack')).toThrow(
      `attack.cypher:5: the query runs "${command}", which the researchers' runner refuses: it only reads the graph (administration and LOAD CSV belong in cypher-shell, as the database's owner)`,
    );
  });

  it('looks only at code: the words in comments, strings and properties are data', () => {
    expect(administrationCommand("// TERMINATE TRANSACTIONS\nMATCH (n {note: 'LOAD CSV'}) RETURN n.use AS used, n.grant")).toBeNull();
  });

  it('sees through quoted names', () => {
    expect(administrationCommand('CALL `dbms`.`killTransaction`("x")')).toBe('CALL dbms.killTransaction');
  });

  it('passes every query of the library', () => {
    for (const name of queryFileNames()) expect(() => loadQueryFile(name)).not.toThrow();
  });
});

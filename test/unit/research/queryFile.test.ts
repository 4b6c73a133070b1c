import { loadQueryFile, parseParameterType, parseQueryFile, QueryFileError, queryFileNames, usedParameters } from '../../../src/research';

const valid = `// events: which events did an actor take part in?
// Parameters:
//   $actorId  STRING|null   the actor (null: every actor)
//   $kinds    LIST<STRING>  only these kinds
//   $limit    INTEGER       at most this many rows
// Returns: one row per event: id - the event id,
//   title - its title
// Example: {"actorId": "person:adam-boehler", "kinds": ["talks"], "limit": 20}
// Why a comment after the example is fine: Cypher ignores it.
MATCH (e:Event) WHERE e.kind IN $kinds AND ($actorId IS NULL OR e.id = $actorId)
RETURN e.id AS id, e.title AS title LIMIT $limit
`;

function failure(text: string, name = 'events'): QueryFileError {
  try {
    parseQueryFile(text, name);
  } catch (error) {
    if (error instanceof QueryFileError) return error;
    throw error;
  }
  throw new Error('expected the header to be refused');
}

describe('parseQueryFile', () => {
  it('reads the question, typed parameters, the returns (over several lines) and the example', () => {
    const file = parseQueryFile(valid, 'events');
    expect(file.question).toBe('which events did an actor take part in?');
    expect(file.parameters).toEqual([
      {
        name: 'actorId',
        type: { base: 'STRING', list: false, nullable: true },
        typeText: 'STRING|null',
        description: 'the actor (null: every actor)',
      },
      { name: 'kinds', type: { base: 'STRING', list: true, nullable: false }, typeText: 'LIST<STRING>', description: 'only these kinds' },
      {
        name: 'limit',
        type: { base: 'INTEGER', list: false, nullable: false },
        typeText: 'INTEGER',
        description: 'at most this many rows',
      },
    ]);
    expect(file.returns).toBe('one row per event: id - the event id, title - its title');
    expect(file.example).toEqual({ actorId: 'person:adam-boehler', kinds: ['talks'], limit: 20 });
    expect(file.text).toBe(valid);
  });

  it('accepts a file without parameters', () => {
    const file = parseQueryFile(
      '// counts: how many nodes?\n// Parameters: none\n// Returns: one row: n\n// Example: {}\nMATCH (n:Node) RETURN count(n) AS n\n',
      'counts',
    );
    expect(file.parameters).toEqual([]);
    expect(file.example).toEqual({});
  });

  it.each([
    ['a first line that names another file', valid.replace('// events:', '// timeline:'), 1, 'to start with "// events: "'],
    ['a missing Parameters line', valid.replace('// Parameters:\n', ''), 2, 'expected "// Parameters:"'],
    [
      'a parameter line without a description',
      valid.replace('  the actor (null: every actor)', ''),
      3,
      'expected "//   $name  TYPE  description"',
    ],
    ['an unknown type', valid.replace('INTEGER       at most', 'NUMBER        at most'), 5, 'unknown type "NUMBER"'],
    ['an example that is not JSON', valid.replace('"limit": 20}', 'limit: 20}'), 8, 'the example is not JSON'],
    ['an example that leaves a parameter out', valid.replace(', "limit": 20', ''), 8, 'the example does not give $limit'],
    [
      'an example with an undeclared parameter',
      valid.replace('"limit": 20', '"limit": 20, "from": null'),
      8,
      'gives $from, which the header does not declare',
    ],
    [
      'a query that uses an undeclared parameter',
      valid.replace('LIMIT $limit', 'SKIP $offset LIMIT $limit'),
      11,
      'uses $offset, which the header does not declare',
    ],
  ])('refuses %s, naming the line', (_case, text, line, reason) => {
    const error = failure(text);
    expect(error.line).toBe(line);
    expect(error.message).toContain(`events.cypher:${line}: `);
    expect(error.message).toContain(reason);
  });
});

describe('parseParameterType', () => {
  it('knows scalars, lists and nullable types, and nothing else', () => {
    expect(parseParameterType('MAP|null')).toEqual({ base: 'MAP', list: false, nullable: true });
    expect(parseParameterType('LIST<INTEGER>|null')).toEqual({ base: 'INTEGER', list: true, nullable: true });
    expect(parseParameterType('DATE')).toEqual({ base: 'DATE', list: false, nullable: false });
    expect(parseParameterType('string')).toBeNull();
    expect(parseParameterType('LIST<LIST<STRING>>')).toBeNull();
    expect(parseParameterType('STRING?')).toBeNull();
  });
});

describe('usedParameters', () => {
  it('finds $names outside comments and string literals, and skips dynamic labels', () => {
    const cypher =
      "// $inComment, the actor's\nMATCH (n:$($labels) {id: $id}) WHERE n.name <> '$notAParameter // $stillText' SET n:$($labels)\n/* $block */ RETURN n LIMIT $limit // it's";
    expect(usedParameters(cypher)).toEqual(['id', 'labels', 'limit']);
  });
});

describe('the query library', () => {
  it('has files, and every one of them has a header in the documented shape', () => {
    const names = queryFileNames();
    expect(names).toEqual(expect.arrayContaining(['mediators', 'proposals', 'claims', 'facts-for-entity', 'statements', 'evidence-check']));
    for (const name of names) expect(loadQueryFile(name).name).toBe(name);
  });

  it('finds a file by name, by file name and by path (from the working folder), and names the choices when there is none', () => {
    const byName = loadQueryFile('claims');
    expect(loadQueryFile('claims.cypher').text).toBe(byName.text);
    expect(loadQueryFile(`${__dirname}/../../../cypher/queries/claims.cypher`).text).toBe(byName.text);
    expect(loadQueryFile('../../../cypher/queries/claims.cypher', undefined, __dirname).text).toBe(byName.text);
    expect(() => loadQueryFile('no-such-question')).toThrow(/no such query file; the library has: .*claims/);
  });
});

import neo4j from 'neo4j-driver';
import { formatTable, parseCypherArguments, toPlain } from '../../../src/research';

describe('toPlain', () => {
  it('turns driver values into JSON values', () => {
    expect(toPlain(new neo4j.types.Date(2023, 10, 7))).toBe('2023-10-07');
    expect(toPlain(neo4j.int(42))).toBe(42);
    expect(toPlain(neo4j.int('9007199254740993'))).toBe('9007199254740993');
    expect(toPlain({ list: [neo4j.int(1), null, undefined], nested: { day: new neo4j.types.Date(1997, 1, 1) } })).toEqual({
      list: [1, null, null],
      nested: { day: '1997-01-01' },
    });
    const node = new neo4j.types.Node(neo4j.int(1), ['Node', 'Person'], { id: 'person:adam-boehler' }, 'e1');
    expect(toPlain(node)).toEqual({ labels: ['Node', 'Person'], properties: { id: 'person:adam-boehler' } });
  });
});

describe('formatTable', () => {
  it('lines up columns, joins lists of scalars, writes maps as JSON and counts the rows', () => {
    const table = formatTable([
      { id: 'org:egypt', via: ['event:a', 'event:b'], when: null, who: { id: 'x' } },
      { id: 'org:qatar', via: [], when: '2023-10-07', who: null },
    ]);
    expect(table.split('\n')).toEqual([
      'id        | via              | when       | who',
      '----------+------------------+------------+-----------',
      'org:egypt | event:a; event:b |            | {"id":"x"}',
      'org:qatar |                  | 2023-10-07 |',
      '(2 rows)',
    ]);
  });

  it('cuts long cells and flattens line breaks', () => {
    const [, , cell] = formatTable([{ quote: `first line\nsecond ${'x'.repeat(80)}` }], 20).split('\n');
    expect(cell).toBe('first line second x…');
    const [, , listCell] = formatTable([{ evidence: ['one\ntwo', 'three'] }]).split('\n');
    expect(listCell).toBe('one two; three');
  });

  it('says so when there are no rows', () => {
    expect(formatTable([])).toBe('(0 rows)');
  });
});

describe('parseCypherArguments', () => {
  it('reads the file, repeated parameters and the flags', () => {
    expect(parseCypherArguments(['mediators', '--param', 'negotiationId=null', '--param', 'limit=5', '--json', '--width', '30'])).toEqual({
      file: 'mediators',
      params: { negotiationId: null, limit: 5 },
      example: false,
      json: true,
      list: false,
      print: false,
      maxWidth: 30,
    });
    expect(parseCypherArguments(['--list'])).toMatchObject({ list: true });
    expect(parseCypherArguments(['claims', '--example'])).toMatchObject({ file: 'claims', example: true });
    expect(parseCypherArguments(['claims', '--example', '--print'])).toMatchObject({ file: 'claims', example: true, print: true });
  });

  it.each([
    [[], 'file: name a query file'],
    [['a', 'b'], 'unexpected argument "b": expected <query name or file.cypher>'],
    [['claims', '--param'], '--param: expected a value after it'],
    [['claims', '--param', 'limit=1', '--param', 'limit=2'], '--param: $limit is given twice'],
    [['claims', '--width', '0'], '--width: expected a whole number of at least 1, got "0"'],
    [['claims', '--csv'], '--csv: unknown option'],
  ])('refuses %j', (argv, message) => {
    expect(() => parseCypherArguments(argv)).toThrow(message);
  });
});

import neo4j from 'neo4j-driver';
import { AppError } from '../../../src/errors';
import { bindParameters, parseParamArgument, parseQueryFile } from '../../../src/research';

const file = parseQueryFile(
  `// sample: a question with one parameter of each kind?
// Parameters:
//   $id     STRING             a node id
//   $limit  INTEGER            at most this many rows
//   $share  FLOAT|null         a share
//   $rollUp BOOLEAN|null       roll up to organizations
//   $from   DATE|null          a day
//   $kinds  LIST<STRING>|null  kinds
//   $after  MAP|null           a cursor
// Returns: nothing
// Example: {"id": "org:hamas", "limit": 5, "share": null, "rollUp": null, "from": null, "kinds": null, "after": null}
RETURN $id, $limit, $share, $rollUp, $from, $kinds, $after
`,
  'sample',
);

describe('parseParamArgument', () => {
  it('reads the value as JSON when it parses, else as text', () => {
    expect(parseParamArgument('limit=20')).toEqual({ name: 'limit', value: 20 });
    expect(parseParamArgument('actorId=null')).toEqual({ name: 'actorId', value: null });
    expect(parseParamArgument('kinds=["talks","negotiation"]')).toEqual({ name: 'kinds', value: ['talks', 'negotiation'] });
    expect(parseParamArgument('id="12"')).toEqual({ name: 'id', value: '12' });
    expect(parseParamArgument('id=person:adam-boehler')).toEqual({ name: 'id', value: 'person:adam-boehler' });
    expect(parseParamArgument('query=boehler AND witkoff')).toEqual({ name: 'query', value: 'boehler AND witkoff' });
    expect(parseParamArgument('$equation=a=b')).toEqual({ name: 'equation', value: 'a=b' });
    expect(parseParamArgument('empty=')).toEqual({ name: 'empty', value: '' });
  });

  it('refuses an argument that is not name=value', () => {
    expect(() => parseParamArgument('limit')).toThrow('--param: expected name=value, got "limit"');
    expect(() => parseParamArgument('=5')).toThrow(AppError);
  });
});

describe('bindParameters', () => {
  it('sends integers as driver integers and dates as driver dates, so Neo4j sees INTEGER and DATE', () => {
    const params = bindParameters(file, {
      id: 'org:hamas',
      limit: 5,
      share: 0.5,
      rollUp: true,
      from: '2023-10-07',
      kinds: ['talks'],
      after: { id: 'x' },
    });
    expect(neo4j.isInt(params.limit)).toBe(true);
    expect(params.limit).toEqual(neo4j.int(5));
    expect(neo4j.isDate(params.from)).toBe(true);
    expect(String(params.from)).toBe('2023-10-07');
    expect(params).toMatchObject({ id: 'org:hamas', share: 0.5, rollUp: true, kinds: ['talks'], after: { id: 'x' } });
  });

  it('gives null to a nullable parameter left out', () => {
    expect(bindParameters(file, { id: 'org:hamas', limit: 1 })).toMatchObject({
      share: null,
      rollUp: null,
      from: null,
      kinds: null,
      after: null,
    });
  });

  it.each([
    [{ limit: 5 }, '$id: sample needs it: STRING, a node id (e.g. --param id="org:hamas")'],
    [{ id: 'org:hamas', limit: 2.5 }, '$limit: expected INTEGER (a whole number), got 2.5'],
    [{ id: 'org:hamas', limit: '5' }, '$limit: expected INTEGER (a whole number), got "5"'],
    [{ id: 12, limit: 5 }, '$id: expected STRING (a string), got 12'],
    [{ id: null, limit: 5 }, '$id: expected STRING (not null), got null'],
    [{ id: 'org:hamas', limit: 5, from: '7 October 2023' }, '$from: expected DATE|null (a date as YYYY-MM-DD), got "7 October 2023"'],
    [{ id: 'org:hamas', limit: 5, from: '2023-02-30' }, '$from: expected DATE|null (a date as YYYY-MM-DD), got "2023-02-30"'],
    [{ id: 'org:hamas', limit: 5, kinds: 'talks' }, '$kinds: expected LIST<STRING>|null (a JSON list), got "talks"'],
    [{ id: 'org:hamas', limit: 5, kinds: ['talks', 3] }, '$kinds: expected LIST<STRING>|null (a string), got ["talks",3]'],
    [
      { id: 'org:hamas', limit: 5, offset: 10 },
      '$offset: sample takes no such parameter (it takes $id, $limit, $share, $rollUp, $from, $kinds, $after)',
    ],
  ])('refuses %j with a message that says what was expected', (given, message) => {
    expect(() => bindParameters(file, given)).toThrow(message);
    expect(() => bindParameters(file, given)).toThrow(AppError);
  });
});

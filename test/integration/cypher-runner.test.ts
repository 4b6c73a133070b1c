import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadConfig } from '../../src/config';
import { loadArticle, seedFiles } from '../../src/ingest';
import { runCypherCommand } from '../../src/research';
import { testDatabase } from '../support/database';

/** `npm run cypher` as a researcher uses it, against the seeded test database (NEO4J_URI, set by globalSetup). */

const db = testDatabase();
let scratch: string;

beforeAll(async () => {
  await loadArticle(db, seedFiles);
  scratch = await fs.promises.mkdtemp(path.join(os.tmpdir(), 'cypher-runner-'));
});

afterAll(async () => {
  await fs.promises.rm(scratch, { recursive: true, force: true });
  await db.close();
});

async function cypher(...argv: string[]): Promise<{ status: number; out: string; log: string[] }> {
  let out = '';
  const log: string[] = [];
  const status = await runCypherCommand(argv, loadConfig, { out: (text) => (out += text), log: (line) => log.push(line) });
  return { status, out, log };
}

describe('npm run cypher', () => {
  it('prints a readable table of a library file run with its example', async () => {
    const { status, out, log } = await cypher('mediators', '--example');
    expect(status).toBe(0);
    const lines = out.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^negotiation +\| negotiationTitle +\| kind +\| parties +\| mediator +\| mediatorName/);
    expect(lines[1]).toMatch(/^-+-\+-/);
    expect(lines[2]).toMatch(
      /^event:us-hamas-direct-talks \| Direct US-Hamas talks +\| talks \| org:hamas; org:united-states; person:adam-boehler \| org:egypt/,
    );
    expect(lines[3]).toContain('| org:qatar ');
    expect(lines[4]).toBe('(2 rows)');
    expect(log[log.length - 1]).toMatch(/^mediators: 2 rows in \d+ ms$/);
  });

  it('prints JSON with --json, parameters read as JSON or as text', async () => {
    const { status, out } = await cypher('facts-for-entity', '--param', 'id=org:qatar', '--param', 'limit=3', '--json');
    expect(status).toBe(0);
    const rows = JSON.parse(out);
    expect(rows).toHaveLength(3);
    expect(rows[0]).toMatchObject({ direction: 'mention', relation: 'MENTIONED_IN', otherId: 'article:us-hamas-direct-talks' });
    expect(typeof rows[0].quoteStart).toBe('number');
  });

  it('lets --param override the example, and leaves a nullable parameter out as null', async () => {
    const one = JSON.parse((await cypher('claims', '--example', '--param', 'limit=1', '--json')).out);
    expect(one).toHaveLength(1);
    const all = JSON.parse((await cypher('statements', '--param', 'limit=100', '--json')).out);
    expect(all).toHaveLength(6);
  });

  it('runs Cypher given with -e, its parameters from --param and --params, whole numbers as integers', async () => {
    const { status, out, log } = await cypher(
      '-e',
      'MATCH (e:Event {id: $id})<-[p:PARTICIPATED_IN]-(a) RETURN a.id AS actor, p.role AS role ORDER BY actor LIMIT $n',
      '--params',
      '{"id": "event:us-hamas-direct-talks"}',
      '--param',
      'n=2',
      '--json',
    );
    expect(status).toBe(0);
    expect(JSON.parse(out)).toEqual([
      { actor: 'org:egypt', role: 'mediator' },
      { actor: 'org:hamas', role: 'party' },
    ]);
    expect(log[log.length - 1]).toMatch(/^inline: 2 rows in \d+ ms$/);
  });

  it.each([
    [['-e', 'MATCH (e:Event {id: $id}) RETURN e'], '$id: inline needs it'],
    [['-e', 'RETURN $a AS a', '--param', 'a=1', '--param', 'b=2'], '$b: inline takes no such parameter (it takes $a)'],
    [['-e', 'SHOW TRANSACTIONS'], '-e: the query runs "SHOW TRANSACTIONS", which the researchers\' runner refuses'],
    [['-e', 'CREATE (:Node {id: "person:test-runner-inline"})'], 'Neo4j: '],
  ])('refuses -e %j with status 2, writing nothing', async (argv, message) => {
    const { status, out, log } = await cypher(...argv);
    expect(status).toBe(2);
    expect(out).toBe('');
    expect(log.join('\n')).toContain(message);
    expect(await db.read('MATCH (n:Node {id: $id}) RETURN n', { id: 'person:test-runner-inline' })).toEqual([]);
  });

  it('prints its help for --help, and connects to nothing', async () => {
    const { status, out, log } = await cypher('--help');
    expect(status).toBe(0);
    expect(out).toMatch(/^usage: npm run cypher -- <query name or file\.cypher> \[options\]\n/);
    expect(out).toContain('  -e, --execute "MATCH ..."');
    expect(log).toEqual([]);
  });

  it('passes values as parameters, never as query text', async () => {
    // A value that would change the query if it were pasted in is only a string that matches nothing.
    const { status, out } = await cypher(
      'facts-for-entity',
      '--param',
      "id=x'}) MATCH (n) DETACH DELETE n //",
      '--param',
      'limit=5',
      '--json',
    );
    expect(status).toBe(0);
    expect(JSON.parse(out)).toEqual([]);
    expect(await db.read('MATCH (n:Node {id: $id}) RETURN n.id AS id', { id: 'org:hamas' })).toEqual([{ id: 'org:hamas' }]);
  });

  it('runs a .cypher file outside the library, dates printed as YYYY-MM-DD', async () => {
    const file = path.join(scratch, 'dated-events.cypher');
    fs.writeFileSync(
      file,
      `// dated-events: which events have a known day?
// Parameters:
//   $precision  STRING  the date precision
// Returns: one row per event: id, earliest
// Example: {"precision": "day"}
MATCH (e:Event) WHERE e.datePrecision = $precision RETURN e.id AS id, e.earliest AS earliest ORDER BY id
`,
    );
    const { status, out } = await cypher(file, '--param', 'precision=day', '--json');
    expect(status).toBe(0);
    expect(JSON.parse(out)).toEqual([{ id: 'event:october-7-raid', earliest: '2023-10-07' }]);
  });

  it('lists the library with --list', async () => {
    const { status, out } = await cypher('--list');
    expect(status).toBe(0);
    expect(out).toMatch(/^claims +which figures do the articles report/m);
    expect(out).toMatch(/^timeline +/m);
  });

  it.each([
    [['facts-for-entity', '--param', 'id=org:hamas'], '$limit: facts-for-entity needs it: INTEGER'],
    [['facts-for-entity', '--param', 'id=org:hamas', '--param', 'limit=ten'], '$limit: expected INTEGER (a whole number), got "ten"'],
    [['claims', '--param', 'about=org:hamas', '--param', 'limit=1'], '$about: claims takes no such parameter (it takes $aboutId, $limit)'],
    [['no-such-question'], 'no-such-question: no such query file'],
    [['claims', '--bogus'], '--bogus: unknown option'],
  ])('exits with status 2 and one line that says what is wrong: %j', async (argv, message) => {
    const { status, out, log } = await cypher(...argv);
    expect(status).toBe(2);
    expect(out).toBe('');
    expect(log.join('\n')).toContain(message);
  });

  it('reports Cypher that Neo4j refuses, and does not let a file write', async () => {
    const file = path.join(scratch, 'writes.cypher');
    fs.writeFileSync(
      file,
      '// writes: can a query file change the graph?\n// Parameters: none\n// Returns: nothing\n// Example: {}\nCREATE (:Node {id: "person:test-runner-write"})\n',
    );
    const { status, log } = await cypher(file);
    expect(status).toBe(2);
    expect(log.join('\n')).toMatch(/^cypher failed: Neo4j: .*(write|Writing)/m);
    expect(await db.read('MATCH (n:Node {id: $id}) RETURN n', { id: 'person:test-runner-write' })).toEqual([]);
  });
});

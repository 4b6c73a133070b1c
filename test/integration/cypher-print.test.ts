import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import neo4j from 'neo4j-driver';
import { queriesDir } from '../../src/db';
import { loadArticle, seedFiles } from '../../src/ingest';
import { loadQueryFile, queryFileNames, runCypherCommand, runQueryFile, toPlain, type PlainRow } from '../../src/research';
import { inlineQuery } from '../../src/research/inlineQuery';
import { testDatabase } from '../support/database';

/**
 * `npm run cypher -- <file> --print`: the statement and `:param` lines a researcher pastes into cypher-shell or
 * Neo4j Browser. The printed text is run here the way cypher-shell runs it (each `:param` value evaluated as a
 * Cypher expression, then the statement with those parameters) and must give the runner's rows.
 */

const db = testDatabase();
const shell = neo4j.driver(
  process.env.NEO4J_URI ?? '',
  neo4j.auth.basic(process.env.NEO4J_USER ?? 'neo4j', process.env.NEO4J_PASSWORD ?? ''),
);

beforeAll(() => loadArticle(db, seedFiles));
afterAll(async () => {
  await shell.close();
  await db.close();
});

/** Runs the command with a configuration that fails when read: --print must never reach for a database. */
async function print(...argv: string[]): Promise<{ status: number; out: string; log: string[] }> {
  let out = '';
  const log: string[] = [];
  const noDatabase = () => {
    throw new Error('--print read the database configuration');
  };
  const status = await runCypherCommand([...argv, '--print'], noDatabase, { out: (text) => (out += text), log: (line) => log.push(line) });
  return { status, out, log };
}

/**
 * What cypher-shell does with the pasted text: evaluates each `:param name => expression` and keeps the value as
 * Neo4j returned it (an integer stays an integer: a plain driver, not the gateway, which turns them into numbers),
 * then runs the rest with those parameters.
 */
async function runAsCypherShell(printed: string): Promise<PlainRow[]> {
  const lines = printed.split('\n');
  const session = shell.session({ defaultAccessMode: neo4j.session.READ });
  try {
    const params: Record<string, unknown> = {};
    let first = 0;
    for (; first < lines.length && (lines[first] ?? '').startsWith(':param '); first++) {
      const match = /^:param ([A-Za-z_][A-Za-z0-9_]*) => (.+)$/.exec(lines[first] ?? '');
      if (!match) throw new Error(`not a :param line: ${String(lines[first])}`);
      const { records } = await session.run(`RETURN ${String(match[2])} AS value`);
      params[match[1] ?? ''] = records[0]?.get('value');
    }
    const statement = lines.slice(first).join('\n').trim();
    expect(statement.endsWith('\n;')).toBe(true);
    const { records } = await session.run(statement.slice(0, -1), params);
    return records.map((record) => Object.fromEntries(record.keys.map((column) => [column, toPlain(record.get(column))])));
  } finally {
    await session.close();
  }
}

describe('npm run cypher -- <file> --print', () => {
  it.each(queryFileNames())("prints %s with its example as pasteable Cypher that gives the runner's rows", async (name) => {
    const file = loadQueryFile(name);
    const { status, out } = await print(name, '--example');
    expect(status).toBe(0);
    expect(out).not.toContain('{{');
    expect(out).toContain(file.text.trim());
    const expected = await runQueryFile(db, file, file.example);
    expect(await runAsCypherShell(out)).toEqual(expected);
  });

  it("puts the Cypher of each include where the raw file names it, after the example's parameters", async () => {
    const raw = fs.readFileSync(path.join(queriesDir, 'negotiations.cypher'), 'utf8');
    expect(raw).toContain('WHERE basis.kind IN {{negotiation-kinds}}');
    const { out } = await print('negotiations', '--example');
    expect(out).toMatch(
      /^:param actorId => 'person:adam-boehler'\n:param rollUp => false\n:param limit => 20\n:param mediators => true\n:param sides => true\n:param brief => false\n\n\/\/ negotiations: /,
    );
    expect(out).toContain("WHERE basis.kind IN ['talks', 'negotiation']");
  });

  it('writes each value as a literal of the type the runner sends: integers, floats, text with quotes, dates, lists, maps', async () => {
    const cypher = 'RETURN $text AS text, $whole AS whole, $real AS real, $list AS list, $map AS map';
    const params = { text: "it's a \\ back\nslash", whole: 3, real: 1.5, list: [1, 'x', null], map: { 'a b': 2, c: true } };
    const { status, out, log } = await print('-e', cypher, '--params', JSON.stringify(params));
    expect([status, log]).toEqual([0, []]);
    expect(out).toContain(":param text => 'it\\'s a \\\\ back\\nslash'\n");
    expect(out).toContain(':param whole => 3\n');
    expect(out).toContain(':param map => {`a b`: 2, c: true}\n');
    const rows = await runAsCypherShell(out);
    expect(rows).toEqual(await runQueryFile(db, inlineQuery(cypher), params));
    expect(rows).toEqual([{ text: params.text, whole: 3, real: 1.5, list: [1, 'x', null], map: { 'a b': 2, c: true } }]);
  });

  it('keeps a DATE parameter a date and a whole FLOAT a float', async () => {
    const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'cypher-print-'));
    try {
      const file = path.join(scratch, 'typed.cypher');
      const header = [
        '// typed: what types do the parameters arrive with?',
        '// Parameters:',
        '//   $day    DATE   a day',
        '//   $ratio  FLOAT  a number',
      ];
      const rest = ['// Returns: the values and their types', '// Example: {"day": "2023-10-07", "ratio": 2}'];
      fs.writeFileSync(
        file,
        [
          ...header,
          ...rest,
          'RETURN $day AS day, $ratio AS ratio, valueType($day) AS dayType, valueType($ratio) AS ratioType',
          '// closing remark',
        ].join('\n'),
      );
      const { status, out } = await print(file, '--example');
      expect(status).toBe(0);
      expect(out).toContain(":param day => date('2023-10-07')\n:param ratio => 2.0\n");
      // The last line is a comment: the semicolon on its own line still ends the statement.
      expect(await runAsCypherShell(out)).toEqual([{ day: '2023-10-07', ratio: 2, dayType: 'DATE NOT NULL', ratioType: 'FLOAT NOT NULL' }]);
    } finally {
      fs.rmSync(scratch, { recursive: true, force: true });
    }
  });

  it('refuses a bad parameter as the runner does, printing nothing', async () => {
    const { status, out, log } = await print('negotiations', '--example', '--param', 'limit=many');
    expect(status).not.toBe(0);
    expect(out).toBe('');
    expect(log.join('\n')).toContain('$limit');
  });
});

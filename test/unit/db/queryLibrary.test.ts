import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { cypherDir, parameterMismatch, QueryLibrary, readQueryHeader } from '../../../src/db';

// cypher/include holds fragments the other folders' files write out, not queries (test/unit/db/includes.test.ts).
const folders = fs
  .readdirSync(cypherDir, { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && entry.name !== 'include')
  .map((entry) => entry.name);

describe('the query library', () => {
  it.each(folders)('reads the header of every file of cypher/%s', (folder) => {
    const dir = path.join(cypherDir, folder);
    const names = fs
      .readdirSync(dir)
      .filter((file) => file.endsWith('.cypher'))
      .map((file) => path.basename(file, '.cypher'));
    expect(names.length).toBeGreaterThan(0);
    const library = QueryLibrary.load(names, dir);
    for (const name of names) {
      const file = library.get(name);
      expect(file.name).toBe(name);
      expect(file.question.length).toBeGreaterThan(0);
      const written = fs.readFileSync(path.join(dir, `${name}.cypher`), 'utf8');
      // What runs is the file as written, its {{includes}} expanded.
      if (!written.includes('{{')) expect(file.text).toBe(written);
      expect(file.text).not.toContain('{{');
    }
  });

  it('reads a question and a parameter description that go on over further lines', () => {
    const file = readQueryHeader(
      [
        '// pairs: which actors met,',
        '// and where?',
        '// Parameters:',
        '//   $rows  LIST<MAP>  {a, b: STRING,',
        '//                     place: STRING|null}',
        '//   $limit INTEGER    at most this many',
        '// Returns: one row per pair: a, b',
        '// Example: {"rows": [], "limit": 1}',
        'UNWIND $rows AS row RETURN row.a AS a, row.b AS b LIMIT $limit',
      ].join('\n'),
      'pairs',
    );
    expect(file.question).toBe('which actors met, and where?');
    expect(file.parameters.map((parameter) => [parameter.name, parameter.typeText, parameter.description])).toEqual([
      ['rows', 'LIST<MAP>', '{a, b: STRING, place: STRING|null}'],
      ['limit', 'INTEGER', 'at most this many'],
    ]);
  });

  it('fails to load a folder with a malformed header, naming the file and line', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'query-library-'));
    try {
      fs.writeFileSync(
        path.join(dir, 'broken.cypher'),
        '// broken: what?\n// Parameters:\n//   $limit  NUMBER  how many\n// Returns: n\n// Example: {"limit": 1}\nRETURN $limit AS n\n',
      );
      expect(() => QueryLibrary.load([], dir)).toThrow(/broken\.cypher:3: \$limit: unknown type "NUMBER"/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('names the files a caller needs and the folder lacks', () => {
    expect(() => QueryLibrary.load(['timeline', 'no-such-file'])).toThrow('missing Cypher files in cypher/queries: no-such-file.cypher');
    expect(() => QueryLibrary.load().get('no-such-file')).toThrow('no Cypher file named no-such-file.cypher in the query library');
  });
});

describe('parameterMismatch', () => {
  const timeline = QueryLibrary.load(['timeline']).get('timeline');
  const exact = Object.fromEntries(timeline.parameters.map((parameter) => [parameter.name, null]));

  it('accepts exactly the parameters the header declares', () => {
    expect(parameterMismatch(timeline, exact)).toBeNull();
  });

  it('names a declared parameter left out and an undeclared one passed', () => {
    const { limit: _limit, ...withoutLimit } = exact;
    expect(parameterMismatch(timeline, withoutLimit)).toBe('timeline.cypher called without $limit, which its header declares');
    expect(parameterMismatch(timeline, { ...exact, first: 10 })).toBe(
      'timeline.cypher called with $first, which its header does not declare',
    );
    expect(parameterMismatch(timeline, { ...withoutLimit, first: 10 })).toBe(
      'timeline.cypher called without $limit, which its header declares and with $first, which its header does not declare',
    );
  });
});

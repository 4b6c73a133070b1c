import fs from 'node:fs';
import path from 'node:path';
import { cypherDir, QueryLibrary, readQueryHeader } from '../../../src/db';
import { includeDir, includeFragments } from '../../../src/db/includes';
import { relationTypes } from '../../../src/ingest/types';

const annotationSchema = JSON.parse(fs.readFileSync(path.join(cypherDir, '..', 'seed', 'annotations.schema.json'), 'utf8')) as {
  definitions: unknown;
};

/** Every .cypher file of cypher/ but the fragments themselves, as written. */
function queryFiles(): { file: string; text: string }[] {
  return fs
    .readdirSync(cypherDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && entry.name !== 'include')
    .flatMap((entry) =>
      fs
        .readdirSync(path.join(cypherDir, entry.name))
        .filter((file) => file.endsWith('.cypher'))
        .map((file) => ({ file: `${entry.name}/${file}`, text: fs.readFileSync(path.join(cypherDir, entry.name, file), 'utf8') })),
    );
}

/** A fragment's list literal (`['a', 'b']`) as strings. */
function listOf(name: string): string[] {
  const fragment = includeFragments().get(name) ?? '';
  expect(fragment).toMatch(/^\[('[^']+'(, )?)+\]$/);
  return [...fragment.matchAll(/'([^']+)'/g)].map((match) => match[1] ?? '');
}

/** Every value an `enum` of the annotation schema allows under a property `name`, wherever it is declared. */
function schemaEnum(name: string): string[] {
  const found: string[] = [];
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(visit);
    else if (value !== null && typeof value === 'object') {
      for (const [key, child] of Object.entries(value)) {
        const values = (child as { enum?: unknown }).enum;
        if (key === name && Array.isArray(values)) found.push(...(values as string[]));
        visit(child);
      }
    }
  };
  visit(annotationSchema);
  return found;
}

describe('the shared rules of cypher/include', () => {
  it('are the fragments the queries name, each used at least once', () => {
    // Named by a query, or by a fragment (participants-page writes node-map: a fragment names another with its holes
    // filled, `{{name hole=x}}`, which tells it from a hole of its own, `{{hole}}`).
    const named = (text: string, pattern: RegExp) => [...text.matchAll(pattern)].map((match) => match[1]);
    const used = new Set([
      ...queryFiles().flatMap(({ text }) => named(text, /\{\{([a-z-]+)/g)),
      ...[...includeFragments().values()].flatMap((text) => named(text, /\{\{([a-z-]+) /g)),
    ]);
    expect([...includeFragments().keys()].sort()).toEqual([
      'claim-filter',
      'date-in-range',
      'fact-types',
      'members-page',
      'negotiating-roles',
      'negotiation-kinds',
      'node-map',
      'participants-page',
      'proposal-filter',
      'roles-page',
      'roll-up',
      'statement-filter',
      'timeline-page',
    ]);
    expect([...used].sort()).toEqual([...includeFragments().keys()].sort());
  });

  it('negotiation kinds and negotiating roles are values of the annotation schema', () => {
    expect(schemaEnum('kind')).toEqual(expect.arrayContaining(listOf('negotiation-kinds')));
    expect(schemaEnum('role')).toEqual(expect.arrayContaining(listOf('negotiating-roles')));
    expect(listOf('negotiating-roles')).not.toContain('mediator');
  });

  it('fact-types is exactly relationTypes', () => {
    const types = (includeFragments().get('fact-types') ?? '').split('|');
    expect([...types].sort()).toEqual([...relationTypes].sort());
  });

  // The drift test: a rule written out again by hand in a query file is a copy that will go out of step.
  it.each(queryFiles().map(({ file, text }) => [file, text]))('%s writes no shared rule out by hand', (_file, text) => {
    const code = text
      .split('\n')
      .filter((line) => !line.startsWith('//'))
      .join('\n');
    const lists = [listOf('negotiation-kinds'), listOf('negotiating-roles')];
    for (const list of lists) {
      // Any two values of one rule's list side by side in a literal list: the rule, or a part of it, copied.
      for (const a of list) for (const b of list) if (a !== b) expect(code).not.toMatch(new RegExp(`'${a}',\\s*'${b}'`));
    }
    expect(code).not.toMatch(/HOLDS_ROLE\|PART_OF\|/);
    expect(code).not.toMatch(/OPTIONAL MATCH \(\w+:Person\)-\[:HOLDS_ROLE\]->\(\w+:Organization\)\s*WITH DISTINCT coalesce/);
  });
});

describe('expanding {{includes}}', () => {
  const header = '// q: what?\n// Parameters:\n//   $rollUp  BOOLEAN  roll up\n// Returns: a\n// Example: {"rollUp": true}\n';

  it('writes a fragment out with its holes filled and the indentation of its line', () => {
    const file = readQueryHeader(`${header}MATCH (x:Node)\nCALL (x) {\n  {{roll-up actor=x top=a}}\n}\nRETURN a.id AS a\n`, 'q');
    expect(file.text).toContain('CALL (x) {\n  WITH x WHERE NOT $rollUp\n  RETURN x AS a\n  UNION\n');
    expect(file.text).toContain('  MATCH (base)-[:PART_OF*0..4]->(a) WHERE NOT (a)-[:PART_OF]->()\n  RETURN DISTINCT a\n}');
    expect(file.text.startsWith(header)).toBe(true);
  });

  it.each([
    [
      '{{no-such-rule}}',
      'q.cypher:6: {{no-such-rule}}: no such fragment in cypher/include (it has: claim-filter, date-in-range, fact-types, members-page, negotiating-roles, negotiation-kinds, node-map, participants-page, proposal-filter, roles-page, roll-up, statement-filter, timeline-page)',
    ],
    ['{{roll-up actor=x}}', 'q.cypher:6: {{roll-up actor=x}}: roll-up needs top=<variable>'],
    ['{{negotiation-kinds actor=x}}', 'q.cypher:6: {{negotiation-kinds actor=x}}: negotiation-kinds has no hole actor (its holes: none)'],
  ])('refuses %s, naming the file', (use, message) => {
    expect(() => readQueryHeader(`${header}MATCH (x:Node) WHERE $rollUp AND x.kind IN ${use} RETURN x\n`, 'q')).toThrow(message);
  });

  it('fills a hole with a $parameter, which the query must declare', () => {
    const brief = '// q: what?\n// Parameters:\n//   $flag  BOOLEAN  brief or not\n// Returns: n\n// Example: {"flag": true}\n';
    const file = readQueryHeader(`${brief}MATCH (x:Node) RETURN {{node-map node=x brief=$flag}} AS n\n`, 'q');
    expect(file.text).toContain('RETURN CASE WHEN $flag THEN x {.id, .name, .title, labels: labels(x), brief: true} ELSE x {.*');
    expect(() =>
      readQueryHeader(
        '// q: what?\n// Parameters: none\n// Returns: n\n// Example: {}\nMATCH (x:Node) RETURN {{node-map node=x brief=$flag}} AS n\n',
        'q',
      ),
    ).toThrow('the query uses $flag, which the header does not declare');
  });

  it('a fragment that uses a parameter needs the query to declare it', () => {
    expect(() =>
      readQueryHeader(
        '// q: what?\n// Parameters: none\n// Returns: a\n// Example: {}\nMATCH (x) CALL (x) { {{roll-up actor=x top=a}} } RETURN a\n',
        'q',
      ),
    ).toThrow('the query uses $rollUp, which the header does not declare');
  });

  it('every query of the library that names a rule gets it written out', () => {
    const library = QueryLibrary.load();
    expect(library.get('mediators').text).toContain("e.kind IN ['talks', 'negotiation']");
    expect(library.get('connection').text).toContain(`(from)-[:${relationTypes.join('|')}*..1]-(to)`);
    expect(fs.existsSync(includeDir)).toBe(true);
  });
});

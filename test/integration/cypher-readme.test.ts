import fs from 'node:fs';
import path from 'node:path';
import { cypherDir } from '../../src/db';
import { loadArticle, seedFiles } from '../../src/ingest';
import { testDatabase } from '../support/database';

/**
 * cypher/README.md documents the model for researchers; this checks it against what the loader writes: the
 * labels and relationship types of its tables against db.labels() and db.relationshipTypes() after loading
 * the seed (and the relation types of the annotation schema), and the properties of its tables against
 * db.schema.nodeTypeProperties() and db.schema.relTypeProperties(), name and type.
 */

const db = testDatabase();
const readme = fs.readFileSync(path.join(cypherDir, 'README.md'), 'utf8');
const annotationSchema = JSON.parse(fs.readFileSync(path.join(path.dirname(seedFiles.annotations), 'annotations.schema.json'), 'utf8'));

beforeAll(async () => {
  await loadArticle(db, seedFiles);
});

afterAll(async () => {
  await db.close();
});

/** The text of the `## heading` section, up to the next `## `. */
function section(heading: string): string {
  const start = readme.indexOf(`\n## ${heading}\n`);
  if (start < 0) throw new Error(`cypher/README.md has no "## ${heading}" section`);
  const end = readme.indexOf('\n## ', start + 1);
  return readme.slice(start, end < 0 ? undefined : end);
}

/** The cells of every table row whose first cell is a `backticked` name. */
function tableRows(text: string): string[][] {
  return text
    .split('\n')
    .filter((line) => /^\| `[^`]+` \|/.test(line))
    .map((line) =>
      line
        .slice(1, -1)
        .split('|')
        .map((cell) => cell.trim().replace(/^`|`$/g, '')),
    );
}

/** The documented properties per `### Label` of the Properties section, as name -> type. */
function documentedProperties(): Map<string, Map<string, string>> {
  const tables = new Map<string, Map<string, string>>();
  for (const part of section('Properties').split('\n### ').slice(1)) {
    const heading = part.slice(0, part.indexOf('\n')).trim();
    tables.set(heading, new Map(tableRows(part).map(([name = '', type = '']) => [name, type])));
  }
  return tables;
}

/** The relationship types the graph holds now (the seed at least), sorted. */
async function relationshipTypesInUse(): Promise<string[]> {
  return (await db.read('MATCH ()-[r]->() RETURN DISTINCT type(r) AS type ORDER BY type')).map((row) => String(row.type));
}

// db.schema.*TypeProperties() name types as Java does; the README uses Cypher's names.
const cypherType: Record<string, string> = {
  String: 'STRING',
  StringArray: 'LIST<STRING>',
  Long: 'INTEGER',
  LongArray: 'LIST<INTEGER>',
  Double: 'FLOAT',
  DoubleArray: 'LIST<FLOAT>',
  Boolean: 'BOOLEAN',
  Date: 'DATE',
  Point: 'POINT',
};

describe('cypher/README.md matches the graph the loader writes', () => {
  it('documents exactly the labels in the database', async () => {
    const documented = tableRows(section('Labels')).map(([label = '']) => label);
    const inDatabase = (await db.read('CALL db.labels() YIELD label RETURN label')).map((row) => String(row.label));
    expect([...documented].sort()).toEqual([...inDatabase].sort());
    expect(documented).toEqual([
      'Node',
      'Entity',
      'Person',
      'Organization',
      'Place',
      'Event',
      'Proposal',
      'Term',
      'Statement',
      'Claim',
      'Article',
      'Evidence',
      'StoreModel',
    ]);
  });

  it('documents exactly the relationship types in the database, which are those of the annotation schema and MENTIONED_IN', async () => {
    const documented = tableRows(section('Relationship types'))
      .map(([type = '']) => type)
      .sort();
    const inDatabase = (await db.read('CALL db.relationshipTypes() YIELD relationshipType RETURN relationshipType')).map((row) =>
      String(row.relationshipType),
    );
    const annotated: string[] = annotationSchema.definitions.relation.properties.type.enum;
    expect(documented).toEqual([...inDatabase].sort());
    expect(documented).toEqual([...annotated, 'MENTIONED_IN'].sort());
  });

  it('documents every node property the database holds, with its type', async () => {
    const documented = documentedProperties();
    const shared = documented.get('Node') ?? new Map<string, string>();
    const rows = await db.read(
      'CALL db.schema.nodeTypeProperties() YIELD nodeLabels, propertyName, propertyTypes RETURN nodeLabels, propertyName, propertyTypes',
    );
    expect(rows.length).toBeGreaterThan(0);
    const undocumented: string[] = [];
    for (const row of rows) {
      const labels = row.nodeLabels as string[];
      const name = String(row.propertyName);
      const typeLabel = labels.find((label) => label !== 'Node' && label !== 'Entity') ?? 'Node';
      const table = documented.get(typeLabel);
      const type = shared.get(name) ?? table?.get(name);
      const actual = (row.propertyTypes as string[]).map((javaType) => cypherType[javaType] ?? javaType);
      if (type === undefined || actual.some((each) => each !== type))
        undocumented.push(`${typeLabel}.${name}: ${actual.join('|')} (documented: ${type ?? 'nothing'})`);
    }
    expect(undocumented).toEqual([]);
  });

  it('documents every relationship property the database holds, with its type and where it occurs', async () => {
    const documented = documentedProperties().get('Relationship properties');
    expect(documented).toBeDefined();
    const rows = await db.read(
      'CALL db.schema.relTypeProperties() YIELD relType, propertyName, propertyTypes WHERE propertyName IS NOT NULL RETURN relType, propertyName, propertyTypes',
    );
    const wrong: string[] = [];
    for (const row of rows) {
      const relType = String(row.relType).replace(/^:`|`$/g, '');
      const name = String(row.propertyName);
      const actual = (row.propertyTypes as string[]).map((javaType) => cypherType[javaType] ?? javaType);
      if (actual.some((each) => each !== documented?.get(name)))
        wrong.push(`${relType}.${name}: ${actual.join('|')} (documented: ${documented?.get(name) ?? 'nothing'})`);
    }
    expect(wrong).toEqual([]);
    // Every relationship carries a property (a fact its key, MENTIONED_IN its article), so every type is checked above.
    expect([...new Set(rows.map((row) => String(row.relType).replace(/^:`|`$/g, '')))].sort()).toEqual(await relationshipTypesInUse());
    // The "on" column names the types a property occurs on: check the ones that are not on every relationship.
    const on = new Map(
      tableRows(section('Properties').slice(section('Properties').indexOf('### Relationship properties'))).map(
        ([name = '', , where = '']) => [name, where],
      ),
    );
    for (const row of rows) {
      const relType = String(row.relType).replace(/^:`|`$/g, '');
      const where = on.get(String(row.propertyName)) ?? '';
      if (where !== 'every relationship') expect(`${String(row.propertyName)} on ${where}`).toContain(relType);
    }
  });

  it('lists the endpoints the annotation schema allows for each relationship type', async () => {
    // Every relationship in the seed runs between the labels the README's from/to columns name.
    const endpoints = new Map(tableRows(section('Relationship types')).map(([type = '', from = '', to = '']) => [type, { from, to }]));
    const rows = await db.read(
      'MATCH (a)-[r]->(b) RETURN DISTINCT type(r) AS type, [l IN labels(a) WHERE NOT l IN ["Node", "Entity"]][0] AS from, [l IN labels(b) WHERE NOT l IN ["Node", "Entity"]][0] AS to',
    );
    const outside = rows.filter((row) => {
      const documented = endpoints.get(String(row.type));
      const fits = (cell: string | undefined, label: string) =>
        cell !== undefined && (cell.includes('any') || cell.split(/,\s*/).includes(label));
      return !fits(documented?.from, String(row.from)) || !fits(documented?.to, String(row.to));
    });
    expect(outside).toEqual([]);
    expect([...new Set(rows.map((row) => String(row.type)))].sort()).toEqual(await relationshipTypesInUse());
  });
});

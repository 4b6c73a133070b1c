import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../../src/config';
import { buildLauncher, Database, startLocalNeo4j, type LocalNeo4j } from '../../src/db';
import { csvFiles, exportGraph } from '../../src/export';
import { loadArticle, seedFiles } from '../../src/ingest';
import { toPlain, type PlainValue } from '../../src/research';
import { testDatabase } from '../support/database';
import { freePort } from '../support/ports';

/**
 * The CSV export read back by neo4j-admin itself: `neo4j-admin database import full` (the import tool that
 * ships in the Neo4j jars the local launcher already runs on) writes a new, empty store from the export; a
 * second Neo4j opens that store; every node and relationship, with its labels, properties and property types,
 * must be the same as in the database exported (a fact's :Evidence records as the export flattens them onto its
 * edge). Both the store and the CSV are removed afterwards.
 */

// Its own port and store, apart from the test database and from the other engineers' runs.
const reimportDir = path.join(projectRoot, '.neo4j', 'test-reimport');
const csvDir = path.join(reimportDir, 'csv');
const launcherDir = path.join(projectRoot, 'src', 'db', 'local-neo4j');

const db = testDatabase();
let reimport: LocalNeo4j | undefined;
let copy: Database | undefined;

/** Runs neo4j-admin's `database import full` from the launcher's classpath, with the options IMPORT.txt gives. */
function neo4jAdminImport(home: string, instructions: string): string {
  const delimiter = /--array-delimiter="(.)"/.exec(instructions)?.[1];
  if (delimiter === undefined || !instructions.includes('--multiline-fields=true'))
    throw new Error(`IMPORT.txt does not give the import options:\n${instructions}`);
  buildLauncher();
  const classpath = [
    path.join(launcherDir, 'target', 'classes'),
    fs.readFileSync(path.join(launcherDir, 'target', 'classpath.txt'), 'utf8').trim(),
  ].join(path.delimiter);
  fs.mkdirSync(path.join(home, 'conf'), { recursive: true });
  const result = spawnSync(
    'java',
    [
      '-Xmx512m',
      '-cp',
      classpath,
      'org.neo4j.cli.AdminTool',
      'database',
      'import',
      'full',
      `--nodes=${path.join(csvDir, csvFiles.nodes)}`,
      `--relationships=${path.join(csvDir, csvFiles.relationships)}`,
      `--array-delimiter=${delimiter}`,
      '--multiline-fields=true',
      `--report-file=${path.join(home, 'import.report')}`,
      'neo4j',
    ],
    // NEO4J_HOME puts the store where LocalNeo4j (a DatabaseManagementService on the same home) opens it.
    { encoding: 'utf8', env: { ...process.env, NEO4J_HOME: home, NEO4J_CONF: path.join(home, 'conf') }, timeout: 120_000 },
  );
  const output = `${result.stdout}${result.stderr}`;
  if (result.status !== 0)
    throw new Error(`neo4j-admin import failed (exit ${String(result.status ?? result.signal)}):\n${output.slice(-4000)}`);
  return output;
}

interface Entry {
  key: string;
  labels?: string[];
  /** Each property as [Cypher type, value]; the type tells INTEGER from FLOAT, which JSON cannot. */
  properties: Record<string, [string, PlainValue]>;
}

async function contents(database: Database): Promise<{ nodes: Entry[]; relationships: Entry[] }> {
  const typed = (row: Record<string, unknown>) =>
    Object.fromEntries(
      (row.properties as { key: string; type: string; value: unknown }[]).map((p) => [
        p.key,
        [p.type, toPlain(p.value)] as [string, PlainValue],
      ]),
    );
  const nodes = await database.read(
    'MATCH (n:Node) RETURN n.id AS key, labels(n) AS labels, [k IN keys(n) | {key: k, type: valueType(n[k]), value: n[k]}] AS properties ORDER BY key',
  );
  const relationships = await database.read(
    // A fact's quotes live in :Evidence records, which the export flattens onto the fact's edge in rank order
    // (cypher/README.md); the copy has no records, so there the edge's own properties are all there is.
    `MATCH (a:Node)-[r]->(b:Node)
     WITH a, r, b, COLLECT { MATCH (ev:Evidence {fact: r.key}) RETURN ev ORDER BY ev.rank } AS records
     WITH a, r, b, CASE WHEN size(records) = 0 THEN {} ELSE {
       evidence: reduce(all = [], ev IN records | all + ev.evidence),
       evidenceStart: reduce(all = [], ev IN records | all + ev.evidenceStart),
       evidenceEnd: reduce(all = [], ev IN records | all + ev.evidenceEnd),
       evidenceArticle: reduce(all = [], ev IN records | all + [quote IN ev.evidence | ev.article])
     } END AS provenance
     RETURN a.id + '|' + type(r) + '|' + b.id + '|' + coalesce(r.article, '') AS key,
            [k IN keys(r) | {key: k, type: valueType(r[k]), value: r[k]}] +
            [k IN keys(provenance) | {key: k, type: valueType(provenance[k]), value: provenance[k]}] AS properties
     ORDER BY key`,
  );
  return {
    nodes: nodes.map((row) => ({ key: String(row.key), labels: (row.labels as string[]).slice().sort(), properties: typed(row) })),
    relationships: relationships.map((row) => ({ key: String(row.key), properties: typed(row) })),
  };
}

/** neo4j-admin cannot store an empty array: an empty list property is absent after the import, as documented. */
function withoutEmptyLists(entries: Entry[]): Entry[] {
  return entries.map((entry) => ({
    ...entry,
    properties: Object.fromEntries(
      Object.entries(entry.properties).filter(([, [, value]]) => !(Array.isArray(value) && value.length === 0)),
    ),
  }));
}

function countBy(entries: Entry[], keyOf: (entry: Entry) => string[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const entry of entries) for (const key of keyOf(entry)) counts[key] = (counts[key] ?? 0) + 1;
  return counts;
}

beforeAll(async () => {
  await loadArticle(db, seedFiles);
  fs.rmSync(reimportDir, { recursive: true, force: true });
  await exportGraph(db, { format: 'csv', out: csvDir });
  neo4jAdminImport(reimportDir, fs.readFileSync(path.join(csvDir, csvFiles.readme), 'utf8'));
  // A port free now, not a fixed one: several checkouts run their tests on one machine.
  reimport = await startLocalNeo4j({
    port: await freePort(),
    dataDir: reimportDir,
    heap: '512m',
    pageCacheMb: 64,
    startTimeoutMs: 180_000,
  });
  copy = Database.connect(reimport.uri, reimport.auth, { queryTimeoutMs: 30_000 });
}, 300_000);

afterAll(async () => {
  await copy?.close();
  await reimport?.stop();
  fs.rmSync(reimportDir, { recursive: true, force: true });
  await db.close();
}, 120_000);

describe('the CSV export, imported by neo4j-admin into an empty database', () => {
  it('has as many nodes per label and relationships per type as the database exported', async () => {
    const original = await contents(db);
    const imported = await contents(copy!);
    expect(countBy(imported.nodes, (node) => node.labels ?? [])).toEqual(countBy(original.nodes, (node) => node.labels ?? []));
    expect(countBy(imported.relationships, (relationship) => [relationship.key.split('|')[1] ?? ''])).toEqual(
      countBy(original.relationships, (relationship) => [relationship.key.split('|')[1] ?? '']),
    );
    expect(imported.nodes.length).toBeGreaterThanOrEqual(55);
    expect(imported.relationships.length).toBeGreaterThanOrEqual(145);
  });

  it('gives back every node and relationship with the same properties of the same types', async () => {
    const original = await contents(db);
    const imported = await contents(copy!);
    expect(imported.nodes).toEqual(withoutEmptyLists(original.nodes));
    expect(imported.relationships).toEqual(withoutEmptyLists(original.relationships));
  });

  it('keeps the values that CSV makes hard: the article text, quotes, dates, points, floats and offset lists', async () => {
    const imported = await contents(copy!);
    const article = imported.nodes.find((node) => node.key === 'article:us-hamas-direct-talks');
    expect(article?.properties.text).toEqual(['STRING NOT NULL', fs.readFileSync(seedFiles.article, 'utf8')]);
    const claim = imported.nodes.find((node) => node.key === 'claim:witkoff-half-of-hostages');
    expect(claim?.properties.value).toEqual(['FLOAT NOT NULL', 0.5]);
    const raid = imported.nodes.find((node) => node.key === 'event:october-7-raid');
    expect(raid?.properties.earliest).toEqual(['DATE NOT NULL', '2023-10-07']);
    expect(raid?.properties.span).toEqual(['POINT NOT NULL', { srid: 7203, x: 19637, y: 19637 }]);
    const talks = imported.relationships.find(
      (relationship) => relationship.key === 'person:adam-boehler|PARTICIPATED_IN|event:us-hamas-direct-talks|',
    );
    expect(talks?.properties).toMatchObject({
      role: ['STRING NOT NULL', 'lead negotiator'],
      evidenceStart: ['LIST<INTEGER NOT NULL> NOT NULL', expect.any(Array)],
      evidence: [
        'LIST<STRING NOT NULL> NOT NULL',
        expect.arrayContaining(['Adam Boehler, Trump’s nominee to be special envoy for hostage affairs, led the direct talks with Hamas.']),
      ],
      evidenceArticle: ['LIST<STRING NOT NULL> NOT NULL', expect.arrayContaining(['article:us-hamas-direct-talks'])],
    });
  });
});

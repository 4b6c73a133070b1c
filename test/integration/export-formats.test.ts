import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadConfig } from '../../src/config';
import {
  exportGraph,
  graphmlPointDescription,
  graphmlPointText,
  runExportCommand,
  type ExportResult,
  type PlainPoint,
} from '../../src/export';
import { loadArticle, seedFiles } from '../../src/ingest';
import { toPlain, type PlainValue } from '../../src/research';
import { testDatabase } from '../support/database';
import { readGraphml } from '../unit/export/readGraphml';

/**
 * The GraphML and Cytoscape JSON exports of the seeded graph, read back and compared with the database: every
 * node and relationship, every property with its type, provenance on every edge. (The CSV is re-imported by
 * neo4j-admin in export-roundtrip.test.ts.)
 */

const db = testDatabase();
const articleText = Array.from(fs.readFileSync(seedFiles.article, 'utf8'));
let dir: string;

interface Stored {
  id: string;
  labels: string[];
  properties: Record<string, PlainValue>;
  /** The properties whose Cypher type is POINT. */
  points: string[];
}

interface StoredEdge {
  id: string;
  type: string;
  source: string;
  target: string;
  properties: Record<string, PlainValue>;
}

let nodes: Stored[];
let edges: StoredEdge[];

beforeAll(async () => {
  await loadArticle(db, seedFiles);
  dir = await fs.promises.mkdtemp(path.join(os.tmpdir(), 'export-formats-'));
  // The seed is the only article this test relies on; other test files may leave nodes of their own, so the
  // comparison is with whatever the database holds, not with fixed totals.
  nodes = (
    await db.read(
      "MATCH (n:Node) RETURN n.id AS id, labels(n) AS labels, properties(n) AS properties, [k IN keys(n) WHERE valueType(n[k]) STARTS WITH 'POINT' | k] AS points ORDER BY id",
    )
  ).map((row) => ({
    id: String(row.id),
    labels: (row.labels as string[]).slice().sort(),
    properties: toPlain(row.properties) as Record<string, PlainValue>,
    points: row.points as string[],
  }));
  edges = (
    await db.read(
      `MATCH (a:Node)-[r]->(b:Node)
       WITH a, r, b, COLLECT { MATCH (ev:Evidence {fact: r.key}) RETURN ev ORDER BY ev.rank } AS records
       RETURN a.id AS source, type(r) AS type, b.id AS target, properties(r) AS properties,
              CASE WHEN size(records) = 0 THEN {} ELSE {
                evidence: reduce(all = [], ev IN records | all + ev.evidence),
                evidenceStart: reduce(all = [], ev IN records | all + ev.evidenceStart),
                evidenceEnd: reduce(all = [], ev IN records | all + ev.evidenceEnd),
                evidenceArticle: reduce(all = [], ev IN records | all + [quote IN ev.evidence | ev.article])
              } END AS provenance`,
    )
  ).map((row) => {
    const properties = toPlain({ ...(row.properties as object), ...(row.provenance as object) }) as Record<string, PlainValue>;
    const article = typeof properties.article === 'string' ? `|${properties.article}` : '';
    return {
      id: `${String(row.source)}|${String(row.type)}|${String(row.target)}${article}`,
      type: String(row.type),
      source: String(row.source),
      target: String(row.target),
      properties,
    };
  });
});

afterAll(async () => {
  await fs.promises.rm(dir, { recursive: true, force: true });
  await db.close();
});

/** A node's properties as GraphML holds them: its points as their text (GraphML has no point type). */
function asGraphml(node: Stored): Record<string, PlainValue> {
  return {
    ...node.properties,
    ...Object.fromEntries(node.points.map((key) => [key, graphmlPointText(node.properties[key] as unknown as PlainPoint)])),
  };
}

function byId<T extends { id: string }>(items: readonly T[]): Map<string, T> {
  return new Map(items.map((item) => [item.id, item]));
}

/** Every relationship names its article and quotes it at the right offsets. */
function expectProvenance(properties: Record<string, unknown>): void {
  const evidence = properties.evidence as string[];
  const starts = properties.evidenceStart as number[];
  const ends = properties.evidenceEnd as number[];
  // A mention names its article; a fact names the article of each quote.
  const articles = (properties.evidenceArticle as string[] | undefined) ?? evidence.map(() => properties.article as string);
  expect(evidence.length).toBeGreaterThan(0);
  expect(articles).toHaveLength(evidence.length);
  evidence.forEach((quote, index) => {
    expect(articles[index]).toMatch(/^article:/);
    if (articles[index] === 'article:us-hamas-direct-talks') expect(articleText.slice(starts[index], ends[index]).join('')).toBe(quote);
  });
}

describe('GraphML export of the whole graph', () => {
  let result: ExportResult;
  let graph: ReturnType<typeof readGraphml>;

  beforeAll(async () => {
    result = await exportGraph(db, { format: 'graphml', out: path.join(dir, 'graph.graphml') });
    graph = readGraphml(fs.readFileSync(path.join(dir, 'graph.graphml'), 'utf8'));
  });

  it('says what it wrote', () => {
    expect(result).toMatchObject({ format: 'graphml', nodes: nodes.length, edges: edges.length });
    expect(result.files).toEqual([{ file: path.join(dir, 'graph.graphml'), bytes: fs.statSync(path.join(dir, 'graph.graphml')).size }]);
    expect(result.labelCounts).toMatchObject({ Node: nodes.length, Person: 7, Organization: 10, Event: 18, Article: expect.any(Number) });
    expect(result.typeCounts.MENTIONED_IN).toBeGreaterThanOrEqual(54);
  });

  it('holds every node with all its properties, typed as in the database', () => {
    expect(graph.edgedefault).toBe('directed');
    expect(graph.nodes.map((node) => node.id).sort()).toEqual(nodes.map((node) => node.id));
    const read = byId(graph.nodes);
    for (const node of nodes) {
      const { label, labels, type, ...properties } = read.get(node.id)!.data;
      expect(properties).toEqual(asGraphml(node));
      expect(labels).toBe(node.labels.map((each) => `:${each}`).join(''));
      expect(node.labels).toContain(type);
      expect(typeof label).toBe('string');
    }
    expect(read.get('person:adam-boehler')?.data).toMatchObject({ label: 'Adam Boehler', type: 'Person', aliases: ['Boehler'] });
    expect(read.get('claim:witkoff-half-of-hostages')?.data).toMatchObject({
      value: 0.5,
      label: 'half share of remaining hostages Hamas would release',
    });
    expect(read.get('event:october-7-raid')?.data).toMatchObject({ earliest: '2023-10-07', latest: '2023-10-07', datePrecision: 'day' });
    // span is a POINT in the database: text in GraphML, its key declared string and described as a point.
    expect(nodes.filter((node) => node.points.includes('span')).length).toBeGreaterThan(0);
    expect(read.get('event:october-7-raid')?.data.span).toBe('{"srid":7203,"x":19637,"y":19637}');
    expect(graph.keys.find((key) => key.id === 'n_span')).toEqual({
      id: 'n_span',
      for: 'node',
      'attr.name': 'span',
      'attr.type': 'string',
      desc: [graphmlPointDescription],
    });
  });

  it('holds every relationship, with its provenance', () => {
    expect(graph.edges).toHaveLength(edges.length);
    const read = byId(graph.edges);
    expect(read.size).toBe(edges.length);
    for (const edge of edges) {
      const exported = read.get(edge.id)!;
      expect(exported).toMatchObject({ source: edge.source, target: edge.target });
      const { label, type, ...properties } = exported.data;
      expect([label, type]).toEqual([edge.type, edge.type]);
      expect(properties).toEqual(edge.properties);
      expectProvenance(properties);
    }
    expect(read.get('person:adam-boehler|PARTICIPATED_IN|event:us-hamas-direct-talks')?.data).toMatchObject({
      role: 'lead negotiator',
      side: 'org:united-states',
    });
  });
});

describe('Cytoscape JSON export of the whole graph', () => {
  let document: { elements: { nodes: { data: Record<string, unknown> }[]; edges: { data: Record<string, unknown> }[] } };

  beforeAll(async () => {
    await exportGraph(db, { format: 'json', out: path.join(dir, 'graph.cyjs') });
    document = JSON.parse(fs.readFileSync(path.join(dir, 'graph.cyjs'), 'utf8'));
  });

  it('holds every node with its properties as JSON values', () => {
    const read = new Map(document.elements.nodes.map((node) => [node.data.id as string, node.data]));
    expect([...read.keys()].sort()).toEqual(nodes.map((node) => node.id));
    for (const node of nodes) {
      const { label, labels, type, ...properties } = read.get(node.id)!;
      expect(properties).toEqual(node.properties);
      expect(labels).toEqual(node.labels);
      expect(node.labels).toContain(type);
      expect(typeof label).toBe('string');
    }
    // A point stays a typed object, {srid, x, y}.
    expect(read.get('event:october-7-raid')?.span).toEqual({ srid: 7203, x: 19637, y: 19637 });
  });

  it('holds every relationship, with source, target, interaction and provenance', () => {
    const read = new Map(document.elements.edges.map((edge) => [edge.data.id as string, edge.data]));
    expect(read.size).toBe(edges.length);
    for (const edge of edges) {
      const { id, source, target, interaction, type, ...properties } = read.get(edge.id)!;
      expect({ id, source, target, interaction, type }).toEqual({
        id: edge.id,
        source: edge.source,
        target: edge.target,
        interaction: edge.type,
        type: edge.type,
      });
      expect(properties).toEqual(edge.properties);
      expectProvenance(properties);
    }
  });
});

describe('export of one neighbourhood', () => {
  it('keeps the nodes within the depth, the articles that mention them, and only the relationships among them', async () => {
    const out = path.join(dir, 'boehler.graphml');
    const result = await exportGraph(db, { format: 'graphml', out, entity: 'person:adam-boehler', depth: 1 });
    const graph = readGraphml(fs.readFileSync(out, 'utf8'));
    const ids = graph.nodes.map((node) => node.id).sort();
    expect(ids).toEqual([
      'article:us-hamas-direct-talks',
      'event:abraham-accords',
      'event:boehler-nomination',
      'event:us-hamas-direct-talks',
      'org:united-states',
      'person:adam-boehler',
    ]);
    expect(result.nodes).toBe(6);
    for (const edge of graph.edges) {
      expect(ids).toContain(edge.source);
      expect(ids).toContain(edge.target);
      expectProvenance(edge.data);
    }
    // The talks' mediators are two steps away: out at depth 1, in at depth 2.
    expect(graph.edges.map((edge) => edge.id)).toContain('org:united-states|PARTICIPATED_IN|event:us-hamas-direct-talks');
    expect(ids).not.toContain('org:egypt');
    const deeper = await exportGraph(db, {
      format: 'json',
      out: path.join(dir, 'boehler-2.cyjs'),
      entity: 'person:adam-boehler',
      depth: 2,
    });
    const deeperIds = JSON.parse(fs.readFileSync(path.join(dir, 'boehler-2.cyjs'), 'utf8')).elements.nodes.map(
      (node: { data: { id: string } }) => node.data.id,
    );
    expect(deeperIds).toEqual(expect.arrayContaining(['org:egypt', 'org:qatar', 'org:hamas']));
    expect(deeper.nodes).toBeGreaterThan(result.nodes);
  });

  it('refuses an unknown node and a neighbourhood over its bound', async () => {
    await expect(exportGraph(db, { format: 'json', out: path.join(dir, 'x.cyjs'), entity: 'person:nobody' })).rejects.toMatchObject({
      extensions: { code: 'NOT_FOUND' },
      message: 'no node has the id "person:nobody"',
    });
    await expect(
      exportGraph(db, { format: 'json', out: path.join(dir, 'x.cyjs'), entity: 'org:hamas', depth: 3, maxNodes: 10 }),
    ).rejects.toMatchObject({
      extensions: { code: 'BAD_USER_INPUT' },
      message: expect.stringContaining('the neighbourhood of org:hamas at depth 3 has more than 10 nodes'),
    });
    expect(fs.existsSync(path.join(dir, 'x.cyjs'))).toBe(false);
  });
});

describe('npm run export', () => {
  async function exportCommand(...argv: string[]): Promise<{ status: number; out: string; log: string[] }> {
    let out = '';
    const log: string[] = [];
    const status = await runExportCommand(argv, loadConfig, { out: (text) => (out += text), log: (line) => log.push(line) }, dir);
    return { status, out, log };
  }

  it('writes the files and prints each with its size', async () => {
    const { status, out, log } = await exportCommand('--format', 'csv', '--out', 'cli-csv');
    expect(status).toBe(0);
    expect(
      out
        .trimEnd()
        .split('\n')
        .map((line) => path.basename(line.split('\t')[0] ?? '')),
    ).toEqual(['nodes.csv', 'relationships.csv', 'IMPORT.txt']);
    expect(out).toMatch(/^cli-csv\/nodes\.csv\t\d+(\.\d)? KiB$/m);
    expect(log.join('\n')).toMatch(new RegExp(`csv: the whole graph, ${nodes.length} nodes and ${edges.length} relationships`));
    expect(fs.readFileSync(path.join(dir, 'cli-csv', 'nodes.csv'), 'utf8').split('\n')[0]).toMatch(/^id:ID,:LABEL,aliases:string\[\],/);
  });

  it('exits with status 2 on bad arguments and on an unknown entity', async () => {
    expect((await exportCommand('--format', 'gexf')).status).toBe(2);
    const unknown = await exportCommand('--format', 'graphml', '--entity', 'person:nobody', '--out', 'nobody.graphml');
    expect(unknown.status).toBe(2);
    expect(unknown.log.join('\n')).toContain('no node has the id "person:nobody"');
  });
});

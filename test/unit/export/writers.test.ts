import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { adminColumnType, adminPoint, csvField, graphmlPointDescription, quoted, xmlEscape } from '../../../src/export';
import { writeCytoscapeJson } from '../../../src/export/cytoscapeJson';
import { writeGraphml } from '../../../src/export/graphml';
import { writeNeo4jAdminCsv } from '../../../src/export/neo4jAdminCsv';
import { GraphSpool } from '../../../src/export/spool';
import { readGraphml } from './readGraphml';

// A small graph whose values hold what breaks naive writers: quotes, commas, line breaks, XML markup, a
// control character, and a list item with the default array delimiter in it.
async function trickySpool(): Promise<GraphSpool> {
  const spool = await GraphSpool.create();
  await spool.addNode(
    {
      id: 'person:a',
      labels: ['Entity', 'Node', 'Person'],
      properties: { id: 'person:a', name: 'Ann "the <envoy>" & co, Ltd', aliases: ['A; the first', 'Ann'], unnamed: false },
    },
    { id: 'string', name: 'string', aliases: 'string[]', unnamed: 'boolean' },
  );
  await spool.addNode(
    {
      id: 'event:b',
      labels: ['Event', 'Node'],
      properties: {
        id: 'event:b',
        title: 'line one\nline two\u0007',
        earliest: '2023-10-07',
        value: 1.5,
        aliases: [],
        span: { srid: 7203, x: 19637, y: 2932896 },
      },
    },
    { id: 'string', title: 'string', earliest: 'date', value: 'float', aliases: null, span: 'point' },
  );
  await spool.addEdge(
    {
      id: 'person:a|PARTICIPATED_IN|event:b|article:x',
      type: 'PARTICIPATED_IN',
      source: 'person:a',
      target: 'event:b',
      properties: { article: 'article:x', evidence: ['she said "yes", then left'], evidenceStart: [10], evidenceEnd: [35], role: 'party' },
    },
    { article: 'string', evidence: 'string[]', evidenceStart: 'int[]', evidenceEnd: 'int[]', role: 'string' },
  );
  await spool.finish();
  return spool;
}

let dir: string;
let spool: GraphSpool;

beforeEach(async () => {
  dir = await fs.promises.mkdtemp(path.join(os.tmpdir(), 'export-writers-'));
  spool = await trickySpool();
});

afterEach(async () => {
  await spool.remove();
  await fs.promises.rm(dir, { recursive: true, force: true });
});

describe('neo4j-admin CSV', () => {
  it('types its columns for neo4j-admin and quotes every string', () => {
    expect(adminColumnType('int')).toBe('long');
    expect(adminColumnType('float')).toBe('double');
    expect(adminColumnType('int[]')).toBe('long[]');
    expect(adminColumnType('date')).toBe('date');
    expect(quoted('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('', 'string', ';')).toBe('""');
    expect(csvField(undefined, 'string', ';')).toBe('');
    expect(csvField([], 'string[]', ';')).toBe('');
    expect(csvField([3, 4], 'int[]', ';')).toBe('"3;4"');
    expect(csvField(true, 'boolean', ';')).toBe('true');
    expect(adminColumnType('point')).toBe('point');
    expect(adminPoint({ srid: 7203, x: 17186, y: 18647.5 })).toBe('{x:17186, y:18647.5, crs:cartesian}');
    expect(adminPoint({ srid: 4979, x: 13.4, y: 52.5, z: 34 })).toBe('{x:13.4, y:52.5, z:34, crs:WGS-84-3d}');
    expect(csvField({ srid: 7203, x: 1, y: 2 }, 'point', ';')).toBe('"{x:1, y:2, crs:cartesian}"');
    // A point in a column widened to text is JSON, like any other object.
    expect(csvField({ srid: 7203, x: 1, y: 2 }, 'string', ';')).toBe('"{""srid"":7203,""x"":1,""y"":2}"');
  });

  it('switches the array delimiter when a list item holds ";" and says so in IMPORT.txt', async () => {
    const files = await writeNeo4jAdminCsv(spool, dir);
    expect(files.map((file) => path.basename(file.file))).toEqual(['nodes.csv', 'relationships.csv', 'IMPORT.txt']);
    const nodes = fs.readFileSync(path.join(dir, 'nodes.csv'), 'utf8');
    expect(nodes.split('\n')[0]).toBe(
      'id:ID,:LABEL,aliases:string[],earliest:date,name:string,span:point,title:string,unnamed:boolean,value:double',
    );
    expect(nodes).toContain('"person:a","Entity|Node|Person","A; the first|Ann",,"Ann ""the <envoy>"" & co, Ltd",,,false,');
    expect(nodes).toContain('"event:b","Event|Node",,2023-10-07,,"{x:19637, y:2932896, crs:cartesian}","line one\nline two\u0007",,1.5');
    const relationships = fs.readFileSync(path.join(dir, 'relationships.csv'), 'utf8');
    expect(relationships).toBe(
      ':START_ID,:END_ID,:TYPE,article:string,evidence:string[],evidenceEnd:long[],evidenceStart:long[],role:string\n' +
        '"person:a","event:b","PARTICIPATED_IN","article:x","she said ""yes"", then left","35","10","party"\n',
    );
    expect(fs.readFileSync(path.join(dir, 'IMPORT.txt'), 'utf8')).toContain('--array-delimiter="|" --multiline-fields=true');
  });
});

describe('GraphML', () => {
  it('escapes markup and replaces characters XML cannot hold', () => {
    expect(xmlEscape('a < b & "c"\u0001')).toBe('a &lt; b &amp; &quot;c&quot;\uFFFD');
  });

  it('writes well-formed XML that gives back every value, typed by its keys', async () => {
    const file = path.join(dir, 'graph.graphml');
    await writeGraphml(spool, file);
    const graph = readGraphml(fs.readFileSync(file, 'utf8'));
    expect(graph.edgedefault).toBe('directed');
    expect(graph.keys).toEqual(
      expect.arrayContaining([
        { id: 'n_aliases', for: 'node', 'attr.name': 'aliases', 'attr.type': 'string', 'attr.list': 'string' },
        { id: 'n_value', for: 'node', 'attr.name': 'value', 'attr.type': 'double' },
        { id: 'e_evidenceStart', for: 'edge', 'attr.name': 'evidenceStart', 'attr.type': 'string', 'attr.list': 'long' },
        { id: 'n_span', for: 'node', 'attr.name': 'span', 'attr.type': 'string', desc: [graphmlPointDescription] },
      ]),
    );
    const [person, event] = graph.nodes;
    expect(person).toEqual({
      id: 'person:a',
      data: {
        label: 'Ann "the <envoy>" & co, Ltd',
        labels: ':Entity:Node:Person',
        type: 'Person',
        id: 'person:a',
        name: 'Ann "the <envoy>" & co, Ltd',
        aliases: ['A; the first', 'Ann'],
        unnamed: false,
      },
    });
    expect(event?.data).toMatchObject({
      title: 'line one\nline two\uFFFD',
      earliest: '2023-10-07',
      value: 1.5,
      aliases: [],
      span: '{"srid":7203,"x":19637,"y":2932896}',
    });
    expect(graph.edges).toEqual([
      {
        id: 'person:a|PARTICIPATED_IN|event:b|article:x',
        source: 'person:a',
        target: 'event:b',
        data: {
          label: 'PARTICIPATED_IN',
          type: 'PARTICIPATED_IN',
          article: 'article:x',
          evidence: ['she said "yes", then left'],
          evidenceStart: [10],
          evidenceEnd: [35],
          role: 'party',
        },
      },
    ]);
  });

  it('is refused by the reader when it is not well-formed', () => {
    expect(() => readGraphml('<graphml><graph><node id="a"></graph></graphml>')).toThrow(/not well-formed XML/);
  });
});

describe('Cytoscape JSON', () => {
  it('writes one JSON document with nodes and edges as Cytoscape elements', async () => {
    const file = path.join(dir, 'graph.cyjs');
    await writeCytoscapeJson(spool, file);
    const document = JSON.parse(fs.readFileSync(file, 'utf8'));
    expect(document.data).toEqual({ name: 'diplomacy-graph', nodes: 2, edges: 1 });
    expect(document.elements.nodes.map((node: { data: { id: string } }) => node.data.id)).toEqual(['person:a', 'event:b']);
    expect(document.elements.nodes[0].data).toMatchObject({
      type: 'Person',
      label: 'Ann "the <envoy>" & co, Ltd',
      aliases: ['A; the first', 'Ann'],
      unnamed: false,
    });
    expect(document.elements.nodes[1].data).toMatchObject({
      type: 'Event',
      earliest: '2023-10-07',
      value: 1.5,
      aliases: [],
      span: { srid: 7203, x: 19637, y: 2932896 },
    });
    expect(document.elements.edges[0].data).toEqual({
      id: 'person:a|PARTICIPATED_IN|event:b|article:x',
      source: 'person:a',
      target: 'event:b',
      interaction: 'PARTICIPATED_IN',
      type: 'PARTICIPATED_IN',
      article: 'article:x',
      evidence: ['she said "yes", then left'],
      evidenceStart: [10],
      evidenceEnd: [35],
      role: 'party',
    });
  });
});

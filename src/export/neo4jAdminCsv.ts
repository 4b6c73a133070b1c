import fs from 'node:fs';
import path from 'node:path';
import type { PlainValue } from '../research';
import { elementType, isPlainPoint, type PlainPoint, type PropertyType, type ScalarPropertyType } from './propertyTypes';
import type { GraphSpool } from './spool';
import { TextFile } from './textFile';

export const csvFiles = { nodes: 'nodes.csv', relationships: 'relationships.csv', readme: 'IMPORT.txt' } as const;

// Cypher integers and floats are 64 bits wide: neo4j-admin's long and double, not its 32-bit int and float.
const adminType: Record<ScalarPropertyType, string> = {
  string: 'string',
  int: 'long',
  float: 'double',
  boolean: 'boolean',
  date: 'date',
  point: 'point',
};

// neo4j-admin names a coordinate system by its crs name; srid: is the fallback for one this table lacks.
const crsNames: Record<number, string> = { 7203: 'cartesian', 9157: 'cartesian-3d', 4326: 'WGS-84', 4979: 'WGS-84-3d' };

/** A point in neo4j-admin's point syntax, `{x:17186, y:18647, crs:cartesian}` (z for a 3-D point). */
export function adminPoint(point: PlainPoint): string {
  const crs = crsNames[point.srid];
  const coordinates = [`x:${point.x}`, `y:${point.y}`, ...(point.z === undefined ? [] : [`z:${point.z}`])];
  return `{${[...coordinates, crs === undefined ? `srid:${point.srid}` : `crs:${crs}`].join(', ')}}`;
}

/** The neo4j-admin header type of a column: `long`, `string[]`, ... */
export function adminColumnType(type: PropertyType): string {
  const element = elementType(type);
  return element === null ? adminType[type as ScalarPropertyType] : `${adminType[element]}[]`;
}

/** A CSV field in double quotes, with inner quotes doubled (RFC 4180, as neo4j-admin reads it). */
export function quoted(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

function text(value: PlainValue): string {
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/**
 * One field of a typed column. Absent is an empty field; strings are always quoted, so that an empty string
 * stays an empty string; an empty list is an empty field because neo4j-admin cannot store an empty array.
 */
export function csvField(value: PlainValue | undefined, type: PropertyType, delimiter: string): string {
  if (value === undefined || value === null) return '';
  const element = elementType(type);
  if (element !== null) {
    const items = Array.isArray(value) ? value : [value];
    return items.length === 0 ? '' : quoted(items.map(text).join(delimiter));
  }
  if (type === 'string') return quoted(text(value));
  // Quoted, as the point syntax holds commas.
  if (type === 'point') return quoted(isPlainPoint(value) ? adminPoint(value) : text(value));
  return typeof value === 'object' ? text(value) : String(value);
}

async function writeLines(file: string, header: string[], rows: AsyncIterable<string[]>): Promise<number> {
  const out = TextFile.create(file);
  try {
    await out.write(`${header.join(',')}\n`);
    for await (const row of rows) await out.write(`${row.join(',')}\n`);
  } finally {
    await out.close();
  }
  return out.bytes;
}

function importInstructions(delimiter: string): string {
  return `Import into an empty database with neo4j-admin (stop the database first; it must not exist or be empty):

  neo4j-admin database import full --nodes=${csvFiles.nodes} --relationships=${csvFiles.relationships} \\
    --array-delimiter=${quoted(delimiter)} --multiline-fields=true <database name>

Every node keeps the :Node label and its id property (the id:ID column); relationships carry their provenance
(article, evidence, evidenceStart, evidenceEnd). Empty lists are left out: neo4j-admin cannot store an empty array.
Points are point columns in neo4j-admin's syntax, {x:17186, y:18647, crs:cartesian}.
Then apply cypher/schema.cypher for the constraints and indexes the query library expects.
`;
}

/**
 * Writes the graph as neo4j-admin import CSV into `dir`: nodes.csv (`id:ID,:LABEL,name:type,...`),
 * relationships.csv (`:START_ID,:END_ID,:TYPE,name:type,...`), list properties with typed array columns
 * (`evidence:string[]`, `evidenceStart:long[]`) and IMPORT.txt with the command that reads them.
 */
export async function writeNeo4jAdminCsv(spool: GraphSpool, dir: string): Promise<{ file: string; bytes: number }[]> {
  const delimiter = spool.arrayDelimiter();
  if (delimiter === null)
    throw new Error('every candidate list delimiter occurs in some exported value; neo4j-admin CSV cannot hold these lists');
  await fs.promises.mkdir(dir, { recursive: true });

  const nodeColumns = spool.nodeColumns.columns().filter((column) => column.name !== 'id');
  const nodesFile = path.join(dir, csvFiles.nodes);
  const nodeBytes = await writeLines(
    nodesFile,
    ['id:ID', ':LABEL', ...nodeColumns.map((column) => `${column.name}:${adminColumnType(column.type)}`)],
    (async function* () {
      for await (const node of spool.nodes()) {
        yield [
          quoted(node.id),
          quoted(node.labels.join(delimiter)),
          ...nodeColumns.map((column) => csvField(node.properties[column.name], column.type, delimiter)),
        ];
      }
    })(),
  );

  const edgeColumns = spool.edgeColumns.columns();
  const relationshipsFile = path.join(dir, csvFiles.relationships);
  const edgeBytes = await writeLines(
    relationshipsFile,
    [':START_ID', ':END_ID', ':TYPE', ...edgeColumns.map((column) => `${column.name}:${adminColumnType(column.type)}`)],
    (async function* () {
      for await (const edge of spool.edges()) {
        yield [
          quoted(edge.source),
          quoted(edge.target),
          quoted(edge.type),
          ...edgeColumns.map((column) => csvField(edge.properties[column.name], column.type, delimiter)),
        ];
      }
    })(),
  );

  const readme = path.join(dir, csvFiles.readme);
  const instructions = importInstructions(delimiter);
  await fs.promises.writeFile(readme, instructions);
  return [
    { file: nodesFile, bytes: nodeBytes },
    { file: relationshipsFile, bytes: edgeBytes },
    { file: readme, bytes: Buffer.byteLength(instructions) },
  ];
}

import type { PlainValue } from '../research';
import { checkReserved, displayName, typeLabel } from './display';
import { elementType, isPlainPoint, type PlainPoint, type PropertyType, type ScalarPropertyType } from './propertyTypes';
import type { GraphSpool } from './spool';
import { TextFile } from './textFile';

// GraphML has no date or list types: dates are ISO text, and lists are JSON text with attr.list naming the
// element type, the convention of Neo4j's own APOC GraphML export (Gephi and Cytoscape read them as text).
// Nor has it a point type: a point is JSON text, and its key's <desc> says so, since attr.type alone cannot.
const graphmlType: Record<ScalarPropertyType, string> = {
  string: 'string',
  int: 'long',
  float: 'double',
  boolean: 'boolean',
  date: 'string',
  point: 'string',
};

/** The <desc> of a point property's key: a reader that knows it can parse the text back into a point. */
export const graphmlPointDescription = 'point as JSON text: {"srid":7203,"x":...,"y":...} (a 3-D point adds "z")';

/** A point as GraphML text: `{"srid":7203,"x":17186,"y":18647}`, the same object as in the Cytoscape JSON. */
export function graphmlPointText(point: PlainPoint): string {
  return JSON.stringify(
    point.z === undefined ? { srid: point.srid, x: point.x, y: point.y } : { srid: point.srid, x: point.x, y: point.y, z: point.z },
  );
}

/**
 * Fields the GraphML export adds to every node (`label`: what Gephi shows, `labels`: all Neo4j labels, `type`: the
 * type label) and edge.
 */
const graphmlNodeFields = ['label', 'labels', 'type'] as const;
const graphmlEdgeFields = ['label', 'type'] as const;

// eslint-disable-next-line no-control-regex -- these are the control characters XML 1.0 forbids
const invalidXml = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

/** Text as XML character data or an attribute value; characters XML 1.0 cannot hold become U+FFFD. */
export function xmlEscape(text: string): string {
  return text
    .replace(invalidXml, '\uFFFD')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/\r/g, '&#13;');
}

function keyLine(id: string, target: 'node' | 'edge', name: string, type: PropertyType): string {
  const element = elementType(type);
  const attrType = element === null ? graphmlType[type as ScalarPropertyType] : 'string';
  const list = element === null ? '' : ` attr.list="${graphmlType[element]}"`;
  const declaration = `  <key id="${xmlEscape(id)}" for="${target}" attr.name="${xmlEscape(name)}" attr.type="${attrType}"${list}`;
  if (type !== 'point') return `${declaration}/>\n`;
  return `${declaration}><desc>${xmlEscape(graphmlPointDescription)}</desc></key>\n`;
}

function dataText(value: PlainValue): string {
  if (typeof value === 'string') return value;
  if (isPlainPoint(value)) return graphmlPointText(value);
  return Array.isArray(value) || typeof value === 'object' ? JSON.stringify(value) : String(value);
}

function dataLines(prefix: string, values: Record<string, PlainValue>): string {
  return Object.entries(values)
    .filter(([, value]) => value !== null)
    .map(([name, value]) => `      <data key="${xmlEscape(prefix + name)}">${xmlEscape(dataText(value))}</data>\n`)
    .join('');
}

/**
 * Writes the graph as GraphML (graphml.graphdrawing.org), which Gephi, Cytoscape, yEd and NetworkX read:
 * one directed <graph>, a <key> per property, nodes by their graph id, edges with their provenance.
 */
export async function writeGraphml(spool: GraphSpool, file: string): Promise<number> {
  const nodeColumns = spool.nodeColumns.columns();
  const edgeColumns = spool.edgeColumns.columns();
  checkReserved(
    'GraphML',
    'node',
    nodeColumns.map((column) => column.name),
    graphmlNodeFields,
  );
  checkReserved(
    'GraphML',
    'edge',
    edgeColumns.map((column) => column.name),
    graphmlEdgeFields,
  );

  const out = TextFile.create(file);
  try {
    await out.write(
      '<?xml version="1.0" encoding="UTF-8"?>\n' +
        '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"\n' +
        '    xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">\n',
    );
    for (const field of graphmlNodeFields) await out.write(keyLine(`n_${field}`, 'node', field, 'string'));
    for (const column of nodeColumns) await out.write(keyLine(`n_${column.name}`, 'node', column.name, column.type));
    for (const field of graphmlEdgeFields) await out.write(keyLine(`e_${field}`, 'edge', field, 'string'));
    for (const column of edgeColumns) await out.write(keyLine(`e_${column.name}`, 'edge', column.name, column.type));
    await out.write('  <graph id="diplomacy-graph" edgedefault="directed">\n');
    for await (const node of spool.nodes()) {
      const fields = { label: displayName(node), labels: node.labels.map((label) => `:${label}`).join(''), type: typeLabel(node) };
      await out.write(`    <node id="${xmlEscape(node.id)}">\n${dataLines('n_', fields)}${dataLines('n_', node.properties)}    </node>\n`);
    }
    for await (const edge of spool.edges()) {
      const fields = { label: edge.type, type: edge.type };
      await out.write(
        `    <edge id="${xmlEscape(edge.id)}" source="${xmlEscape(edge.source)}" target="${xmlEscape(edge.target)}">\n` +
          `${dataLines('e_', fields)}${dataLines('e_', edge.properties)}    </edge>\n`,
      );
    }
    await out.write('  </graph>\n</graphml>\n');
  } finally {
    await out.close();
  }
  return out.bytes;
}

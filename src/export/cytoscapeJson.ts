import type { PlainValue } from '../research';
import { checkReserved, displayName, typeLabel } from './display';
import type { GraphSpool } from './spool';
import { TextFile } from './textFile';

/**
 * Fields the Cytoscape export adds: `label`, `labels` and `type` (the type label) on nodes; `id`, `source`, `target`,
 * `interaction` (the relationship type, as Cytoscape names it) and `type` on edges.
 */
const cytoscapeNodeFields = ['label', 'labels', 'type'] as const;
const cytoscapeEdgeFields = ['id', 'source', 'target', 'interaction', 'type'] as const;

/**
 * Writes the graph in Cytoscape's elements JSON (`.cyjs`, which Cytoscape desktop imports and cytoscape.js
 * loads as is): `{elements: {nodes: [{data}], edges: [{data}]}}`, properties as typed JSON values (lists
 * stay lists, dates are ISO text, points `{srid, x, y}` objects), every edge with its provenance.
 */
export async function writeCytoscapeJson(spool: GraphSpool, file: string): Promise<number> {
  checkReserved(
    'Cytoscape JSON',
    'node',
    spool.nodeColumns.columns().map((column) => column.name),
    cytoscapeNodeFields,
  );
  checkReserved(
    'Cytoscape JSON',
    'edge',
    spool.edgeColumns.columns().map((column) => column.name),
    cytoscapeEdgeFields,
  );
  const out = TextFile.create(file);
  try {
    const header = {
      format_version: '1.0',
      generated_by: 'diplomacy-graph',
      target_cytoscapejs_version: '~2.1',
      data: { name: 'diplomacy-graph', nodes: spool.nodeCount, edges: spool.edgeCount },
    };
    const opening = JSON.stringify(header).slice(0, -1);
    await out.write(`${opening},"elements":{"nodes":[`);
    let first = true;
    for await (const node of spool.nodes()) {
      const data: Record<string, PlainValue> = {
        ...node.properties,
        id: node.id,
        label: displayName(node),
        labels: node.labels,
        type: typeLabel(node),
      };
      await out.write(`${first ? '\n' : ',\n'}${JSON.stringify({ data })}`);
      first = false;
    }
    await out.write('\n],"edges":[');
    first = true;
    for await (const edge of spool.edges()) {
      const data: Record<string, PlainValue> = {
        id: edge.id,
        source: edge.source,
        target: edge.target,
        interaction: edge.type,
        type: edge.type,
        ...edge.properties,
      };
      await out.write(`${first ? '\n' : ',\n'}${JSON.stringify({ data })}`);
      first = false;
    }
    await out.write('\n]}}\n');
  } finally {
    await out.close();
  }
  return out.bytes;
}

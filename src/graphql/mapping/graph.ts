import type { GraphModel, PathModel } from '../models';
import { toEdge, toNode } from './nodes';

type Props = Record<string, unknown>;

function list(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

/** A row of connection.cypher: one path, its nodes and relations in order. */
export function toPath(row: Props): PathModel {
  return { nodes: list(row.nodes).map(toNode), edges: list(row.relations).map(toEdge) };
}

/** The row of neighborhood.cypher: nodes with their distance from the centre, and the relations among them. */
export function toGraph(row: Props): GraphModel {
  const nodes = list(row.nodes).map((entry) => {
    const { node, distance } = entry as Props;
    return { node: toNode(node), distance: Number(distance) };
  });
  // The centre first, then ring by ring; ids order each ring so that a view is stable from one call to the next.
  nodes.sort((a, b) => a.distance - b.distance || (a.node.id < b.node.id ? -1 : a.node.id > b.node.id ? 1 : 0));
  return { nodes, edges: list(row.relations).map(toEdge) };
}

import { captionOf, graphNodeTypes } from '../ingest';
import type { GraphNode } from './graphReader';

/** Labels every node carries, which say nothing about its kind. */
const sharedLabels = new Set(['Node', 'Entity']);

/** The label that names a node's type (Person, Event, ...): its one label besides :Node and :Entity. */
export function typeLabel(node: GraphNode): string {
  return node.labels.find((label) => !sharedLabels.has(label)) ?? node.labels[0] ?? '';
}

/**
 * A short text to show a node by in Gephi or Cytoscape: the caption of its type (src/ingest/types.ts `nodeKinds`:
 * its name, title, text, quote, or figure and unit), else its id.
 */
export function displayName(node: GraphNode): string {
  const label = typeLabel(node);
  const type = graphNodeTypes.find((candidate) => candidate === label);
  return (type && captionOf(type, node.properties)) ?? node.id;
}

/** Fails when a property would overwrite a field that a format adds itself (its id, label, type, ...). */
export function checkReserved(format: string, kind: 'node' | 'edge', names: readonly string[], reserved: readonly string[]): void {
  const clash = names.filter((name) => reserved.includes(name));
  if (clash.length > 0) {
    throw new Error(`${format}: the ${kind} property ${clash.join(', ')} clashes with a field the format adds (${reserved.join(', ')})`);
  }
}

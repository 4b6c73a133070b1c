import type { DraftFile } from './draft';
import type { Resolution } from './resolve';

/**
 * What loading the draft would add to the graph, before anything is written: each drafted entity as resolved
 * to an existing id (with the mention's confidence) or new (with similar names the graph holds), then the
 * counts of the other nodes and of the relations, all of which are new.
 */
export function formatDiff(file: DraftFile, resolutions: ReadonlyMap<string, Resolution>): string {
  const lines: string[] = [];
  const entities = file.nodes.filter((node) => node.type === 'Person' || node.type === 'Organization' || node.type === 'Place');
  const existing = new Set([...resolutions.values()].flatMap((resolution) => (resolution.kind === 'existing' ? [resolution.id] : [])));
  lines.push(
    `entities: ${entities.filter((node) => existing.has(node.id)).length} resolved to the graph, ${entities.filter((node) => !existing.has(node.id)).length} new`,
  );
  for (const node of entities) {
    const review = file.draft.review[node.id];
    const name = (node as { name: string }).name;
    if (existing.has(node.id)) {
      lines.push(`  = ${node.id.padEnd(40)} ${name} (confidence ${review?.confidence ?? '?'})`);
    } else {
      const similar = review?.candidates?.length
        ? `; similar in the graph: ${review.candidates.map((c) => `${c.id} (${c.score})`).join(', ')}`
        : '';
      lines.push(`  + ${node.id.padEnd(40)} ${name}${similar}`);
    }
  }
  const counts = new Map<string, number>();
  const entityIds = new Set(entities.map((node) => node.id));
  for (const node of file.nodes) if (!entityIds.has(node.id)) counts.set(node.type, (counts.get(node.type) ?? 0) + 1);
  lines.push(`new nodes: ${[...counts].map(([type, n]) => `${n} ${type}`).join(', ') || 'none'}`);
  const relations = new Map<string, number>();
  for (const relation of file.relations) relations.set(relation.type, (relations.get(relation.type) ?? 0) + 1);
  lines.push(`new relations: ${[...relations].map(([type, n]) => `${n} ${type}`).join(', ') || 'none'}`);
  return `${lines.join('\n')}\n`;
}

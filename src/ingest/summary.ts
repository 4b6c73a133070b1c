import type { LoadChanges } from './changes';

/** What one load did and what the graph now holds for the article. */
export interface LoadSummary {
  article: string;
  annotationsFile: string;
  /** Rows merged besides the Article node: annotated nodes, relations, and MENTIONED_IN links. */
  written: { nodes: number; relationships: number; mentions: number };
  /** What an earlier load of this article wrote that the file no longer has. */
  removed: { relationships: number; mentions: number; nodes: number };
  /** After the load: nodes of the article by label, and its relationships by type (MENTIONED_IN included). */
  labels: Record<string, number>;
  relationshipTypes: Record<string, number>;
  /** How long the transaction took: for an article of a batch, the whole batch's. */
  milliseconds: number;
  /** When asked for: what the load changed, item by item (the report a dry run prints). */
  changes?: LoadChanges;
}

function sum(counts: Record<string, number>): number {
  return Object.values(counts).reduce((total, count) => total + count, 0);
}

/** The one line `npm start` logs. */
export function formatSummaryLine(summary: LoadSummary): string {
  const nodes = summary.labels.Node ?? 0;
  const relationships = sum(summary.relationshipTypes);
  const removed = summary.removed.relationships + summary.removed.mentions + summary.removed.nodes;
  return (
    `loaded ${summary.article}: ${nodes} nodes, ${relationships} relationships` +
    (removed > 0
      ? `, removed ${summary.removed.nodes} stale nodes and ${summary.removed.relationships + summary.removed.mentions} stale relationships`
      : '') +
    ` in ${summary.milliseconds} ms`
  );
}

function table(heading: [string, string], counts: Record<string, number>): string[] {
  const rows = Object.entries(counts).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  const width = Math.max(heading[0].length, ...rows.map(([name]) => name.length));
  const countWidth = Math.max(heading[1].length, ...rows.map(([, count]) => String(count).length));
  const line = (name: string, count: string) => `  ${name.padEnd(width)}  ${count.padStart(countWidth)}`;
  return [line(...heading), ...rows.map(([name, count]) => line(name, String(count)))];
}

/** The table `load` and `seed` print: what was written, then the article's graph by label and by relationship type. */
export function formatSummaryTable(summary: LoadSummary): string {
  const { written, removed } = summary;
  return [
    `loaded ${summary.article} from ${summary.annotationsFile} in ${summary.milliseconds} ms`,
    `  wrote the article, ${written.nodes} nodes, ${written.relationships} relations, ${written.mentions} mentions; ` +
      `removed ${removed.relationships} stale relations, ${removed.mentions} mentions, ${removed.nodes} nodes`,
    '',
    ...table(['label', 'nodes'], summary.labels),
    '',
    ...table(['relationship type', 'count'], summary.relationshipTypes),
    '',
  ].join('\n');
}

import path from 'node:path';
import type { Database } from '../db';
import { writeCytoscapeJson } from './cytoscapeJson';
import { writeGraphml } from './graphml';
import { loadExportQueries, neighbourhood, readSelection, readWholeGraph } from './graphReader';
import { writeNeo4jAdminCsv } from './neo4jAdminCsv';
import { GraphSpool } from './spool';

export const exportFormats = ['graphml', 'csv', 'json'] as const;
export type ExportFormat = (typeof exportFormats)[number];

export interface ExportOptions {
  format: ExportFormat;
  /** The file (graphml, json) or folder (csv) to write. */
  out: string;
  /** Export only the neighbourhood of this node, `depth` relationships deep; absent: the whole graph. */
  entity?: string;
  depth?: number;
  /** A neighbourhood larger than this is refused. */
  maxNodes?: number;
  /** Nodes read per query. */
  pageSize?: number;
}

export interface ExportResult {
  format: ExportFormat;
  files: { file: string; bytes: number }[];
  nodes: number;
  edges: number;
  labelCounts: Record<string, number>;
  typeCounts: Record<string, number>;
  /** Reading the graph from Neo4j, then writing the format. */
  readMs: number;
  writeMs: number;
}

export const defaultDepth = 2;
export const defaultMaxNodes = 10_000;
const defaultPageSize = 1_000;

async function write(format: ExportFormat, spool: GraphSpool, out: string): Promise<{ file: string; bytes: number }[]> {
  switch (format) {
    case 'graphml':
      return [{ file: out, bytes: await writeGraphml(spool, out) }];
    case 'json':
      return [{ file: out, bytes: await writeCytoscapeJson(spool, out) }];
    case 'csv':
      return writeNeo4jAdminCsv(spool, out);
    default: {
      const unknownFormat: never = format;
      throw new Error(`unhandled export format ${String(unknownFormat)}`);
    }
  }
}

/**
 * Exports the whole graph, or the neighbourhood of one node, with every property and the provenance on every
 * relationship (article, evidence, evidenceStart, evidenceEnd). The graph is read page by page into temporary
 * files, so memory stays flat however large the graph; each page is its own read transaction.
 */
export async function exportGraph(db: Database, options: ExportOptions): Promise<ExportResult> {
  const queries = loadExportQueries();
  const pageSize = options.pageSize ?? defaultPageSize;
  const spool = await GraphSpool.create();
  try {
    const started = Date.now();
    const pages =
      options.entity === undefined
        ? readWholeGraph(db, queries, pageSize)
        : readSelection(
            db,
            queries,
            await neighbourhood(db, queries, options.entity, options.depth ?? defaultDepth, options.maxNodes ?? defaultMaxNodes),
            pageSize,
          );
    for await (const page of pages) {
      for (const read of page) {
        await spool.addNode(read.node, read.types);
        for (const { edge, types } of read.edges) await spool.addEdge(edge, types);
      }
    }
    await spool.finish();
    const readDone = Date.now();
    const files = await write(options.format, spool, path.resolve(options.out));
    return {
      format: options.format,
      files,
      nodes: spool.nodeCount,
      edges: spool.edgeCount,
      labelCounts: Object.fromEntries(spool.labelCounts),
      typeCounts: Object.fromEntries(spool.typeCounts),
      readMs: readDone - started,
      writeMs: Date.now() - readDone,
    };
  } finally {
    await spool.remove();
  }
}

import fs from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../config';
import { parseCommandLine, wholeNumber, type CommandSpec } from '../command';
import { BadUserInputError, UsageError } from '../errors';
import { defaultDepth, defaultMaxNodes, exportFormats, type ExportFormat, type ExportOptions } from './exportGraph';
import { csvFiles } from './neo4jAdminCsv';

/** Where exports go unless --out says otherwise (git-ignored). */
export const defaultExportDir = path.join(projectRoot, 'export');

export const exportCommand = {
  name: 'export',
  summary: [
    'Writes the graph, or the neighbourhood of one node, for Gephi, Cytoscape or neo4j-admin (NEO4J_URI, else the local',
    'Neo4j), then prints each file written with its size.',
  ].join('\n'),
  options: {
    format: {
      type: 'string',
      value: 'graphml|csv|json',
      description: 'graphml (Gephi, Cytoscape, yEd), csv (neo4j-admin database import), json (Cytoscape elements, .cyjs); required',
    },
    entity: {
      type: 'string',
      value: 'ID',
      description: 'export only the neighbourhood of this node (e.g. person:adam-boehler) instead of the whole graph',
    },
    depth: {
      type: 'string',
      value: 'N',
      description: `how many relationships deep the neighbourhood goes (default ${defaultDepth}; articles are added, not walked through)`,
    },
    'max-nodes': { type: 'string', value: 'N', description: `refuse a neighbourhood larger than this (default ${defaultMaxNodes})` },
    out: {
      type: 'string',
      value: 'PATH',
      description:
        'the file (graphml, json) or folder (csv) to write; an existing folder gets the default file name (default: export/diplomacy-graph.graphml, .cyjs, -csv/)',
    },
    force: { type: 'boolean', description: 'overwrite what --out names when it exists (without it the export refuses)' },
  },
  examples: [
    'npm run export -- --format graphml',
    'npm run export -- --format json --entity person:adam-boehler --depth 2 --out boehler.cyjs',
  ],
} as const satisfies CommandSpec;

function defaultName(format: ExportFormat, entity: string | undefined, depth: number): string {
  const base = entity === undefined ? 'diplomacy-graph' : `${entity.replace(/[^A-Za-z0-9-]+/g, '-')}-depth${depth}`;
  switch (format) {
    case 'graphml':
      return `${base}.graphml`;
    case 'json':
      return `${base}.cyjs`;
    case 'csv':
      return `${base}-csv`;
    default: {
      const unknownFormat: never = format;
      throw new Error(`unhandled export format ${String(unknownFormat)}`);
    }
  }
}

/**
 * An export to a path the user chose never replaces files silently: existing ones are overwritten only with
 * --force (the default folder, export/, is the project's own, and each export replaces the last). CSV writes a
 * folder, so a file where the folder should be is refused whatever the flags.
 */
function refuseOverwrite(format: ExportFormat, target: string, force: boolean): void {
  const existing = fs.existsSync(target) ? fs.statSync(target) : null;
  if (format === 'csv') {
    if (existing && !existing.isDirectory()) {
      throw new BadUserInputError(
        '--out',
        `${target} is a file; the csv format writes a folder (${Object.values(csvFiles).join(', ')}): give a folder`,
      );
    }
    const present = Object.values(csvFiles).filter((file) => fs.existsSync(path.join(target, file)));
    if (present.length > 0 && !force) {
      throw new BadUserInputError('--out', `${target} already holds ${present.join(', ')}; add --force to overwrite them`);
    }
  } else if (existing && !force) {
    throw new BadUserInputError('--out', `${target} exists; add --force to overwrite it`);
  }
}

/** Reads the command line of the export (without `node` and the script); relative paths are taken from `cwd`. */
export function parseExportArguments(argv: readonly string[], cwd: string = process.cwd()): ExportOptions {
  const line = parseCommandLine(exportCommand, argv);
  const { format, entity, out, force = false } = line.values;
  if (format === undefined) throw new UsageError(`--format: is required (${exportFormats.join(', ')})`);
  if (!exportFormats.includes(format as ExportFormat))
    throw new UsageError(`--format: expected one of ${exportFormats.join(', ')}, got "${format}"`);
  const depth = line.values.depth === undefined ? undefined : wholeNumber('--depth', line.values.depth, 0);
  const maxNodes = line.values['max-nodes'] === undefined ? undefined : wholeNumber('--max-nodes', line.values['max-nodes'], 1);
  if (entity === undefined && depth !== undefined) throw new UsageError('--depth: only applies with --entity');
  if (entity === undefined && maxNodes !== undefined) throw new UsageError('--max-nodes: only applies with --entity');
  const effectiveDepth = depth ?? defaultDepth;
  const name = defaultName(format as ExportFormat, entity, effectiveDepth);
  let target = out === undefined ? path.join(defaultExportDir, name) : path.resolve(cwd, out);
  if (out !== undefined && format !== 'csv' && (out.endsWith('/') || (fs.existsSync(target) && fs.statSync(target).isDirectory())))
    target = path.join(target, name);
  if (out !== undefined) refuseOverwrite(format as ExportFormat, target, force);
  return {
    format: format as ExportFormat,
    out: target,
    ...(entity === undefined ? {} : { entity, depth: effectiveDepth }),
    ...(maxNodes === undefined ? {} : { maxNodes }),
  };
}

import fs from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../config';
import { BadUserInputError } from '../errors';
import { wholeNumberArgument } from '../research';
import { defaultDepth, defaultMaxNodes, exportFormats, type ExportFormat, type ExportOptions } from './exportGraph';
import { csvFiles } from './neo4jAdminCsv';

/** Where exports go unless --out says otherwise (git-ignored). */
export const defaultExportDir = path.join(projectRoot, 'export');

export const exportUsage = `usage: npm run export -- --format graphml|csv|json [--entity <id> [--depth N] [--max-nodes N]] [--out <file or folder>]
  --format     graphml (Gephi, Cytoscape, yEd), csv (neo4j-admin database import), json (Cytoscape elements JSON, .cyjs)
  --entity     export only the neighbourhood of this node (e.g. person:adam-boehler) instead of the whole graph
  --depth      how many relationships deep the neighbourhood goes (default ${defaultDepth}; articles are added, not walked through)
  --max-nodes  refuse a neighbourhood larger than this (default ${defaultMaxNodes})
  --out        the file to write (graphml, json) or folder (csv); an existing folder gets the default file name
  --force      overwrite what --out names when it exists (without it the export refuses)
               (default: export/diplomacy-graph.graphml, export/diplomacy-graph.cyjs, export/diplomacy-graph-csv/)`;

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
      throw new BadUserInputError('--out', `${target} is a file; the csv format writes a folder (${Object.values(csvFiles).join(', ')}): give a folder`);
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
  let format: ExportFormat | undefined;
  let entity: string | undefined;
  let depth: number | undefined;
  let maxNodes: number | undefined;
  let out: string | undefined;
  let force = false;
  for (let index = 0; index < argv.length; index += 1) {
    const flag = argv[index] ?? '';
    if (flag === '--force') {
      force = true;
      continue;
    }
    const value = argv[index + 1];
    index += 1;
    switch (flag) {
      case '--format':
        if (!exportFormats.includes(value as ExportFormat)) throw new BadUserInputError('--format', `expected one of ${exportFormats.join(', ')}, got "${value ?? ''}"`);
        format = value as ExportFormat;
        break;
      case '--entity':
        if (value === undefined || value.startsWith('--')) throw new BadUserInputError('--entity', 'expected a node id after it');
        entity = value;
        break;
      case '--depth':
        depth = wholeNumberArgument('--depth', value, 0);
        break;
      case '--max-nodes':
        maxNodes = wholeNumberArgument('--max-nodes', value, 1);
        break;
      case '--out':
        if (value === undefined || value.startsWith('--')) throw new BadUserInputError('--out', 'expected a file or folder after it');
        out = value;
        break;
      default:
        throw new BadUserInputError(flag, `unknown option\n${exportUsage}`);
    }
  }
  if (format === undefined) throw new BadUserInputError('--format', `is required\n${exportUsage}`);
  if (entity === undefined && depth !== undefined) throw new BadUserInputError('--depth', 'only applies with --entity');
  if (entity === undefined && maxNodes !== undefined) throw new BadUserInputError('--max-nodes', 'only applies with --entity');
  const effectiveDepth = depth ?? defaultDepth;
  const name = defaultName(format, entity, effectiveDepth);
  let target = out === undefined ? path.join(defaultExportDir, name) : path.resolve(cwd, out);
  if (out !== undefined && format !== 'csv' && (out.endsWith('/') || (fs.existsSync(target) && fs.statSync(target).isDirectory()))) target = path.join(target, name);
  if (out !== undefined) refuseOverwrite(format, target, force);
  return {
    format,
    out: target,
    ...(entity === undefined ? {} : { entity, depth: effectiveDepth }),
    ...(maxNodes === undefined ? {} : { maxNodes }),
  };
}

import fs from 'node:fs';
import path from 'node:path';
import type { Config } from '../config';
import { asksForHelp, helpText, reportFailure } from '../command';
import { connectForResearch, type CommandOutput } from '../research';
import { exportCommand, parseExportArguments } from './arguments';
import { defaultDepth, exportGraph } from './exportGraph';

function size(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  return bytes < 1024 * 1024 ? `${(bytes / 1024).toFixed(1)} KiB` : `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
}

/**
 * `npm run export -- --format graphml|csv|json [--entity id --depth N] [--out path]`: writes the graph for
 * Gephi, Cytoscape or neo4j-admin, then prints each file written with its size. Relative paths are taken from,
 * and printed relative to, `cwd`. Returns the exit status.
 */
export async function runExportCommand(
  argv: readonly string[],
  config: () => Config,
  output: CommandOutput,
  cwd: string = process.cwd(),
): Promise<number> {
  try {
    if (asksForHelp(argv)) {
      output.out(helpText(exportCommand));
      return 0;
    }
    const options = parseExportArguments(argv, cwd);
    const connection = await connectForResearch(config(), output.log);
    try {
      if (options.format !== 'csv') await fs.promises.mkdir(path.dirname(options.out), { recursive: true });
      const result = await exportGraph(connection.db, options);
      const scope =
        options.entity === undefined
          ? 'the whole graph'
          : `the neighbourhood of ${options.entity} (depth ${options.depth ?? defaultDepth})`;
      output.log(
        `${result.format}: ${scope}, ${result.nodes} nodes and ${result.edges} relationships; read in ${result.readMs} ms, written in ${result.writeMs} ms`,
      );
      for (const { file, bytes } of result.files) {
        const relative = path.relative(cwd, file);
        output.out(`${relative.startsWith('..') || path.isAbsolute(relative) ? file : relative}\t${size(bytes)}\n`);
      }
      return 0;
    } finally {
      await connection.close();
    }
  } catch (error) {
    return reportFailure(exportCommand, error, output.log);
  }
}

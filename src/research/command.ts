import { Neo4jError } from 'neo4j-driver';
import type { Config } from '../config';
import { queriesDir, QueryFileError } from '../db';
import { AppError, ConfigError } from '../errors';
import { parseCypherArguments } from './arguments';
import { connectForResearch } from './connectForResearch';
import { bindParameters } from './parameters';
import { loadQueryFile, queryFileNames } from './queryFile';
import { runQueryFile } from './runQueryFile';
import { formatTable } from './table';

/** Where a command writes: `out` for its data (stdout), `log` for progress and errors (stderr). */
export interface CommandOutput {
  out(text: string): void;
  log(line: string): void;
}

/**
 * Reports a failure of a researcher's command on one line and returns its exit status: 2 for what the user
 * can fix (arguments, a query file, configuration, Cypher the database refused), 1 for anything else.
 */
export function reportFailure(error: unknown, log: (line: string) => void): number {
  if (error instanceof AppError || error instanceof QueryFileError || error instanceof ConfigError) {
    log(error.message);
    return 2;
  }
  if (error instanceof Neo4jError) {
    log(`Neo4j: ${error.message}`);
    return 2;
  }
  log(`failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  return 1;
}

/**
 * `npm run cypher -- <file> --param name=value ... [--example] [--json]`: runs one query file against the
 * configured database (starting the local one when none is) and prints a table or JSON. A path to a file is
 * taken from `cwd`. Returns the exit status.
 */
export async function runCypherCommand(argv: readonly string[], config: () => Config, output: CommandOutput, cwd: string = process.cwd()): Promise<number> {
  try {
    const args = parseCypherArguments(argv);
    if (args.list) {
      for (const name of queryFileNames()) output.out(`${name.padEnd(32)} ${loadQueryFile(name).question}\n`);
      return 0;
    }
    const file = loadQueryFile(args.file ?? '', queriesDir, cwd);
    const params = { ...(args.example ? file.example : {}), ...args.params };
    // Checked before connecting, which may start a local Neo4j: a bad parameter should not cost that wait.
    bindParameters(file, params);
    const connection = await connectForResearch(config(), output.log);
    try {
      const started = Date.now();
      const rows = await runQueryFile(connection.db, file, params);
      output.out(args.json ? `${JSON.stringify(rows, null, 2)}\n` : `${formatTable(rows, args.maxWidth)}\n`);
      output.log(`${file.name}: ${rows.length} ${rows.length === 1 ? 'row' : 'rows'} in ${Date.now() - started} ms`);
      return 0;
    } finally {
      await connection.close();
    }
  } catch (error) {
    return reportFailure(error, output.log);
  }
}

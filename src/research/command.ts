import type { Config } from '../config';
import { asksForHelp, helpText, reportFailure } from '../command';
import { queriesDir } from '../db';
import { cypherCommand, parseCypherArguments } from './arguments';
import { connectForResearch } from './connectForResearch';
import { inlineQuery } from './inlineQuery';
import { bindParameters } from './parameters';
import { printedStatement } from './printStatement';
import { loadQueryFile, queryFileNames } from './queryFile';
import { runQueryFile } from './runQueryFile';
import { formatTable } from './table';

/** Where a command writes: `out` for its data (stdout), `log` for progress and errors (stderr). */
export interface CommandOutput {
  // Function properties, not methods: commands hand `log` on as a callback, unbound.
  out: (text: string) => void;
  log: (line: string) => void;
}

/**
 * `npm run cypher -- <file> --param name=value ... [--example] [--json]` or `-e "MATCH ..."`: runs one query file
 * (or inline Cypher) read-only against the configured database (starting the local one when none is) and prints
 * a table or JSON; with `--print`, prints the statement and its parameters instead and connects to nothing.
 * A path to a file is taken from `cwd`. Returns the exit status.
 */
export async function runCypherCommand(
  argv: readonly string[],
  config: () => Config,
  output: CommandOutput,
  cwd: string = process.cwd(),
): Promise<number> {
  try {
    if (asksForHelp(argv)) {
      output.out(helpText(cypherCommand));
      return 0;
    }
    const args = parseCypherArguments(argv);
    if (args.list) {
      for (const name of queryFileNames()) output.out(`${name.padEnd(32)} ${loadQueryFile(name).question}\n`);
      return 0;
    }
    const file = args.inline === undefined ? loadQueryFile(args.file ?? '', queriesDir, cwd) : inlineQuery(args.inline);
    const params = { ...(args.example ? file.example : {}), ...args.params };
    // Checked before connecting, which may start a local Neo4j: a bad parameter should not cost that wait.
    const bound = bindParameters(file, params);
    if (args.print) {
      output.out(printedStatement(file, bound));
      return 0;
    }
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
    return reportFailure(cypherCommand, error, output.log);
  }
}

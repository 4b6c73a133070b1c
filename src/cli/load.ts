import path from 'node:path';
import { loadConfig } from '../config';
import { applySchema, connect } from '../db';
import { AnnotationError, formatSummaryTable, prepareArticle, writeArticle, type ArticleFiles, type PrepareOptions } from '../ingest';
import { log } from './log';
import { onShutdown } from './shutdown';

const usage = `usage: npm run load -- <article.txt> <annotations.json> [--accept-draft]
  --accept-draft  load a file that still carries the drafter's "draft" block (npm run draft)
  Checks the annotations against the article text, then writes them to Neo4j in one transaction
  (the local Neo4j unless NEO4J_URI is set). Exit status: 0 loaded, 1 refused or failed, 2 usage.`;

/**
 * Loads one article: checks its files completely before connecting (so a bad file is reported even with no
 * database running), then applies the schema, writes, and prints what the graph holds for the article.
 * Returns the exit status.
 */
export async function runLoad(files: ArticleFiles, options: PrepareOptions = {}): Promise<number> {
  const config = loadConfig();
  let prepared;
  try {
    prepared = prepareArticle(files, undefined, options);
  } catch (error) {
    if (!(error instanceof AnnotationError)) throw error;
    process.stderr.write(`${error.message}\n`);
    return 1;
  }
  const connection = await connect(config, log);
  onShutdown(() => connection.close());
  try {
    await applySchema(connection.db);
    process.stdout.write(formatSummaryTable(await writeArticle(connection.db, prepared)));
    return 0;
  } finally {
    await connection.close();
  }
}

/** Runs a loading command and exits with its status; any other failure is reported on one line, status 1. */
export function runCli(command: () => Promise<number>): void {
  command()
    .then((status) => {
      process.exitCode = status;
    })
    .catch((error: unknown) => {
      log(`load failed: ${error instanceof Error ? error.message : String(error)}`);
      process.exitCode = 1;
    });
}

if (require.main === module) {
  const acceptDraft = process.argv.includes('--accept-draft');
  const args = process.argv.slice(2).filter((arg) => arg !== '--accept-draft');
  if (args.length === 1 && (args[0] === '-h' || args[0] === '--help')) {
    process.stdout.write(`${usage}\n`);
  } else if (args.length !== 2 || args.some((arg) => arg.startsWith('-'))) {
    process.stderr.write(`${usage}\n`);
    process.exitCode = 2;
  } else {
    // npm runs scripts from the package root; paths are meant from where the user typed them.
    const from = (arg: string) => path.resolve(process.env.INIT_CWD ?? process.cwd(), arg);
    runCli(() => runLoad({ article: from(args[0]!), annotations: from(args[1]!) }, { acceptDraft }));
  }
}

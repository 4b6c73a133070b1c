import path from 'node:path';
import { loadConfig } from '../config';
import { applySchema, connect } from '../db';
import { AnnotationError, dryRunArticle, formatChanges, formatSummaryTable, prepareAgainstGraph, prepareArticle, writeArticle, type ArticleFiles, type PrepareOptions } from '../ingest';
import { log } from './log';
import { onShutdown } from './shutdown';

const usage = `usage: npm run load -- <article.txt> <annotations.json> [--dry-run] [--accept-draft]
  Checks the annotations against the article text (and its references against the graph), then writes them to
  Neo4j in one transaction (the local Neo4j unless NEO4J_URI is set); loading an article again replaces what it
  wrote before.
  --dry-run       print what the load would add, change (property by property, old -> new) and remove; write nothing
  --accept-draft  load a file that still carries the drafter's "draft" block (npm run draft)
  Exit status: 0 loaded, 1 refused or failed, 2 usage.`;

/**
 * Loads one article: checks its files completely before connecting (so a bad file is reported even with no
 * database running), then applies the schema, writes, and prints what the graph holds for the article.
 * Returns the exit status.
 */
export async function runLoad(files: ArticleFiles, options: PrepareOptions & { dryRun?: boolean } = {}): Promise<number> {
  const config = loadConfig();
  try {
    prepareArticle(files, undefined, options);
  } catch (error) {
    if (!(error instanceof AnnotationError)) throw error;
    process.stderr.write(`${error.message}\n`);
    return 1;
  }
  const connection = await connect(config, log);
  onShutdown(() => connection.close());
  try {
    await applySchema(connection.db);
    let prepared;
    try {
      // Again, now with the references the file points at, as the graph holds them.
      prepared = await prepareAgainstGraph(connection.db, files, options);
    } catch (error) {
      if (!(error instanceof AnnotationError)) throw error;
      process.stderr.write(`${error.message}\n`);
      return 1;
    }
    if (options.dryRun) {
      process.stdout.write(formatChanges(prepared.articleId, await dryRunArticle(connection.db, prepared)));
    } else {
      process.stdout.write(formatSummaryTable(await writeArticle(connection.db, prepared)));
    }
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
  } else {
    const dryRun = args.includes('--dry-run');
    const paths = args.filter((arg) => arg !== '--dry-run');
    if (paths.length !== 2 || paths.some((arg) => arg.startsWith('-'))) {
      process.stderr.write(`${usage}\n`);
      process.exitCode = 2;
    } else {
      // npm runs scripts from the package root; paths are meant from where the user typed them.
      const from = (arg: string) => path.resolve(process.env.INIT_CWD ?? process.cwd(), arg);
      runCli(() => runLoad({ article: from(paths[0]!), annotations: from(paths[1]!) }, { dryRun, acceptDraft }));
    }
  }
}

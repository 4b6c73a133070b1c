import fs from 'node:fs';
import path from 'node:path';
import { fromWhereTyped, main, type CommandSpec } from '../command';
import { loadConfig } from '../config';
import { applySchema, checkStoreModel, connect } from '../db';
import { UsageError } from '../errors';
import {
  AnnotationError,
  defaultBatchSize,
  dryRunArticle,
  formatChanges,
  formatSummaryLine,
  formatSummaryTable,
  loadArticles,
  prepareAgainstGraph,
  prepareArticle,
  writeArticle,
  type ArticleFiles,
  type PrepareOptions,
} from '../ingest';
import { log } from './log';
import { onShutdown } from './shutdown';

export const loadCommand = {
  name: 'load',
  summary: [
    'Checks the annotations against the article text (and its references against the graph), then writes them to Neo4j',
    'in one transaction (the local Neo4j unless NEO4J_URI is set); loading an article again replaces what it wrote before.',
    'A refused file is reported with every problem (file, entry, reason), exit status 1, and nothing written.',
    `With --batch, many articles, ${defaultBatchSize} to a transaction: annotation files (each finds its text by article.textFile)`,
    'or folders (their *.json files, by name); a file that fails is named and nothing of it written, the others load.',
  ].join('\n'),
  positionals: { usage: '<article.txt> <annotations.json> | --batch <annotations.json | folder>...', min: 1, max: Number.MAX_SAFE_INTEGER },
  options: {
    batch: { type: 'boolean', description: 'load the annotation files and folders given, several to a transaction (exit status 1 if any is refused)' },
    'dry-run': { type: 'boolean', description: 'print what the load would add, change (property by property, old -> new) and remove; write nothing' },
    'accept-draft': { type: 'boolean', description: 'load a file that still carries the drafter\'s "draft" block (npm run draft)' },
  },
  examples: ['npm run load -- seed/us-hamas-direct-talks.txt seed/us-hamas-direct-talks.annotations.json --dry-run', 'npm run load -- --batch test/fixtures/articles'],
} as const satisfies CommandSpec;

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
    await checkStoreModel(connection.db, config);
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

/** The annotation files `--batch` names: files as given, folders as their *.json files sorted by name. */
function batchFiles(paths: string[]): ArticleFiles[] {
  return paths.flatMap((given) => {
    if (!fs.statSync(given, { throwIfNoEntry: false })?.isDirectory()) return [{ annotations: given }];
    const names = fs.readdirSync(given).filter((name) => name.endsWith('.json')).sort();
    return names.map((name) => ({ annotations: path.join(given, name) }));
  });
}

/**
 * Loads many articles, several to a transaction (loadArticles); prints a line per article as it is loaded or
 * refused, then the rate. Returns 1 when any article was refused.
 */
export async function runLoadBatch(paths: string[], options: PrepareOptions = {}): Promise<number> {
  const files = batchFiles(paths);
  if (files.length === 0) {
    process.stderr.write(`no annotation files (*.json) in ${paths.join(', ')}\n`);
    return 1;
  }
  const config = loadConfig();
  const connection = await connect(config, log);
  onShutdown(() => connection.close());
  try {
    await applySchema(connection.db);
    await checkStoreModel(connection.db, config);
    const started = Date.now();
    const results = await loadArticles(connection.db, files, {
      ...options,
      onResult: (result) => {
        if ('summary' in result) process.stdout.write(`${formatSummaryLine(result.summary)}\n`);
        else process.stderr.write(`${result.error.message}\n`);
      },
    });
    const seconds = (Date.now() - started) / 1000;
    const loaded = results.filter((result) => 'summary' in result).length;
    process.stdout.write(`loaded ${loaded} of ${files.length} articles in ${seconds.toFixed(1)} s (${(loaded / seconds).toFixed(1)} articles/s)\n`);
    return loaded === files.length ? 0 : 1;
  } finally {
    await connection.close();
  }
}

if (require.main === module) {
  main(loadCommand, async (values, positionals) => {
    const acceptDraft = values['accept-draft'] ?? false;
    if (values.batch) {
      if (values['dry-run']) throw new UsageError('--dry-run: a dry run takes one article, not --batch');
      return runLoadBatch(positionals.map(fromWhereTyped), { acceptDraft });
    }
    const [article, annotations] = positionals;
    if (positionals.length !== 2 || article === undefined || annotations === undefined) {
      throw new UsageError(`expected <article.txt> <annotations.json>, got ${positionals.map((arg) => `"${arg}"`).join(' ')} (many articles: --batch)`);
    }
    return runLoad({ article: fromWhereTyped(article), annotations: fromWhereTyped(annotations) }, { dryRun: values['dry-run'] ?? false, acceptDraft });
  });
}

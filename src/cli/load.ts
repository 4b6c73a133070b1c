import { fromWhereTyped, main, type CommandSpec } from '../command';
import { loadConfig } from '../config';
import {
  AnnotationError,
  dryRunArticle,
  formatChanges,
  formatSummaryTable,
  prepareAgainstGraph,
  prepareArticle,
  writeArticle,
  type ArticleFiles,
  type PrepareOptions,
} from '../ingest';
import { withStore } from './store';

export const loadCommand = {
  name: 'load',
  summary: [
    'Checks the annotations against the article text (and its references against the graph), then writes them to Neo4j',
    'in one transaction (the local Neo4j unless NEO4J_URI is set); loading an article again replaces what it wrote before.',
    'A refused file is reported with every problem (file, entry, reason), exit status 1, and nothing written.',
  ].join('\n'),
  positionals: { usage: '<article.txt> <annotations.json>', min: 2, max: 2 },
  options: {
    'dry-run': {
      type: 'boolean',
      description: 'print what the load would add, change (property by property, old -> new) and remove; write nothing',
    },
    'accept-draft': { type: 'boolean', description: 'load a file that still carries the drafter\'s "draft" block (npm run draft)' },
  },
  examples: ['npm run load -- seed/us-hamas-direct-talks.txt seed/us-hamas-direct-talks.annotations.json --dry-run'],
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
  return withStore(config, async (db) => {
    let prepared;
    try {
      // Again, now with the references the file points at, as the graph holds them.
      prepared = await prepareAgainstGraph(db, files, options);
    } catch (error) {
      if (!(error instanceof AnnotationError)) throw error;
      process.stderr.write(`${error.message}\n`);
      return 1;
    }
    if (options.dryRun) {
      process.stdout.write(formatChanges(prepared.articleId, await dryRunArticle(db, prepared)));
    } else {
      process.stdout.write(formatSummaryTable(await writeArticle(db, prepared)));
    }
    return 0;
  });
}

if (require.main === module) {
  main(loadCommand, (values, [article = '', annotations = '']) =>
    runLoad(
      { article: fromWhereTyped(article), annotations: fromWhereTyped(annotations) },
      { dryRun: values['dry-run'] ?? false, acceptDraft: values['accept-draft'] ?? false },
    ),
  );
}

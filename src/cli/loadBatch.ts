import fs from 'node:fs';
import path from 'node:path';
import { fromWhereTyped, main, type CommandSpec } from '../command';
import { loadConfig } from '../config';
import { defaultBatchSize, formatSummaryLine, loadArticles, type ArticleFiles, type PrepareOptions } from '../ingest';
import { withStore } from './store';

export const loadBatchCommand = {
  name: 'load:batch',
  summary: [
    `Loads many articles, ${defaultBatchSize} to a transaction: annotation files (each finds its text by article.textFile) or folders`,
    '(their *.json files, by name). Each file is checked alone: one that fails is named with every problem and nothing of it',
    'written, the others load; the graph is the one loading the files one by one in that order gives.',
  ].join('\n'),
  positionals: { usage: '<annotations.json | folder>...', min: 1, max: Number.MAX_SAFE_INTEGER },
  options: {
    'accept-draft': { type: 'boolean', description: 'load files that still carry the drafter\'s "draft" block (npm run draft)' },
  },
  examples: ['npm run load:batch -- test/fixtures/articles'],
} as const satisfies CommandSpec;

/** The annotation files named: files as given, folders as their *.json files sorted by name. */
function batchFiles(paths: string[]): ArticleFiles[] {
  return paths.flatMap((given) => {
    if (!fs.statSync(given, { throwIfNoEntry: false })?.isDirectory()) return [{ annotations: given }];
    const names = fs
      .readdirSync(given)
      .filter((name) => name.endsWith('.json'))
      .sort();
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
  return withStore(config, async (db) => {
    const started = Date.now();
    const results = await loadArticles(db, files, {
      ...options,
      onResult: (result) => {
        if ('summary' in result) process.stdout.write(`${formatSummaryLine(result.summary)}\n`);
        else process.stderr.write(`${result.error.message}\n`);
      },
    });
    const seconds = (Date.now() - started) / 1000;
    const loaded = results.filter((result) => 'summary' in result).length;
    process.stdout.write(
      `loaded ${loaded} of ${files.length} articles in ${seconds.toFixed(1)} s (${(loaded / seconds).toFixed(1)} articles/s)\n`,
    );
    return loaded === files.length ? 0 : 1;
  });
}

if (require.main === module) {
  main(loadBatchCommand, (values, paths) => runLoadBatch(paths.map(fromWhereTyped), { acceptDraft: values['accept-draft'] ?? false }));
}

import { main, type CommandSpec } from '../command';
import { loadConfig } from '../config';
import { UsageError } from '../errors';
import { unloadArticle } from '../ingest';
import { withStore } from './store';

export const unloadCommand = {
  name: 'unload',
  summary: [
    'Removes one article in one transaction: its assertions about nodes, its evidence for facts, the facts and nodes no',
    'other article states, and the Article itself; the values other articles give are shown again. An article that is',
    'not in the graph is exit status 1.',
  ].join('\n'),
  positionals: { usage: '<articleId>', min: 1, max: 1 },
  options: {},
  examples: ['npm run unload -- article:us-hamas-direct-talks'],
} as const satisfies CommandSpec;

const articleId = /^article:[a-z0-9]+(-[a-z0-9]+)*$/;

/** Unloads one article by id and prints what went; returns the exit status. */
export async function runUnload(article: string): Promise<number> {
  if (!articleId.test(article)) throw new UsageError(`expected an article id such as article:us-hamas-direct-talks, got "${article}"`);
  const config = loadConfig();
  return withStore(config, async (db) => {
    const summary = await unloadArticle(db, article);
    if (!summary.found) {
      process.stderr.write(`${article} is not in the graph: nothing to unload\n`);
      return 1;
    }
    const { removed } = summary;
    process.stdout.write(
      `unloaded ${article} in ${summary.milliseconds} ms: removed ${removed.mentions} mentions, ${removed.relationships} fact records, ${removed.nodes} nodes no other article mentions\n`,
    );
    return 0;
  });
}

if (require.main === module) main(unloadCommand, (_values, [article = '']) => runUnload(article));

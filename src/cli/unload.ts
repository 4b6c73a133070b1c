import { loadConfig } from '../config';
import { applySchema, connect } from '../db';
import { unloadArticle } from '../ingest';
import { runCli } from './load';
import { log } from './log';
import { onShutdown } from './shutdown';

const usage = `usage: npm run unload -- <articleId>
  Removes one article in one transaction: its assertions about nodes, its evidence for facts, the facts and nodes
  no other article states, and the Article itself; the values other articles give are shown again. Exit status:
  0 unloaded, 1 not in the graph or failed, 2 usage.`;

/** Unloads one article by id and prints what went; returns the exit status. */
export async function runUnload(article: string): Promise<number> {
  const connection = await connect(loadConfig(), log);
  onShutdown(() => connection.close());
  try {
    await applySchema(connection.db);
    const summary = await unloadArticle(connection.db, article);
    if (!summary.found) {
      process.stderr.write(`${article} is not in the graph: nothing to unload\n`);
      return 1;
    }
    const { removed } = summary;
    process.stdout.write(
      `unloaded ${article} in ${summary.milliseconds} ms: removed ${removed.mentions} mentions, ${removed.relationships} fact records, ${removed.nodes} nodes no other article mentions\n`,
    );
    return 0;
  } finally {
    await connection.close();
  }
}

if (require.main === module) {
  const args = process.argv.slice(2);
  if (args.length === 1 && (args[0] === '-h' || args[0] === '--help')) {
    process.stdout.write(`${usage}\n`);
  } else if (args.length !== 1 || !/^article:[a-z0-9]+(-[a-z0-9]+)*$/.test(args[0]!)) {
    process.stderr.write(`expected one article id such as article:us-hamas-direct-talks, got ${JSON.stringify(args.join(' '))}\n${usage}\n`);
    process.exitCode = 2;
  } else {
    runCli(() => runUnload(args[0]!));
  }
}

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { median, withScratchDatabase, writeSyntheticArticle } from '../bench';
import { recordStatementTimes, type StatementTimes } from '../bench/statementTimes';
import { main, wholeNumbers, type CommandSpec, type OptionValues } from '../command';
import { cypherDir, QueryLibrary, type Database } from '../db';
import { defaultBatchSize, loadArticle, loadArticles, unloadArticle, type ArticleFiles } from '../ingest';
import { log } from './log';

const rounds = 7;
const warmUpRounds = 10;
const growBatch = 1_000;
/** Articles per batched round: two transactions of defaultBatchSize. */
const batchedArticles = 2 * defaultBatchSize;
const batchedRounds = 3;

/** Loads `articles` with loadArticles (defaultBatchSize to a transaction) and unloads them; returns articles per second. */
async function batchedRate(db: Database, articles: ArticleFiles[], ids: string[]): Promise<number> {
  const started = Date.now();
  const results = await loadArticles(db, articles);
  const seconds = (Date.now() - started) / 1000;
  const failed = results.find((result) => 'error' in result);
  if (failed && 'error' in failed) throw failed.error;
  for (const id of ids) await unloadArticle(db, id);
  return articles.length / seconds;
}

function printStatementTimes(times: StatementTimes): void {
  console.log('\nstatement (sequential loads and unloads at the last stage) | runs | median ms | total ms');
  const rows = [...times].sort((a, b) => b[1].reduce((x, y) => x + y, 0) - a[1].reduce((x, y) => x + y, 0));
  for (const [name, list] of rows) {
    const total = list.reduce((sum, ms) => sum + ms, 0);
    console.log(
      `${name.padEnd(59)} | ${String(list.length).padStart(4)} | ${median(list).toFixed(1).padStart(9)} | ${total.toFixed(0).padStart(8)}`,
    );
  }
}

export const benchLoadCommand = {
  name: 'bench:load',
  summary: [
    'What loading and unloading articles costs as the graph holds more articles that share their hub nodes, in a',
    'scratch Neo4j of its own (BENCH_NEO4J_PORT, default 7741): per stage, side by side, the median of sequential loads',
    `and unloads of one article, and the articles per second of loads ${defaultBatchSize} to a transaction.`,
  ].join('\n'),
  options: {
    articles: { type: 'string', value: 'N,N,...', description: 'the stages, in articles sharing the hubs (default 1,100,10000)' },
    profile: { type: 'boolean', description: 'also print the time per statement of the sequential loads and unloads at the last stage' },
  },
  examples: ['npm run bench:load -- --articles 1,100,1000 --profile'],
} as const satisfies CommandSpec;

/**
 * `npm run bench:load [-- --articles 1,100,10000] [--profile]`: what loading and unloading articles costs as the
 * graph holds more articles that share their hub nodes. At each stage the graph holds that many articles
 * describing org:hamas and org:united-states and stating the fact between them (the first is loaded for real, the
 * rest grown in the loader's shape by cypher/bench/grow-sources.cypher). Then, side by side: a fresh synthetic
 * article of about 2 KB and 100 facts sharing those hubs is loaded and unloaded `rounds` times one at a time
 * (median, file checks included), and `batchedArticles` others are loaded by loadArticles, several to a
 * transaction (median articles/s of `batchedRounds`). Timed after warm-up rounds: Neo4j's JIT compiles the
 * statements' operators over the first dozen loads, as it has in a long-running `npm start`. `--profile` adds the
 * time per statement of the sequential loads and unloads at the last stage.
 */
async function measure(values: OptionValues<typeof benchLoadCommand.options>): Promise<void> {
  const stages = wholeNumbers('--articles', values.articles ?? '1,100,10000').sort((a, b) => a - b);
  const profile = values.profile ?? false;
  const queries = QueryLibrary.load(['grow-sources'], path.join(cypherDir, 'bench'));
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-load-'));
  const port = Number(process.env.BENCH_NEO4J_PORT ?? 7741);
  try {
    await withScratchDatabase('bench-load', { port, heap: '2g', pageCacheMb: 512 }, log, async (db) => {
      await loadArticle(db, { annotations: writeSyntheticArticle(dir, 0) });
      const timed = { annotations: writeSyntheticArticle(dir, 1) };
      const others = Array.from({ length: batchedArticles }, (_, i) => ({ annotations: writeSyntheticArticle(dir, 2 + i) }));
      const otherIds = others.map((_, i) => `article:bench-${2 + i}`);
      for (let round = 0; round < warmUpRounds; round += 1) {
        await loadArticle(db, timed);
        await unloadArticle(db, 'article:bench-1');
      }
      await batchedRate(db, others, otherIds);
      console.log(
        `articles in graph | load: median ms | articles/s | batched (${defaultBatchSize}/transaction): articles/s | unload: median ms`,
      );
      const rows: { stage: number; load: number; unload: number; batched: number }[] = [];
      let filled = 1;
      let times: StatementTimes | undefined;
      for (const stage of stages) {
        for (; filled < stage; filled = Math.min(stage, filled + growBatch)) {
          await db.write(queries.get('grow-sources'), { start: filled, end: Math.min(stage, filled + growBatch) });
        }
        const recorder = profile && stage === stages[stages.length - 1] ? recordStatementTimes(db) : undefined;
        const load: number[] = [];
        const unload: number[] = [];
        for (let round = 0; round < rounds; round += 1) {
          // The whole load, the file checks included; the unload is all database work.
          const started = Date.now();
          await loadArticle(db, timed);
          load.push(Date.now() - started);
          unload.push((await unloadArticle(db, 'article:bench-1')).milliseconds);
        }
        // Recorded only for the sequential loads, whose statements are the ones compared.
        recorder?.stop();
        times = recorder?.times;
        const batched: number[] = [];
        for (let round = 0; round < batchedRounds; round += 1) batched.push(await batchedRate(db, others, otherIds));
        const row = { stage, load: median(load), unload: median(unload), batched: median(batched) };
        rows.push(row);
        console.log(
          `${String(stage).padStart(17)} | ${String(row.load).padStart(16)} | ${(1000 / row.load).toFixed(1).padStart(10)} | ` +
            `${row.batched.toFixed(1).padStart(36)} | ${String(row.unload).padStart(17)}`,
        );
      }
      const base = rows.find((row) => row.stage >= 100) ?? rows[0];
      const last = rows.at(-1);
      if (!base || !last) return;
      console.log(
        `ratio ${last.stage} / ${base.stage} articles: load ${(last.load / base.load).toFixed(2)}x, unload ${(last.unload / base.unload).toFixed(2)}x, ` +
          `batched articles/s ${(last.batched / base.batched).toFixed(2)}x`,
      );
      if (times) printStatementTimes(times);
    });
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

if (require.main === module) main(benchLoadCommand, measure);

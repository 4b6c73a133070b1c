import path from 'node:path';
import { withScratchDatabase } from '../bench';
import { cypherDir, QueryLibrary } from '../db';
import { prepareArticle, seedFiles, writeArticle } from '../ingest';
import { log } from './log';

const hubDegrees = [0, 100_000, 300_000];
const rounds = 5;

function median(values: number[]): number {
  return [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;
}

/**
 * `npm run bench:load`: how loading an article costs as the nodes it mentions gather relationships from other
 * articles. Grows org:hamas stage by stage in a scratch Neo4j and times, at every stage in one run, a first load of
 * the seed article and a reload of it (which looks for stale facts to remove).
 */
async function main(): Promise<void> {
  const queries = QueryLibrary.load(['grow-hub', 'remove-article'], path.join(cypherDir, 'bench'));
  await withScratchDatabase('bench-load', { port: 7741, heap: '2g', pageCacheMb: 512 }, log, async (db) => {
    const seed = prepareArticle(seedFiles);
    await writeArticle(db, seed);
    console.log('org:hamas relationships | first load: median ms | reload: median ms');
    let degree = 0;
    for (const target of hubDegrees) {
      for (; degree < target; degree += 50_000) {
        await db.write(queries.get('grow-hub'), { id: 'org:hamas', start: degree, end: Math.min(target, degree + 50_000) });
      }
      const first: number[] = [];
      const reload: number[] = [];
      for (let round = 0; round < rounds; round += 1) {
        await db.write(queries.get('remove-article'), { article: seed.params.article.id });
        first.push((await writeArticle(db, seed)).milliseconds);
        reload.push((await writeArticle(db, seed)).milliseconds);
      }
      console.log(`${String(target).padStart(23)} | ${String(median(first)).padStart(20)} | ${String(median(reload)).padStart(16)}`);
    }
  });
}

main().catch((error: unknown) => {
  log(`bench:load failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});

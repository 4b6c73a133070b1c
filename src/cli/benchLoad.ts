import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { median, withScratchDatabase, writeSyntheticArticle } from '../bench';
import { main, wholeNumbers, type CommandSpec, type OptionValues } from '../command';
import { cypherDir, QueryLibrary } from '../db';
import { loadArticle, unloadArticle } from '../ingest';
import { log } from './log';

const rounds = 7;
const batch = 1_000;

export const benchLoadCommand = {
  name: 'bench:load',
  summary: [
    'What loading and unloading one article costs as the graph holds more articles that share its hub nodes, in a',
    'scratch Neo4j of its own (BENCH_NEO4J_PORT, default 7741): medians per stage, side by side.',
  ].join('\n'),
  options: {
    articles: { type: 'string', value: 'N,N,...', description: 'the stages, in articles sharing the hubs (default 1,100,10000)' },
  },
  examples: ['npm run bench:load -- --articles 1,100,1000'],
} as const satisfies CommandSpec;

/**
 * `npm run bench:load [-- --articles 1,100,10000]`: what loading and unloading one article costs as the graph
 * holds more articles that share its hub nodes. At each stage the graph holds that many articles describing
 * org:hamas and org:united-states and stating the fact between them (the first is loaded for real, the rest grown
 * in the loader's shape by cypher/bench/grow-sources.cypher); a fresh synthetic article of about 2 KB and 100 facts
 * sharing those hubs is then loaded and unloaded `rounds` times, and the medians printed side by side.
 */
async function measure(values: OptionValues<typeof benchLoadCommand.options>): Promise<void> {
  const stages = wholeNumbers('--articles', values.articles ?? '1,100,10000').sort((a, b) => a - b);
  const queries = QueryLibrary.load(['grow-sources'], path.join(cypherDir, 'bench'));
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-load-'));
  const port = Number(process.env.BENCH_NEO4J_PORT ?? 7741);
  try {
    await withScratchDatabase('bench-load', { port, heap: '2g', pageCacheMb: 512 }, log, async (db) => {
      await loadArticle(db, { annotations: writeSyntheticArticle(dir, 0) });
      const timed = { annotations: writeSyntheticArticle(dir, 1) };
      // Warm-up: plans compiled and caches filled before anything is timed.
      for (let round = 0; round < 3; round += 1) {
        await loadArticle(db, timed);
        await unloadArticle(db, 'article:bench-1');
      }
      console.log('articles in graph | load: median ms | articles/s | unload: median ms');
      const rows: Array<{ stage: number; load: number; unload: number }> = [];
      let filled = 1;
      for (const stage of stages) {
        for (; filled < stage; filled = Math.min(stage, filled + batch)) {
          await db.write(queries.get('grow-sources'), { start: filled, end: Math.min(stage, filled + batch) });
        }
        const load: number[] = [];
        const unload: number[] = [];
        for (let round = 0; round < rounds; round += 1) {
          // The whole load, the file checks included; the unload is all database work.
          const started = Date.now();
          await loadArticle(db, timed);
          load.push(Date.now() - started);
          unload.push((await unloadArticle(db, 'article:bench-1')).milliseconds);
        }
        rows.push({ stage, load: median(load), unload: median(unload) });
        const row = rows[rows.length - 1]!;
        console.log(`${String(stage).padStart(17)} | ${String(row.load).padStart(16)} | ${(1000 / row.load).toFixed(1).padStart(10)} | ${String(row.unload).padStart(18)}`);
      }
      const base = rows.find((row) => row.stage >= 100) ?? rows[0]!;
      const last = rows[rows.length - 1]!;
      console.log(`ratio ${last.stage} / ${base.stage} articles: load ${(last.load / base.load).toFixed(2)}x, unload ${(last.unload / base.unload).toFixed(2)}x`);
    });
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

if (require.main === module) main(benchLoadCommand, measure);

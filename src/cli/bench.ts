import { growSyntheticGraph, timeWorkload, withScratchDatabase, workloads, type GraphSize, type Timing } from '../bench';
import { loadArticle, seedFiles } from '../ingest';
import { log } from './log';

const usage = 'usage: npm run bench -- [--events 10000,100000,1000000] [--actors 10000] [--runs 15] [--port 7740]';

function option(name: string, fallback: string): string {
  const at = process.argv.indexOf(name);
  return at === -1 ? fallback : (process.argv[at + 1] ?? '');
}

function counts(text: string, name: string): number[] {
  const values = text.split(',').map(Number);
  if (values.length === 0 || values.some((value) => !Number.isInteger(value) || value < 1)) {
    throw new Error(`${name}: expected whole numbers above 0 separated by commas, got "${text}"\n${usage}`);
  }
  return values;
}

/**
 * `npm run bench`: the scale benchmark. Grows a synthetic graph (seed article included) stage by stage in a
 * scratch Neo4j of its own and times the API's and researchers' queries at every stage in the same run, so the
 * ratio between the largest and the smallest stage shows whether a query's cost grows with the graph.
 */
async function main(): Promise<void> {
  const stages = counts(option('--events', '10000,100000,1000000'), '--events').sort((a, b) => a - b);
  const [actors = 0] = counts(option('--actors', '10000'), '--actors');
  const [runs = 0] = counts(option('--runs', '15'), '--runs');
  // Several benchmarks may share a machine, each on a port of its own.
  const [port = 0] = counts(option('--port', '7740'), '--port');
  await withScratchDatabase('bench', { port, heap: '4g', pageCacheMb: 2048 }, log, async (db) => {
    await loadArticle(db, seedFiles);
    const results = new Map<string, Timing[]>();
    let size: GraphSize = { actors: 0, articles: 0, events: 0 };
    for (const events of stages) {
      const target = { actors, articles: Math.max(1, Math.ceil(events / 10)), events };
      const started = Date.now();
      log(`growing the synthetic graph to ${events.toLocaleString('en')} events, ${target.articles.toLocaleString('en')} articles, ${actors.toLocaleString('en')} organizations`);
      await growSyntheticGraph(db, size, target, log);
      await db.schema('CALL db.awaitIndexes(600)');
      log(`  grown in ${((Date.now() - started) / 1000).toFixed(0)} s; timing ${workloads.length} queries, ${runs} runs each`);
      size = target;
      for (const workload of workloads) {
        const timing = await timeWorkload(db, workload, runs);
        results.set(workload.name, [...(results.get(workload.name) ?? []), timing]);
      }
    }
    printTable(stages, results);
  });
}

function printTable(stages: number[], results: Map<string, Timing[]>): void {
  const header = ['query', ...stages.map((events) => `${events.toLocaleString('en')} events: median / p90 ms (rows)`), 'ratio largest/smallest (median)'];
  const rows = [...results].map(([name, timings]) => {
    const first = timings[0]?.medianMs ?? NaN;
    const last = timings[timings.length - 1]?.medianMs ?? NaN;
    return [name, ...timings.map((t) => `${t.medianMs.toFixed(1)} / ${t.p90Ms.toFixed(1)} (${t.rows})`), (last / first).toFixed(2)];
  });
  const widths = header.map((_, column) => Math.max(...[header, ...rows].map((row) => (row[column] ?? '').length)));
  for (const row of [header, ...rows]) console.log(row.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join(' | '));
}

main().catch((error: unknown) => {
  log(`bench failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});

import { growSyntheticGraph, timeWorkload, withScratchDatabase, workloads, type GraphSize, type Timing } from '../bench';
import { main, wholeNumber, wholeNumbers, type CommandSpec, type OptionValues } from '../command';
import { loadArticle, seedFiles } from '../ingest';
import { log } from './log';

export const benchCommand = {
  name: 'bench',
  summary: [
    "The scale benchmark: grows a synthetic graph stage by stage in a scratch Neo4j of its own and times the API's and",
    "researchers' queries at every stage, side by side with the ratio of the largest stage to the smallest.",
  ].join('\n'),
  options: {
    events: { type: 'string', value: 'N,N,...', description: 'the stages, in events (default 10000,100000,1000000)' },
    actors: { type: 'string', value: 'N', description: 'organizations in the synthetic graph (default 10000)' },
    runs: { type: 'string', value: 'N', description: 'timed runs of each query per stage (default 15)' },
    port: { type: 'string', value: 'N', description: "the scratch Neo4j's Bolt port (default 7740)" },
  },
  examples: ['npm run bench -- --events 10000,100000 --runs 5'],
} as const satisfies CommandSpec;

/**
 * `npm run bench`: the scale benchmark. Grows a synthetic graph (seed article included) stage by stage in a
 * scratch Neo4j of its own and times the API's and researchers' queries at every stage in the same run, so the
 * ratio between the largest and the smallest stage shows whether a query's cost grows with the graph.
 */
async function measure({
  events = '10000,100000,1000000',
  actors: actorsText = '10000',
  runs: runsText = '15',
  port: portText = '7740',
}: OptionValues<typeof benchCommand.options>): Promise<void> {
  const stages = wholeNumbers('--events', events).sort((a, b) => a - b);
  const actors = wholeNumber('--actors', actorsText, 1);
  const runs = wholeNumber('--runs', runsText, 1);
  // Several benchmarks may share a machine, each on a port of its own.
  const port = wholeNumber('--port', portText, 1);
  await withScratchDatabase('bench', { port, heap: '4g', pageCacheMb: 2048 }, log, async (db) => {
    await loadArticle(db, seedFiles);
    const results = new Map<string, Timing[]>();
    let size: GraphSize = { actors: 0, articles: 0, events: 0 };
    for (const events of stages) {
      const target = { actors, articles: Math.max(1, Math.ceil(events / 10)), events };
      const started = Date.now();
      log(
        `growing the synthetic graph to ${events.toLocaleString('en')} events, ${target.articles.toLocaleString('en')} articles, ${actors.toLocaleString('en')} organizations`,
      );
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
  const header = [
    'query',
    ...stages.map((events) => `${events.toLocaleString('en')} events: median / p90 ms (rows)`),
    'ratio largest/smallest (median)',
  ];
  const rows = [...results].map(([name, timings]) => {
    const first = timings[0]?.medianMs ?? NaN;
    const last = timings[timings.length - 1]?.medianMs ?? NaN;
    return [name, ...timings.map((t) => `${t.medianMs.toFixed(1)} / ${t.p90Ms.toFixed(1)} (${t.rows})`), (last / first).toFixed(2)];
  });
  const widths = header.map((_, column) => Math.max(...[header, ...rows].map((row) => (row[column] ?? '').length)));
  for (const row of [header, ...rows]) console.log(row.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join(' | '));
}

if (require.main === module) main(benchCommand, measure);

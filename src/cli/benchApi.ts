import path from 'node:path';
import {
  apiWorkloads,
  baselineVariant,
  growTo,
  keptStore,
  runApiBench,
  writeApiReport,
  withKeptDatabase,
  type WorkloadResult,
} from '../bench';
import { main, wholeNumber, wholeNumbers, type CommandSpec, type OptionValues } from '../command';
import { projectRoot } from '../config';
import { log } from './log';

export const benchApiCommand = {
  name: 'bench:api',
  summary: [
    'The API end to end (issue 13): for each graph size, grows a kept synthetic store (.neo4j/bench-api-<events>), serves',
    'the real GraphQL server on it, sends each workload over HTTP interleaved with its hand-written statement',
    '(cypher/bench/hand-*.cypher), then a throughput pass; prints the table, writes docs/BENCHMARKS.md and its plot.',
  ].join('\n'),
  options: {
    events: { type: 'string', value: 'N,N,...', description: 'the graph sizes, in events (default 100000,1000000)' },
    actors: { type: 'string', value: 'N', description: 'organizations in the synthetic graph (default 10000)' },
    runs: { type: 'string', value: 'N', description: 'interleaved rounds timed per size (default 200)' },
    warmup: { type: 'string', value: 'N', description: 'rounds run first and not timed (default 20)' },
    seconds: { type: 'string', value: 'N', description: 'length of each throughput run; 0 leaves the pass out (default 10)' },
    connections: { type: 'string', value: 'N', description: 'connections of the throughput pass (default 16)' },
    workloads: { type: 'string', value: 'N,N,...', description: `which workloads, numbered 1 to ${apiWorkloads.length} (default all)` },
    port: { type: 'string', value: 'N', description: "the bench Neo4j's Bolt port (default 7741)" },
    'http-port': { type: 'string', value: 'N', description: "the first API server's port, the next for the others (default 0: any free)" },
    baseline: {
      type: 'string',
      value: 'DIR',
      description: 'a built checkout of another revision, served beside this one as "API at <revision>" (before/after in one run)',
    },
  },
  examples: [
    'npm run bench:api -- --events 100000 --runs 50 --seconds 5',
    'git worktree add /tmp/before HEAD~3 && (cd /tmp/before && npm ci && node scripts/build.js) && npm run bench:api -- --baseline /tmp/before',
  ],
} as const satisfies CommandSpec;

async function measure(options: OptionValues<typeof benchApiCommand.options>): Promise<void> {
  const sizes = wholeNumbers('--events', options.events ?? '100000,1000000').sort((a, b) => a - b);
  const actors = wholeNumber('--actors', options.actors ?? '10000', 1);
  const workloads = wholeNumbers('--workloads', options.workloads ?? apiWorkloads.map((_, index) => index + 1).join(',')).map((number) => {
    const workload = apiWorkloads[number - 1];
    if (!workload) throw new Error(`--workloads: expected numbers from 1 to ${apiWorkloads.length}, got ${number}`);
    return workload;
  });
  const settings = {
    runs: wholeNumber('--runs', options.runs ?? '200', 1),
    warmup: wholeNumber('--warmup', options.warmup ?? '20', 0),
    seconds: wholeNumber('--seconds', options.seconds ?? '10', 0),
    connections: wholeNumber('--connections', options.connections ?? '16', 1),
    httpPort: wholeNumber('--http-port', options['http-port'] ?? '0', 0),
  };
  const port = wholeNumber('--port', options.port ?? '7741', 1);
  const baseline = options.baseline === undefined ? undefined : await baselineVariant(path.resolve(options.baseline));
  const results: WorkloadResult[] = [];
  for (const events of sizes) {
    await withKeptDatabase(keptStore(events, log), { port, heap: '3g', pageCacheMb: 2048 }, log, async (db) => {
      await growTo(db, { actors, articles: Math.max(1, Math.ceil(events / 10)), events }, log);
      results.push(...(await runApiBench(db, workloads, events, settings, log, baseline)));
    });
  }
  const command = `npm run bench:api -- ${process.argv.slice(2).join(' ')}`.trim();
  const { table } = writeApiReport(results, { command, settings, docsDir: path.join(projectRoot, 'docs') });
  console.log(table);
}

if (require.main === module) main(benchApiCommand, measure);

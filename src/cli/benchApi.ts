import path from 'node:path';
import { apiWorkloads, growTo, keptStore, runApiBench, writeApiReport, withKeptDatabase, type WorkloadResult } from '../bench';
import { projectRoot } from '../config';
import { log } from './log';

const usage =
  'usage: npm run bench:api -- [--events 100000,1000000] [--actors 10000] [--runs 200] [--warmup 20] [--seconds 10] [--connections 16] [--port 7741] [--http-port 0] [--workloads 1,2]';

function option(name: string, fallback: string): string {
  const at = process.argv.indexOf(name);
  return at === -1 ? fallback : (process.argv[at + 1] ?? '');
}

function counts(name: string, fallback: string, min = 1): number[] {
  const text = option(name, fallback);
  const values = text.split(',').map(Number);
  if (values.some((value) => !Number.isInteger(value) || value < min)) {
    throw new Error(`${name}: expected whole numbers of at least ${min} separated by commas, got "${text}"\n${usage}`);
  }
  return values;
}

const one = (name: string, fallback: string, min = 1) => counts(name, fallback, min)[0] ?? min;

/**
 * `npm run bench:api`: the API end to end (issue 13). For each graph size, grows a kept synthetic store
 * (.neo4j/bench-api-<events>), serves the real GraphQL server on it, and sends each workload's GraphQL request
 * over HTTP interleaved with its hand-written statement (cypher/bench/hand-*.cypher); then a throughput pass.
 * Prints the table and writes docs/BENCHMARKS.md and docs/bench-api-latency.svg.
 */
async function main(): Promise<void> {
  const sizes = counts('--events', '100000,1000000').sort((a, b) => a - b);
  const actors = one('--actors', '10000');
  const chosen = counts('--workloads', apiWorkloads.map((_, index) => index + 1).join(','));
  const workloads = chosen.map((number) => {
    const workload = apiWorkloads[number - 1];
    if (!workload) throw new Error(`--workloads: expected numbers from 1 to ${apiWorkloads.length}, got ${number}\n${usage}`);
    return workload;
  });
  const settings = {
    runs: one('--runs', '200'),
    warmup: one('--warmup', '20', 0),
    seconds: one('--seconds', '10', 0),
    connections: one('--connections', '16'),
    httpPort: one('--http-port', '0', 0),
  };
  const port = one('--port', '7741');
  const results: WorkloadResult[] = [];
  for (const events of sizes) {
    await withKeptDatabase(keptStore(events, log), { port, heap: '3g', pageCacheMb: 2048 }, log, async (db) => {
      await growTo(db, { actors, articles: Math.max(1, Math.ceil(events / 10)), events }, log);
      results.push(...(await runApiBench(db, workloads, events, settings, log)));
    });
  }
  const command = `npm run bench:api -- ${process.argv.slice(2).join(' ')}`.trim();
  const { table } = writeApiReport(results, { command, settings, docsDir: path.join(projectRoot, 'docs') });
  console.log(table);
}

main().catch((error: unknown) => {
  log(`bench:api failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});

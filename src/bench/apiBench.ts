import autocannon from 'autocannon';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { loadConfig, type Config } from '../config';
import { cypherDir, QueryLibrary, type Database, type Params, type Statement } from '../db';
import type { RequestTiming } from '../graphql';
import { startGraphqlServer, type GraphqlServer, type ServerOptions } from '../server';
import { latency, mean, type WorkloadResult } from './apiReport';
import { answerIds, type ApiWorkload } from './apiWorkloads';

type Timing = RequestTiming & { totalMs: number };

/** A server variant measured side by side with the others in one run, on a server of its own over the same database. */
interface ApiVariant {
  label: string;
  start(db: Database, config: Config, options: ServerOptions): Promise<GraphqlServer>;
}

const thisBuild = (label: string, variantOptions: ServerOptions): ApiVariant => ({
  label,
  start: (db, config, options) => startGraphqlServer(db, QueryLibrary.load(), config, { ...variantOptions, ...options }),
});

const apiVariants: ApiVariant[] = [
  thisBuild('API', {}),
  thisBuild('API, graphql-js executor', { executor: 'graphql-js' }),
  thisBuild('API, no look-ahead', { lookAhead: false }),
];

/**
 * The server of another checkout of this repository (`dir`, built with `node scripts/build.js`), with its own
 * resolvers and query files, over this run's database: before/after figures of a change in one run, under the same
 * load and caches, rather than from two runs of a shared machine. Its server and database modules must keep this
 * build's interfaces (startGraphqlServer, QueryLibrary.load, the Database it is given), as recent revisions do.
 */
export async function baselineVariant(dir: string): Promise<ApiVariant> {
  const built = path.join(dir, 'dist', 'src');
  if (!fs.existsSync(path.join(built, 'server', 'index.js')))
    throw new Error(`--baseline: ${dir} has no built server (dist/src/server/index.js): run node scripts/build.js there first`);
  const revision = execFileSync('git', ['-C', dir, 'rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim();
  const server = (await import(path.join(built, 'server', 'index.js'))) as typeof import('../server');
  const queries = (await import(path.join(built, 'db', 'index.js'))) as typeof import('../db');
  return {
    label: `API at ${revision}`,
    start: (db, config, options) => server.startGraphqlServer(db, queries.QueryLibrary.load(), config, options),
  };
}

/** The server under test as the benchmark drives it: its GraphQL URL, and the timing of the request it answered last. */
export interface ServedApi {
  /** Which variant of the server this is (the table's row label), e.g. with look-ahead off. */
  label: string;
  url: string;
  lastTiming(): Timing | undefined;
}

/**
 * One socket kept open for the latency pass, as a client that sends many requests would keep it. Node's `http`
 * rather than `fetch`: fetch (undici) spent ~0.85 ms more per request on this machine (1.70 vs 0.86 ms p50 for
 * `{ __typename }`), time of the client, not of the server under test.
 */
const keepAlive = new http.Agent({ keepAlive: true, maxSockets: 1 });

function post(url: string, body: string): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const request = http.request(
      url,
      { method: 'POST', agent: keepAlive, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => resolve({ status: response.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8') }));
        response.on('error', reject);
      },
    );
    request.on('error', reject);
    request.end(body);
  });
}

async function ask(url: string, query: string): Promise<{ ms: number; data: unknown }> {
  const started = performance.now();
  const response = await post(url, JSON.stringify({ query }));
  const body = JSON.parse(response.text) as { data?: unknown; errors?: { message: string }[] };
  const ms = performance.now() - started;
  if (response.status !== 200 || body.errors)
    throw new Error(
      `GraphQL request failed (HTTP ${response.status}): ${body.errors?.map((error) => error.message).join('; ') ?? 'no GraphQL errors'}\n${query}`,
    );
  return { ms, data: body.data };
}

/** A statement as a server sent it: its query file and its parameters. */
interface SentStatement {
  query: Statement;
  params: Params;
}

/**
 * The database as the servers see it, keeping the statements they read while `record` waits on a request: the latency
 * pass sends the API's own statements again, alone, through the driver, to tell the statements' time from the
 * GraphQL layer's. A Proxy, so that every other member is the database's own, used on the database itself.
 */
function recordingDatabase(db: Database): { db: Database; record(request: () => Promise<unknown>): Promise<SentStatement[]> } {
  let sink: SentStatement[] | null = null;
  const recorder = new Proxy(db, {
    get(target, property) {
      if (property === 'read')
        return (query: Statement, params: Params = {}) => {
          sink?.push({ query, params });
          return target.read(query, params);
        };
      const value: unknown = Reflect.get(target, property, target);
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
    },
  });
  return {
    db: recorder,
    async record(request) {
      const sent: SentStatement[] = [];
      sink = sent;
      try {
        await request();
      } finally {
        sink = null;
      }
      return sent;
    },
  };
}

/** The statements one request sent, one after another in the order the server sent them, through the driver. */
async function statementsRun(db: Database, sent: readonly SentStatement[]): Promise<number> {
  const started = performance.now();
  for (const { query, params } of sent) await db.read(query, params);
  return performance.now() - started;
}

async function handRun(db: Database, hand: QueryLibrary, workload: ApiWorkload): Promise<{ ms: number; rows: unknown }> {
  const started = performance.now();
  const rows = await db.read(hand.get(workload.hand), workload.params);
  return { ms: performance.now() - started, rows };
}

/** What the first request of each workload found: whether both sides held the same ids, and the difference if not. */
export interface Agreement {
  agrees: boolean;
  onlyApi: string[];
  onlyHand: string[];
}

/** Compares the ids of one GraphQL answer with the ids of the hand statement's rows. */
export async function compareAnswers(api: ServedApi, db: Database, hand: QueryLibrary, workload: ApiWorkload): Promise<Agreement> {
  const [fromApi, fromHand] = [answerIds((await ask(api.url, workload.query)).data), answerIds((await handRun(db, hand, workload)).rows)];
  const handSet = new Set(fromHand);
  const apiSet = new Set(fromApi);
  const onlyApi = fromApi.filter((id) => !handSet.has(id));
  const onlyHand = fromHand.filter((id) => !apiSet.has(id));
  return { agrees: onlyApi.length === 0 && onlyHand.length === 0, onlyApi, onlyHand };
}

/** The cheapest request the server answers, `{ __typename }`: HTTP, Apollo's pipeline and the plugins, no resolver. */
const floorQuery = '{ __typename }';

/**
 * One request at a time, interleaved: each round sends `{ __typename }` to the first server, then every workload's
 * GraphQL request to each server, its hand statement, and the statements the first server sent for it (`sent`),
 * alone, so all meet the same caches and the same neighbours' load. `warmup` rounds first are not counted.
 */
async function measureLatency(
  apis: readonly [ServedApi, ...ServedApi[]],
  db: Database,
  hand: QueryLibrary,
  workloads: readonly ApiWorkload[],
  sent: readonly (readonly SentStatement[])[],
  events: number,
  runs: number,
  warmup: number,
): Promise<WorkloadResult[]> {
  const floor: number[] = [];
  const samples = workloads.map(() => ({
    hand: [] as number[],
    alone: [] as number[],
    apis: apis.map(() => ({ times: [] as number[], timings: [] as Timing[] })),
  }));
  for (let round = 0; round < warmup + runs; round += 1) {
    const counted = round >= warmup;
    const floorMs = (await ask(apis[0].url, floorQuery)).ms;
    if (counted) floor.push(floorMs);
    for (const [index, workload] of workloads.entries()) {
      const sample = samples[index];
      for (const [which, api] of apis.entries()) {
        const apiMs = (await ask(api.url, workload.query)).ms;
        const timing = api.lastTiming();
        if (!counted) continue;
        sample?.apis[which]?.times.push(apiMs);
        if (timing) sample?.apis[which]?.timings.push(timing);
      }
      const handMs = (await handRun(db, hand, workload)).ms;
      const aloneMs = await statementsRun(db, sent[index] ?? []);
      if (!counted) continue;
      sample?.hand.push(handMs);
      sample?.alone.push(aloneMs);
    }
  }
  const results: WorkloadResult[] = [];
  for (const [index, workload] of workloads.entries()) {
    for (const [which, api] of apis.entries()) {
      const sample = samples[index];
      const measured = sample?.apis[which] ?? { times: [], timings: [] };
      const result = await summarise(api, db, hand, workload, events, measured.times, sample?.hand ?? [], measured.timings);
      // The split is the first server's: its statements were the ones sent alone.
      results.push(which === 0 ? { ...result, alone: latency(sample?.alone ?? []), floor: latency(floor) } : result);
    }
  }
  return results;
}

async function summarise(
  api: ServedApi,
  db: Database,
  hand: QueryLibrary,
  workload: ApiWorkload,
  events: number,
  apiTimes: number[],
  handTimes: number[],
  timings: Timing[],
): Promise<WorkloadResult> {
  const agreement = await compareAnswers(api, db, hand, workload);
  return {
    workload: workload.name,
    variant: api.label,
    events,
    api: latency(apiTimes),
    hand: latency(handTimes),
    statements: Math.max(0, ...timings.map((timing) => timing.statements)),
    agrees: agreement.agrees,
    split: {
      parseValidate: mean(timings.map((timing) => timing.parseValidateMs)),
      execute: mean(timings.map((timing) => timing.executeMs)),
      database: mean(timings.map((timing) => timing.databaseMs)),
      serialiseHttp: mean(timings.map((timing) => timing.totalMs - timing.parseValidateMs - timing.executeMs)),
    },
  };
}

/** req/s and p99 (ms) of one throughput run. */
export interface Throughput {
  rps: number;
  p99: number;
}

/** autocannon on loopback: `connections` clients send the workload's GraphQL request for `seconds`. */
function apiThroughput(url: string, workload: ApiWorkload, connections: number, seconds: number): Promise<Throughput> {
  return new Promise((resolve, reject) => {
    autocannon(
      {
        url,
        connections,
        duration: seconds,
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: workload.query }),
      },
      (error, result) => {
        if (error) reject(error instanceof Error ? error : new Error(String(error)));
        else if (result.errors + result.timeouts + result.non2xx > 0)
          reject(new Error(`${workload.name}: ${result.errors} errors, ${result.timeouts} timeouts, ${result.non2xx} non-2xx under load`));
        else resolve({ rps: result.requests.average, p99: result.latency.p99 });
      },
    );
  });
}

/** The hand statement under the same load: `connections` loops each running it back to back for `seconds`. */
async function handThroughput(
  db: Database,
  hand: QueryLibrary,
  workload: ApiWorkload,
  connections: number,
  seconds: number,
): Promise<Throughput> {
  const times: number[] = [];
  const until = performance.now() + seconds * 1000;
  await Promise.all(
    Array.from({ length: connections }, async () => {
      while (performance.now() < until) times.push((await handRun(db, hand, workload)).ms);
    }),
  );
  return { rps: times.length / seconds, p99: latency(times).p99 };
}

export interface ApiBenchSettings {
  runs: number;
  warmup: number;
  /** Length of each throughput run; 0 leaves the throughput pass out. */
  seconds: number;
  connections: number;
  /** The first server's port (0: any free one); further variants take the ports after it. */
  httpPort: number;
}

/**
 * Serves the API on `db` (the code path of npm start, with the cost limit lifted: the five-level workload asks for
 * more than GRAPHQL_MAX_COST allows) and measures every workload: latency interleaved with the hand statements, then
 * throughput one workload at a time.
 */
export async function runApiBench(
  db: Database,
  workloads: readonly ApiWorkload[],
  events: number,
  settings: ApiBenchSettings,
  log: (line: string) => void,
  baseline?: ApiVariant,
): Promise<WorkloadResult[]> {
  const hand = QueryLibrary.load(
    workloads.map((workload) => workload.hand),
    path.join(cypherDir, 'bench'),
  );
  const config = { ...loadConfig(), maxQueryCost: 0 };
  const recorder = recordingDatabase(db);
  const servers: { api: ServedApi; stop: () => Promise<void> }[] = [];
  try {
    for (const [index, variant] of [...apiVariants, ...(baseline ? [baseline] : [])].entries()) {
      let last: Timing | undefined;
      const port = settings.httpPort === 0 ? 0 : settings.httpPort + index;
      const server = await variant.start(
        recorder.db,
        { ...config, http: { host: '127.0.0.1', port } },
        { onTiming: (timing) => (last = timing) },
      );
      servers.push({ api: { label: variant.label, url: server.url, lastTiming: () => last }, stop: () => server.stop() });
    }
    const apis = servers.map((server) => server.api);
    log(
      `${events.toLocaleString('en')} events: ${settings.runs} interleaved rounds of ${workloads.length} workloads (${apis.map((api) => api.label).join(', ')}, hand) after ${settings.warmup} warm-up rounds`,
    );
    const [first, ...others] = apis;
    if (!first) throw new Error('bench:api: no server to measure');
    const sent: SentStatement[][] = [];
    for (const workload of workloads) {
      const recorded = await recorder.record(() => ask(first.url, workload.query));
      // The recording must hold what the server counted, or the statements sent alone are not the request's.
      const counted = first.lastTiming()?.statements;
      if (recorded.length !== counted)
        throw new Error(`${workload.name}: recorded ${recorded.length} statements, the server counted ${String(counted)}`);
      sent.push(recorded);
    }
    const results = await measureLatency([first, ...others], db, hand, workloads, sent, events, settings.runs, settings.warmup);
    const floor = results.find((result) => result.floor)?.floor;
    if (floor) log(`  ${floorQuery} (the request floor): p50 ${floor.p50.toFixed(2)} ms, p95 ${floor.p95.toFixed(2)} ms`);
    if (settings.seconds > 0) {
      log(`  throughput: ${settings.connections} connections, ${settings.seconds} s per workload and side`);
      for (const workload of workloads) {
        // The hand statement once per workload; each server variant beside it.
        const fromHand = await handThroughput(db, hand, workload, settings.connections, settings.seconds);
        for (const result of results.filter((candidate) => candidate.workload === workload.name)) {
          const api = apis.find((candidate) => candidate.label === result.variant);
          if (!api) continue;
          const fromApi = await apiThroughput(api.url, workload, settings.connections, settings.seconds);
          result.throughput = { apiRps: fromApi.rps, apiP99: fromApi.p99, handRps: fromHand.rps, handP99: fromHand.p99 };
        }
      }
    }
    return results;
  } finally {
    keepAlive.destroy();
    for (const server of servers) await server.stop();
  }
}

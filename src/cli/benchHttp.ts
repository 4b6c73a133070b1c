import autocannon from 'autocannon';
import { withSeededApi } from '../bench';
import { main, type CommandSpec } from '../command';
import { log } from './log';

const seconds = Number(process.env.BENCH_SECONDS ?? 10);

export const benchHttpCommand = {
  name: 'bench:http',
  summary: [
    "The API under load over HTTP (autocannon) on the seed: the analysts' query mix at 10, 50 and 200 connections, then",
    'beside an attacker walking hubs just under the cost limit. BENCH_SECONDS (10) per measure.',
  ].join('\n'),
  options: {},
  examples: ['BENCH_SECONDS=5 npm run bench:http'],
} as const satisfies CommandSpec;

/** The analyst query mix: what the README's questions ask, in the proportions a dashboard would. */
const analystMix = [
  '{ timeline(first: 20) { edges { cursor node { id title date { text earliest latest } } } pageInfo { hasNextPage endCursor } } }',
  '{ timeline(from: "2023-10-01", to: "2023-12-31") { edges { placement node { id kind title } } } }',
  '{ search(text: "Boehler") { score entity { __typename id name } } }',
  '{ negotiations(actorId: "person:adam-boehler") { counterpart { ... on Organization { name } } events { id } mediators { actor { ... on Organization { name } } } } }',
  '{ negotiationNetwork { nodes { id degree } edges { source target weight } } }',
  '{ neighborhood(id: "person:adam-boehler", depth: 1) { nodes { id label } edges { type source target } } }',
  '{ entity(id: "person:steve-witkoff") { ... on Person { name roles { title organization { name } } events { role event { id } } } } }',
].map((query) => ({ body: JSON.stringify({ query }) }));

/** The attacker: requests just under the cost limit (walks of a hub), as fast as it can, from 20 connections. */
const attackerRequest = {
  body: JSON.stringify({
    query: `{ ${['a', 'b', 'c'].map((alias) => `${alias}: neighborhood(id: "org:hamas", depth: 3, first: 500) { nodes { id label } edges { source target } }`).join(' ')} }`,
  }),
};

interface Figures {
  rps: number;
  p50: number;
  p99: number;
  errors: number;
  non2xx: number;
}

function run(url: string, connections: number, requests: autocannon.Request[]): Promise<Figures> {
  return new Promise((resolve, reject) => {
    // Method and headers at the top: autocannon applies them to every request of the list, which sets only bodies.
    autocannon(
      { url, connections, duration: seconds, method: 'POST', headers: { 'content-type': 'application/json' }, requests },
      (error, result) => {
        if (error) reject(error instanceof Error ? error : new Error(String(error)));
        else
          resolve({
            rps: result.requests.average,
            p50: result.latency.p50,
            p99: result.latency.p99,
            errors: result.errors + result.timeouts,
            non2xx: result.non2xx,
          });
      },
    );
  });
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
const row = (label: string, figures: Figures) =>
  `${label.padEnd(34)} ${figures.rps.toFixed(0).padStart(7)} req/s  p50 ${String(figures.p50).padStart(5)} ms  p99 ${String(figures.p99).padStart(5)} ms  errors ${figures.errors}  non-2xx ${figures.non2xx}`;

/**
 * `npm run bench:http`: autocannon against the API on loopback (seed loaded), BENCH_SECONDS (10) per run: the
 * analyst mix at 10, 50 and 200 connections, then at 50 connections again while an attacker sends requests just
 * under the cost limit, printed side by side with the ratio of the p99s; the server's RSS before and after.
 */
async function measure(): Promise<void> {
  await withSeededApi(log, async (server) => {
    const rssBefore = process.memoryUsage().rss;
    // Neo4j plans each query once; the first requests would measure planning, not serving.
    await run(server.url, 4, analystMix);
    const lines: string[] = [];
    const byConnections = new Map<number, Figures>();
    for (const connections of [10, 50, 200]) {
      const figures = await run(server.url, connections, analystMix);
      byConnections.set(connections, figures);
      lines.push(row(`analyst mix, ${connections} connections`, figures));
    }
    const [clients, attacker] = await Promise.all([run(server.url, 50, analystMix), run(server.url, 20, [attackerRequest])]);
    lines.push(row('analyst mix, 50 conn., under attack', clients));
    lines.push(row('attacker (3 hub walks), 20 conn.', attacker));
    const quiet = byConnections.get(50);
    const ratio = quiet ? clients.p99 / Math.max(1, quiet.p99) : NaN;
    lines.push(`p99 of the analysts under attack / without: ${ratio.toFixed(2)} (goal: at most 2)`);
    lines.push(`server RSS: ${mb(rssBefore)} before, ${mb(process.memoryUsage().rss)} after`);
    for (const line of lines) console.log(line);
  });
}

if (require.main === module) main(benchHttpCommand, measure);

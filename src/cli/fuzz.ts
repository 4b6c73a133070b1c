import fc from 'fast-check';
import { apiSchema, post, requests, withSeededApi } from '../bench';
import { main, type CommandSpec } from '../command';
import { log } from './log';

const seconds = Number(process.env.FUZZ_SECONDS ?? 60);
/** No request may take longer than this: valid requests on the seed take tens of ms, but a loaded machine stretches them. */
const budgetMs = Number(process.env.FUZZ_BUDGET_MS ?? 5_000);

export const fuzzCommand = {
  name: 'fuzz',
  summary: [
    'Sends random schema-driven operations, valid and broken, to the API on the seed for FUZZ_SECONDS (60) while health',
    'is asked every 250 ms; fails on any INTERNAL_SERVER_ERROR or 5xx, any request over FUZZ_BUDGET_MS (5000), or a',
    'health check that does not answer true within 1 s.',
  ].join('\n'),
  options: {},
  examples: ['FUZZ_SECONDS=30 npm run fuzz'],
} as const satisfies CommandSpec;

const warmUp = [
  '{ timeline { edges { node { id participants { role } } } } }',
  '{ search(text: "Qatar") { entity { id } } }',
  '{ negotiations(actorId: "person:adam-boehler") { events { id } mediators { event { id } } } }',
  '{ negotiationNetwork { edges { source proposals { id } } } }',
  '{ connection(fromId: "person:donald-trump", toId: "org:hamas") { length } }',
  '{ neighborhood(id: "org:hamas", depth: 2) { nodes { id } } }',
  '{ entity(id: "person:steve-witkoff") { ... on Person { roles { title } events { role } proposals { role } statements { statement { id } } claims { claim { id } } evidence { quote } } } }',
];

/**
 * `npm run fuzz`: sends random schema-driven operations, valid and broken, with random (often hostile) arguments
 * and variables, for FUZZ_SECONDS (60), while a second client asks for health every 250 ms. Fails on any
 * INTERNAL_SERVER_ERROR or 5xx, any request over FUZZ_BUDGET_MS (5000), or a health check that does not answer
 * true within 1 s.
 */
async function fuzzApi(): Promise<void> {
  const schema = apiSchema();
  await withSeededApi(log, async (server) => {
    // Neo4j plans each query on first use; plan them all before the clock starts, as a running server has.
    for (const query of warmUp) await post(server.url, { query });
    const codes = new Map<string, number>();
    const latencies: number[] = [];
    const healthLatencies: number[] = [];
    let healthFailures = 0;
    let stop = false;
    const health = (async () => {
      // TypeScript reads this immediately invoked body as if inline, where `stop` is still false; it turns true below.
      // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition
      while (!stop) {
        const answer = await post(server.url, { query: '{ health { ok } }' });
        healthLatencies.push(answer.ms);
        if (answer.ms > 1_000 || !answer.text.includes('"ok":true')) healthFailures += 1;
        await new Promise((resolve) => setTimeout(resolve, 250));
      }
    })();
    let failure: unknown;
    try {
      await fc.assert(
        fc.asyncProperty(requests(schema), async (request) => {
          const answer = await post(server.url, request);
          latencies.push(answer.ms);
          for (const code of answer.codes.length ? answer.codes : ['OK']) codes.set(code, (codes.get(code) ?? 0) + 1);
          if (answer.status >= 500 || answer.codes.includes('INTERNAL_SERVER_ERROR') || answer.codes.includes('NOT_JSON')) {
            throw new Error(`status ${answer.status}, codes ${answer.codes.join(', ')}: ${answer.text.slice(0, 300)}`);
          }
          if (answer.ms > budgetMs) throw new Error(`took ${answer.ms.toFixed(0)} ms, over the ${budgetMs} ms budget`);
        }),
        // Interrupted at the time limit without a failure counts as a pass: the run is as long as asked, not numRuns.
        { numRuns: 10_000_000, plugins: [fc.interruptAfterTimeLimit(seconds * 1_000)] },
      );
    } catch (error) {
      failure = error;
    }
    stop = true;
    await health;
    const sorted = [...latencies].sort((a, b) => a - b);
    const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]?.toFixed(1) ?? '-';
    console.log(
      `fuzz: ${latencies.length} requests in ${seconds} s; latency p50 ${at(0.5)} ms, p99 ${at(0.99)} ms, max ${at(1)} ms (budget ${budgetMs} ms)`,
    );
    console.log(
      `answers by code: ${[...codes]
        .sort((a, b) => b[1] - a[1])
        .map(([code, count]) => `${code} ${count}`)
        .join(', ')}`,
    );
    console.log(
      `health: ${healthLatencies.length} checks, max ${Math.max(...healthLatencies).toFixed(1)} ms, ${healthFailures} slow or not ok`,
    );
    if (failure || healthFailures > 0) {
      const cause = (failure as { cause?: unknown } | undefined)?.cause;
      console.log(`FAILED: ${failure instanceof Error ? failure.message : healthFailures > 0 ? 'health' : String(failure)}`);
      if (cause instanceof Error) console.log(`cause: ${cause.message}`);
      process.exitCode = 1;
    } else {
      console.log('passed: no INTERNAL error, no request over budget, health answered throughout');
    }
  });
}

if (require.main === module) main(fuzzCommand, fuzzApi);

import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { answerIds, apiWorkloads, baselineVariant, compareAnswers, growSyntheticGraph, runApiBench } from '../../src/bench';
import { projectRoot } from '../../src/config';
import { cypherDir, QueryLibrary, type Database } from '../../src/db';
import { loadArticle, seedFiles } from '../../src/ingest';
import { startGraphqlServer, type GraphqlServer } from '../../src/server';
import { testDatabase } from '../support/database';
import { removeSyntheticGraph } from '../support/syntheticGraph';
import { testServerConfig } from '../support/seededServer';

/**
 * npm run bench:api's workloads on a small synthetic graph (1,000 events, 100 organizations): the GraphQL request and
 * the hand-written statement of every workload must hold the same ids, and the statements per request are counted.
 */

let db: Database;
const hand = QueryLibrary.load(
  apiWorkloads.map((workload) => workload.hand),
  path.join(cypherDir, 'bench'),
);
const removeSynthetic = () => removeSyntheticGraph(db);

beforeAll(async () => {
  db = testDatabase();
  await loadArticle(db, seedFiles);
  await removeSynthetic();
  await growSyntheticGraph(db, { actors: 0, articles: 0, events: 0 }, { actors: 100, articles: 100, events: 1_000 }, () => {});
}, 120_000);

afterAll(async () => {
  await removeSynthetic();
  await db.close();
});

describe('bench:api workloads on a small synthetic graph', () => {
  it('give the same ids through the API as through the hand statements, with the statements per request counted', async () => {
    const results = await runApiBench(db, apiWorkloads, 1_000, { runs: 2, warmup: 1, seconds: 1, connections: 2, httpPort: 0 }, () => {});
    const statements = (workload: string, variant: string) =>
      results.find((result) => result.workload === workload && result.variant === variant)?.statements;
    expect([...new Set(results.map((result) => result.variant))]).toEqual(['API', 'API, graphql-js executor', 'API, no look-ahead']);
    expect(results.filter((result) => !result.agrees).map((result) => `${result.workload} (${result.variant})`)).toEqual([]);
    // The executor changes how fields are resolved, not which statements the resolvers send.
    for (const { name } of apiWorkloads)
      expect({ name, statements: statements(name, 'API, graphql-js executor') }).toEqual({ name, statements: statements(name, 'API') });
    // Level by level: the entity, its events, their participants; with look-ahead the three come in one statement
    // (and, five levels deep, the organizations' members with their roles too).
    expect(statements('one entity, its events, their participants', 'API, no look-ahead')).toBe(3);
    expect(statements('one entity, its events, their participants', 'API')).toBe(1);
    expect(statements('five nested levels, 50 per list', 'API, no look-ahead')).toBe(5);
    expect(statements('five nested levels, 50 per list', 'API')).toBe(1);
    // The timeline, the participants, and (without look-ahead) the actor's NOT_FOUND check beside them; with
    // look-ahead the timeline brings the participants and shows the actor exists.
    expect(statements("one actor's events, first 50, with participants", 'API, no look-ahead')).toBe(3);
    expect(statements("one actor's events, first 50, with participants", 'API')).toBe(1);
    expect(statements('one month of events with participants', 'API, no look-ahead')).toBe(2);
    expect(statements('one month of events with participants', 'API')).toBe(1);
    // A found answer shows its starting node exists: the NOT_FOUND check runs only for an empty one.
    for (const workload of ['neighbourhood of a person, depth 1', 'negotiations, rolled up', 'connection, 2 people, 4 hops']) {
      expect({ workload, before: statements(workload, 'API, no look-ahead'), after: statements(workload, 'API') }).toEqual({
        workload,
        before: 2,
        after: 1,
      });
    }
    // The first server's statements were sent again alone, and the request floor beside them; not the others'.
    for (const result of results) {
      const first = result.variant === 'API';
      expect({ variant: result.variant, alone: result.alone !== undefined, floor: result.floor !== undefined }).toEqual({
        variant: result.variant,
        alone: first,
        floor: first,
      });
      if (first) expect(Math.min(result.alone?.p50 ?? 0, result.floor?.p50 ?? 0)).toBeGreaterThan(0);
    }
    for (const result of results) {
      expect(result.api.p50).toBeGreaterThan(0);
      expect(result.hand.p50).toBeGreaterThan(0);
      expect(result.split.execute).toBeGreaterThanOrEqual(result.split.database);
      expect(result.throughput?.apiRps).toBeGreaterThan(0);
      expect(result.throughput?.handRps).toBeGreaterThan(0);
    }
  }, 180_000);

  it('serves a built checkout beside this build as a baseline (here this checkout itself, which must agree), and refuses an unbuilt one', async () => {
    const revision = execFileSync('git', ['-C', projectRoot, 'rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim();
    const baseline = await baselineVariant(projectRoot);
    const workloads = apiWorkloads.slice(0, 2);
    const settings = { runs: 1, warmup: 0, seconds: 0, connections: 1, httpPort: 0 };
    const results = await runApiBench(db, workloads, 1_000, settings, () => {}, baseline);
    expect([...new Set(results.map((result) => result.variant))]).toEqual([
      'API',
      'API, graphql-js executor',
      'API, no look-ahead',
      `API at ${revision}`,
    ]);
    expect(results.filter((result) => !result.agrees).map((result) => `${result.workload} (${result.variant})`)).toEqual([]);
    for (const workload of workloads) {
      const of = (variant: string) => results.find((result) => result.workload === workload.name && result.variant === variant)?.statements;
      expect(of(`API at ${revision}`)).toBe(of('API'));
    }
    const unbuilt = fs.mkdtempSync(path.join(os.tmpdir(), 'no-build-'));
    await expect(baselineVariant(unbuilt)).rejects.toThrow(`--baseline: ${unbuilt} has no built server (dist/src/server/index.js)`);
    fs.rmSync(unbuilt, { recursive: true });
  }, 120_000);

  it('compares answers that hold something: every hand statement finds ids in the synthetic graph', async () => {
    for (const workload of apiWorkloads) {
      const ids = answerIds(await db.read(hand.get(workload.hand), workload.params));
      expect({ workload: workload.name, some: ids.length > 2 }).toEqual({ workload: workload.name, some: true });
    }
    // org:syn-42 takes part in the events numbered 42 mod 100, and in those where 31 i + 17 is 42 mod 100.
    const events = answerIds(await db.read(hand.get('hand-actor-events'), { actorId: 'org:syn-42', limit: 50 })).filter((id) =>
      id.startsWith('event:'),
    );
    const expected = Array.from({ length: 1_000 }, (_, i) => i).filter((i) => i % 100 === 42 || (i * 31 + 17) % 100 === 42);
    expect(events).toHaveLength(expected.length);
  });

  it('tells a hand statement that answers another question apart', async () => {
    let server: GraphqlServer | undefined;
    try {
      server = await startGraphqlServer(db, QueryLibrary.load(), testServerConfig);
      const [actorEvents] = apiWorkloads;
      if (!actorEvents) throw new Error('no workloads');
      const api = { label: 'API', url: server.url, lastTiming: () => undefined };
      expect((await compareAnswers(api, db, hand, actorEvents)).agrees).toBe(true);
      const other = await compareAnswers(api, db, hand, { ...actorEvents, params: { ...actorEvents.params, actorId: 'org:syn-43' } });
      expect(other.agrees).toBe(false);
      expect(other.onlyHand).toContain('org:syn-43');
      expect(other.onlyApi).toContain('org:syn-42');
    } finally {
      await server?.stop();
    }
  });
});

import { loadQueryFile } from '../research';
import type { Database } from '../db';
import { timelineFixedParams } from '../graphql/timelineParams';
import { percentile } from './stats';

/** One query the API or a researcher runs, with parameters aimed at the synthetic graph (merged over the file's example). */
export interface Workload {
  name: string;
  file: string;
  params: Record<string, unknown>;
}

/** The questions DESIGN.md promises stay fast at scale: one actor, one date range, one entity, one pair. */
export const workloads: Workload[] = [
  // One month, each way of matching it: the open-ended events of 1990-91 reach into it, only OVERLAPS lists them.
  {
    name: 'timeline, one month, WITHIN',
    file: 'timeline',
    params: { ...timelineFixedParams, from: '2010-03-01', to: '2010-03-31', match: 'WITHIN', limit: 50 },
  },
  {
    name: 'timeline, one month, STARTS_IN',
    file: 'timeline',
    params: { ...timelineFixedParams, from: '2010-03-01', to: '2010-03-31', match: 'STARTS_IN', limit: 50 },
  },
  {
    name: 'timeline, one month, OVERLAPS',
    file: 'timeline',
    params: { ...timelineFixedParams, from: '2010-03-01', to: '2010-03-31', match: 'OVERLAPS', limit: 50 },
  },
  // The API sends timeline-of-actor.cypher when a timeline names an actor (timeline.cypher's actor branch, no union).
  { name: 'timeline, one actor', file: 'timeline-of-actor', params: { actorId: 'org:syn-42', limit: 50 } },
  { name: 'timeline, first page of all', file: 'timeline', params: { ...timelineFixedParams, limit: 50 } },
  {
    name: 'events of 10 actors (loader)',
    file: 'events-by-actor',
    params: { ids: Array.from({ length: 10 }, (_, i) => `org:syn-${i * 97}`), limit: 50 },
  },
  // org:syn-41 is a party, and person:syn-41 the lead negotiator, of every talks event whose number ends in 41.
  { name: 'negotiations, one org', file: 'negotiations', params: { actorId: 'org:syn-41', rollUp: false, limit: 20, mediators: true } },
  { name: 'negotiations, rolled up', file: 'negotiations', params: { actorId: 'person:syn-41', rollUp: true, limit: 20, mediators: true } },
  { name: 'entity by id', file: 'entities-by-id', params: { ids: ['org:syn-42'] } },
  { name: 'search by name', file: 'search', params: { query: '"Synthetic organization 42"', limit: 10 } },
  { name: 'neighbourhood, depth 1', file: 'neighborhood', params: { id: 'person:syn-42', depth: 1, limit: 100 } },
  // person -> organization -> event <- organization <- person: four hops.
  {
    name: 'connection, 2 people, 4 hops',
    file: 'connection',
    params: { fromId: 'person:syn-1', toId: 'person:syn-2', maxHops: 4, limit: 10 },
  },
];

export interface Timing {
  medianMs: number;
  p90Ms: number;
  rows: number;
}

/** Runs `workload` a few times to warm the caches, then `runs` times, and reports the median and 90th percentile. */
export async function timeWorkload(db: Database, workload: Workload, runs: number): Promise<Timing> {
  const file = loadQueryFile(workload.file);
  const params = { ...file.example, ...workload.params };
  let rows = 0;
  for (let i = 0; i < 3; i += 1) rows = (await db.read(file, params)).length;
  const times: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const started = process.hrtime.bigint();
    await db.read(file, params);
    times.push(Number(process.hrtime.bigint() - started) / 1e6);
  }
  times.sort((a, b) => a - b);
  return { medianMs: percentile(times, 0.5), p90Ms: percentile(times, 0.9), rows };
}

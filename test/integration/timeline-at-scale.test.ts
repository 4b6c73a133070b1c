import { postGraphql } from '../support/http';
import { seededServer } from '../support/seededServer';

/**
 * The timeline and nested lists on a generated graph with more than any page holds: events of every precision
 * spread over decades, many open-ended ones that began in 1990-91 (as undated reporting piles up), a crowded
 * month, undated events, and one actor in more events than any cap. Every answer is checked against a
 * brute-force filter and sort over the same generated data, or a direct count.
 */

const removeGenerated = () =>
  api.db.write(`MATCH (n:Node) WHERE n.id STARTS WITH 'event:generated-' OR n.id = $actor DETACH DELETE n`, { actor: busyActor });

// Declared before seededServer's hooks, so that it runs while the driver is still open (afterAll hooks run in order).
afterAll(removeGenerated);

const api = seededServer();

// Responses are checked field by field; a loose type keeps the tests readable.
type Data = Record<string, any>;

async function ask(query: string, variables: Record<string, unknown> = {}): Promise<Data> {
  const response = await postGraphql(api.server.url, query, variables);
  expect(response.body.errors).toBeUndefined();
  return response.body.data as Data;
}

interface Generated {
  id: string;
  kind: string;
  precision: 'day' | 'month' | 'range' | 'unknown';
  earliest: string | null;
  latest: string | null;
}

// Kinds of their own keep the seed's events (and other files') out of the answers compared here.
const kinds = ['generated attack', 'generated talks'];
const busyActor = 'org:generated-busy';
const firstDay = Date.UTC(1990, 0, 1);
const dayMs = 86_400_000;
const iso = (time: number) => new Date(time).toISOString().slice(0, 10);

/** A fixed pseudo-random sequence (mulberry32), so that every run generates the same graph. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

function generate(): Generated[] {
  const next = random(14);
  const anyDay = () => firstDay + Math.floor(next() * 13_500) * dayMs;
  const events: Generated[] = [];
  const add = (precision: Generated['precision'], earliest: number | null, latest: number | null) =>
    events.push({
      id: `event:generated-${String(events.length).padStart(4, '0')}`,
      kind: kinds[events.length % 2]!,
      precision,
      earliest: earliest === null ? null : iso(earliest),
      latest: latest === null ? null : iso(latest),
    });
  for (let i = 0; i < 700; i += 1) {
    const day = anyDay();
    add('day', day, day);
  }
  for (let i = 0; i < 200; i += 1) {
    const day = new Date(anyDay());
    add('month', Date.UTC(day.getUTCFullYear(), day.getUTCMonth(), 1), Date.UTC(day.getUTCFullYear(), day.getUTCMonth() + 1, 0));
  }
  for (let i = 0; i < 200; i += 1) {
    const day = anyDay();
    add('range', day, day + Math.floor(next() * 800) * dayMs);
  }
  // Open-ended since 1990-91: more than a page of them reach into every later range.
  for (let i = 0; i < 150; i += 1) add('unknown', firstDay + Math.floor(next() * 730) * dayMs, null);
  for (let i = 0; i < 50; i += 1) add('unknown', anyDay(), null);
  // A crowded March 2010, and events that only begin in it or straddle its ends.
  for (let i = 0; i < 70; i += 1) {
    const day = Date.UTC(2010, 2, 1 + Math.floor(next() * 31));
    add('day', day, day);
  }
  for (let i = 0; i < 20; i += 1) add('range', Date.UTC(2010, 2, 20), Date.UTC(2010, 3, 10));
  for (let i = 0; i < 20; i += 1) add('range', Date.UTC(2010, 1, 10), Date.UTC(2010, 2, 5));
  for (let i = 0; i < 30; i += 1) add('unknown', null, null);
  return events;
}

const events = generate();
// The busy actor takes part in every fourth event, and in every fortieth a second time, in another role.
const participations = events.flatMap((event, index) => [
  ...(index % 4 === 0 ? [{ event: event.id, role: 'party' }] : []),
  ...(index % 40 === 0 ? [{ event: event.id, role: 'mediator' }] : []),
]);

beforeAll(async () => {
  // What an interrupted run left behind.
  await removeGenerated();
  await api.db.write(
    `UNWIND $events AS row
     CREATE (e:Node:Event {id: row.id, kind: row.kind, title: row.id, datePrecision: row.precision})
     SET e.earliest = date(row.earliest), e.latest = date(row.latest),
         e.span = CASE WHEN row.earliest IS NULL THEN null ELSE point({
           x: duration.inDays(date('1970-01-01'), date(row.earliest)).days,
           y: duration.inDays(date('1970-01-01'), coalesce(date(row.latest), date('9999-12-31'))).days}) END`,
    { events },
  );
  // Facts as the loader keys them, without Evidence records: these tests page participations, never their quotes.
  await api.db.write(
    `CREATE (actor:Node:Organization:Entity {id: $actor, name: 'Generated busy organization', aliases: []})
     WITH actor UNWIND $participations AS row
     MATCH (e:Event {id: row.event})
     CREATE (actor)-[:PARTICIPATED_IN {key: $actor + '|PARTICIPATED_IN|' + e.id, sources: 0, role: row.role}]->(e)`,
    { actor: busyActor, participations },
  );
});

type Match = 'WITHIN' | 'STARTS_IN' | 'OVERLAPS';

/** What each mode promises, written out plainly over the generated data (an open bound as null). */
function promised(match: Match, from: string | null, to: string | null): string[] {
  const keep = events.filter(({ earliest, latest }) => {
    if (from === null && to === null) return true;
    if (earliest === null) return false;
    switch (match) {
      case 'WITHIN':
        return (from === null || earliest >= from) && (to === null || (latest !== null && latest <= to));
      case 'STARTS_IN':
        return (from === null || earliest >= from) && (to === null || earliest <= to);
      case 'OVERLAPS':
        return (to === null || earliest <= to) && (from === null || latest === null || latest >= from);
    }
  });
  // Timeline order: earliest, latest (open last), id; no generated event follows another, so sequence is 0.
  const key = (event: Generated) => [event.earliest ?? '9999-12-31', event.latest ?? '9999-12-31', event.id];
  return keep.sort((a, b) => (key(a).join(' ') < key(b).join(' ') ? -1 : 1)).map((event) => event.id);
}

const timeline = `query($from: String, $to: String, $match: RangeMatch, $kinds: [String!], $first: Int, $after: String) {
  timeline(from: $from, to: $to, match: $match, kinds: $kinds, first: $first, after: $after) {
    edges { placement node { id date { earliest latest } } }
    pageInfo { hasNextPage endCursor }
  }
}`;

/** Every page of a timeline query, followed through its cursors. */
async function wholeTimeline(variables: Record<string, unknown>): Promise<Data[]> {
  const edges: Data[] = [];
  let after: string | null = null;
  for (let page = 0; page < 100; page += 1) {
    const { timeline: part }: Data = await ask(timeline, { ...variables, kinds, first: 100, after });
    edges.push(...part.edges);
    if (!part.pageInfo.hasNextPage) return edges;
    after = part.pageInfo.endCursor;
  }
  throw new Error('more than 100 pages');
}

describe('timeline on a generated graph', () => {
  it("fills a month's first page, by default, with events dated in that month", async () => {
    const { timeline: page } = await ask(timeline, { from: '2010-03-01', to: '2010-03-31', kinds, first: 50 });
    expect(page.edges).toHaveLength(50);
    for (const edge of page.edges) {
      expect(edge.node.date.earliest >= '2010-03-01' && edge.node.date.latest <= '2010-03-31').toBe(true);
      expect(edge.placement).toBe('WITHIN');
    }
    // The same page under OVERLAPS is the open-ended events of 1990-91, as the issue found.
    const { timeline: overlapping } = await ask(timeline, { from: '2010-03-01', to: '2010-03-31', match: 'OVERLAPS', kinds, first: 50 });
    for (const edge of overlapping.edges) {
      expect(edge.node.date.earliest < '1992-01-01' && edge.node.date.latest === null).toBe(true);
      expect(edge.placement).toBe('OVERLAPS');
    }
  });

  const ranges: [string | null, string | null][] = [
    ['2010-03-01', '2010-03-31'],
    ['1995-01-01', '1999-12-31'],
    ['2020-06-01', null],
    [null, '1991-06-30'],
    [null, null],
  ];
  const cases = ranges.flatMap(([from, to]) => (['WITHIN', 'STARTS_IN', 'OVERLAPS'] as const).map((match) => ({ match, from, to })));
  it.each(cases)('$match from $from to $to returns what the mode promises, in order, each event once', async ({ match, from, to }) => {
    const edges = await wholeTimeline({ from, to, match });
    const expected = promised(match, from, to);
    expect(expected.length).toBeGreaterThan(0);
    expect(edges.map((edge) => edge.node.id)).toEqual(expected);
    if (match === 'WITHIN' && (from !== null || to !== null))
      expect(new Set(edges.map((edge) => edge.placement))).toEqual(new Set(['WITHIN']));
  });
});

describe('nested lists on a generated graph', () => {
  const eventsPage = `query($id: ID!, $first: Int, $after: String) {
    entity(id: $id) { ... on Organization {
      eventsConnection(first: $first, after: $after) { totalCount edges { cursor node { role event { id } } } pageInfo { hasNextPage endCursor } }
    } }
  }`;

  it('pages through an actor with more events than any cap: every participation once, and totalCount says how many', async () => {
    const [direct] = await api.db.read('MATCH (:Node {id: $actor})-[p:PARTICIPATED_IN]->(:Event) RETURN count(p) AS count', {
      actor: busyActor,
    });
    expect(Number(direct?.count)).toBe(participations.length);
    expect(participations.length).toBeGreaterThan(250);

    const seen: string[] = [];
    let after: string | null = null;
    const totals = new Set<number>();
    for (let page = 0; page < 20; page += 1) {
      const data: Data = await ask(eventsPage, { id: busyActor, first: 100, after });
      const connection = data.entity.eventsConnection;
      totals.add(connection.totalCount);
      seen.push(...connection.edges.map((edge: Data) => `${edge.node.event.id} ${edge.node.role}`));
      if (!connection.pageInfo.hasNextPage) break;
      after = connection.pageInfo.endCursor;
    }
    expect([...totals]).toEqual([participations.length]);
    expect(seen).toHaveLength(participations.length);
    expect(new Set(seen)).toEqual(new Set(participations.map((p) => `${p.event} ${p.role}`)));
    // The earliest first, undated last, as the plain list gives its first page.
    const { entity } = await ask(
      `query($id: ID!) { entity(id: $id) { ... on Organization { events(first: 100) { role event { id } } } } }`,
      { id: busyActor },
    );
    expect(entity.events.map((p: Data) => `${p.event.id} ${p.role}`)).toEqual(seen.slice(0, 100));
    const order = seen.map((entry) => events.find((event) => event.id === entry.split(' ')[0])!.earliest ?? '9999-12-31');
    expect(order).toEqual([...order].sort());
  });

  it("keeps each actor's page apart when one request asks for several (the loader batches, the limit is per actor)", async () => {
    const data = await ask(`{
      busy: entity(id: "${busyActor}") { ... on Organization { events(first: 3) { event { id } } eventsConnection(first: 2) { totalCount } } }
      hamas: entity(id: "org:hamas") { ... on Organization { events(first: 3) { event { id } } eventsConnection(first: 2) { totalCount } } }
    }`);
    expect(data.busy.events).toHaveLength(3);
    expect(data.hamas.events).toHaveLength(3);
    expect(data.busy.eventsConnection.totalCount).toBe(participations.length);
    const [hamas] = await api.db.read("MATCH (:Node {id: 'org:hamas'})-[p:PARTICIPATED_IN]->(:Event) RETURN count(p) AS count");
    expect(data.hamas.eventsConnection.totalCount).toBe(Number(hamas?.count));
  });

  it("pages an event's participants by role, with their count", async () => {
    const event = participations.find((p) => p.role === 'mediator')!.event;
    const data = await ask(`{ entity(id: "${event}") { ... on Event {
      all: participantsConnection(first: 1) { totalCount edges { node { role } } pageInfo { hasNextPage endCursor } }
      mediators: participantsConnection(roles: ["mediator"]) { totalCount edges { node { role } } }
    } } }`);
    expect(data.entity.all.totalCount).toBe(2);
    expect(data.entity.all.edges.map((edge: Data) => edge.node.role)).toEqual(['mediator']);
    expect(data.entity.all.pageInfo.hasNextPage).toBe(true);
    expect(data.entity.mediators).toEqual({ totalCount: 1, edges: [{ node: { role: 'mediator' } }] });
  });

  it('rejects a page size out of range and a cursor it did not issue, naming the argument', async () => {
    const tooMany = await postGraphql(
      api.server.url,
      `{ entity(id: "${busyActor}") { ... on Organization { eventsConnection(first: 101) { totalCount } } } }`,
    );
    expect(tooMany.body.errors?.[0]).toMatchObject({
      message: 'first: expected a whole number from 1 to 100, got 101',
      extensions: { code: 'BAD_USER_INPUT' },
    });
    const badCursor = await postGraphql(
      api.server.url,
      `{ entity(id: "${busyActor}") { ... on Organization { eventsConnection(after: "nope") { totalCount } } } }`,
    );
    expect(badCursor.body.errors?.[0]).toMatchObject({
      message: expect.stringMatching(/^after: expected a cursor/),
      extensions: { code: 'BAD_USER_INPUT' },
    });
  });
});

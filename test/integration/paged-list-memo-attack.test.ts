import { QueryLibrary, type Database } from '../../src/db';
import { loadArticle, seedFiles } from '../../src/ingest';
import { encodeOffset } from '../../src/graphql/cursor';
import { startGraphqlServer, type GraphqlServer } from '../../src/server';
import { testDatabase } from '../support/database';
import { testServerConfig } from '../support/seededServer';

/**
 * A nested list works its page out once per request and field (paging.ts pagedList, lookAhead.ts oncePerRequest),
 * remembered by the request's variable values and the field's nodes, which graphql-jit keeps from one request to
 * the next. These requests send one compiled document with other variables at the same moment, so that a page
 * remembered for one request could only be told from another's by its variables, and compare each answer with a
 * graphql-js server that never looks ahead, asked alone.
 */

const servers = {} as { db: Database; jit: GraphqlServer; plain: GraphqlServer };
beforeAll(async () => {
  servers.db = testDatabase();
  await loadArticle(servers.db, seedFiles);
  servers.jit = await startGraphqlServer(servers.db, QueryLibrary.load(), testServerConfig);
  servers.plain = await startGraphqlServer(servers.db, QueryLibrary.load(), testServerConfig, { executor: 'graphql-js', lookAhead: false });
});
afterAll(async () => {
  await servers.jit?.stop();
  await servers.plain?.stop();
  await servers.db?.close();
});

interface Answer {
  status: number;
  data?: unknown;
  errors: { message: string; path: string; code?: string }[];
}

async function post(url: string, query: string, variables: Record<string, unknown>): Promise<Answer> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as {
    data?: unknown;
    errors?: { message: string; path?: unknown[]; extensions?: { code?: string } }[];
  };
  // In path order: the two executors finish their fields in another order.
  const errors = (body.errors ?? [])
    .map((error) => ({ message: error.message, path: JSON.stringify(error.path ?? []), code: error.extensions?.code }))
    .sort((a, b) => a.path.localeCompare(b.path));
  return { status: response.status, data: body.data, errors };
}

/** Each request's answer from the jit server, all sent at once, after checking each against the plain server's alone. */
async function concurrently(query: string, variableSets: Record<string, unknown>[]): Promise<Answer[]> {
  const expected: Answer[] = [];
  for (const variables of variableSets) expected.push(await post(servers.plain.url, query, variables));
  // Twice, the second time in the other order, so each request meets others on either side.
  const sent = [...variableSets.entries(), ...[...variableSets.entries()].reverse()];
  const answers = await Promise.all(
    sent.map(async ([index, variables]) => ({ index, answer: await post(servers.jit.url, query, variables) })),
  );
  for (const { index, answer } of answers)
    expect({ variables: variableSets[index], answer }).toEqual({ variables: variableSets[index], answer: expected[index] });
  return expected;
}

const after = (offset: number) => encodeOffset(offset);

describe('one compiled document with other variables, at the same moment', () => {
  // Below the entity's events, every event's participants and each organization's members and their roles: pages the
  // entity statement primes, pages the loaders batch, connections with a cursor, and a roles filter.
  const document = `query($events: Int, $each: Int, $roles: [String!], $after: String) {
    hamas: entity(id: "org:hamas") { ...Actor }
    us: entity(id: "org:united-states") { ...Actor }
    boehler: entity(id: "person:adam-boehler") { ...Actor }
  }
  fragment Actor on Actor {
    ... on Organization { id events(first: $events) { role event { id participants(first: $each, roles: $roles) { role actor { ...Nested } } } }
      membersConnection(first: $each, after: $after) { totalCount edges { cursor node { title person { id } } } } }
    ... on Person { id rolesConnection(first: $each, after: $after) { totalCount edges { cursor node { title organization { id } } } }
      events(first: $events) { event { id participantsConnection(first: $each, roles: $roles) { totalCount edges { node { role } } } } } }
  }
  fragment Nested on Actor {
    ... on Organization { id members(first: $each) { title person { id roles(first: $each) { title } } } }
    ... on Person { id roles(first: $each) { organization { id } } }
  }`;

  it('answers each request with its own page sizes, roles filter and cursor', async () => {
    const variableSets = [
      { events: 2, each: 1 },
      { events: 5, each: 3, roles: ['mediator'] },
      { events: 1, each: 2, after: after(0) },
      { events: 4, each: 2, roles: ['party', 'mediator'], after: after(1) },
      { events: 1, each: 4, roles: ['lead negotiator'] },
      { events: 3, each: 5, roles: null, after: null },
    ];
    const answers = await concurrently(document, variableSets);
    expect(answers.map((answer) => [answer.status, answer.errors])).toEqual(variableSets.map(() => [200, []]));
    const us = answers.map((answer) => (answer.data as { us: Organization }).us);
    expect(us.map((organization) => organization.membersConnection.edges.map((edge) => edge.node.person.id))).toEqual([
      ['person:adam-boehler'],
      ['person:adam-boehler', 'person:donald-trump', 'person:steve-witkoff'],
      ['person:donald-trump', 'person:steve-witkoff'],
      ['person:steve-witkoff'],
      ['person:adam-boehler', 'person:donald-trump', 'person:steve-witkoff'],
      ['person:adam-boehler', 'person:donald-trump', 'person:steve-witkoff'],
    ]);
    const talks = us.map((organization) => participantsOf(organization, 'event:us-hamas-direct-talks'));
    expect(talks).toEqual([
      [['lead negotiator', 'person:adam-boehler']],
      [
        ['mediator', 'org:egypt'],
        ['mediator', 'org:qatar'],
      ],
      [
        ['lead negotiator', 'person:adam-boehler'],
        ['mediator', 'org:egypt'],
      ],
      [
        ['mediator', 'org:egypt'],
        ['mediator', 'org:qatar'],
      ],
      [['lead negotiator', 'person:adam-boehler']],
      [
        ['lead negotiator', 'person:adam-boehler'],
        ['mediator', 'org:egypt'],
        ['mediator', 'org:qatar'],
        ['party', 'org:hamas'],
        ['party', 'org:united-states'],
      ],
    ]);
  });
});

describe('a bad page argument in one of several requests of one compiled document', () => {
  // A page whose arguments throw is not remembered, so each of Boehler's three events reports its participants'
  // `first`, and the requests sent beside it answer in full.
  const document = `query($each: Int, $after: String) {
    boehler: entity(id: "person:adam-boehler") { ... on Person { events(first: 3) { event { id participants(first: $each) { role } } } } }
    us: entity(id: "org:united-states") { ... on Organization { membersConnection(first: 1, after: $after) { edges { node { title } } } } }
  }`;
  const variableSets = [{ each: 0 }, { each: 2, after: after(1) }, { after: 'not a cursor', each: 1 }, { each: 1 }];

  it("reports it for every parent's field in that request only, as graphql-js does for the first", async () => {
    const sent = [...variableSets.entries(), ...[...variableSets.entries()].reverse()];
    const answers = await Promise.all(
      sent.map(async ([index, variables]) => ({ index, answer: await post(servers.jit.url, document, variables) })),
    );
    for (const { index, answer } of answers) {
      const plain = await post(servers.plain.url, document, variableSets[index]!);
      // graphql-js stops at the first error below a nulled non-null parent; graphql-jit reports the siblings' too.
      expect({ index, data: answer.data, status: answer.status }).toEqual({ index, data: plain.data, status: plain.status });
      expect(answer.errors).toEqual(expect.arrayContaining(plain.errors));
    }
    const byIndex = (index: number) => answers.find((sent) => sent.index === index)!.answer;
    const bad = (path: string, message: unknown) => ({ path, message, code: 'BAD_USER_INPUT' });
    const first = 'first: expected a whole number from 1 to 100, got 0';
    expect(byIndex(0).errors).toEqual(
      [0, 1, 2].map((event) => bad(JSON.stringify(['boehler', 'events', event, 'event', 'participants']), first)),
    );
    expect(byIndex(0).data).toEqual({
      boehler: null,
      us: { membersConnection: { edges: [{ node: { title: 'nominee to be special envoy for hostage affairs' } }] } },
    });
    expect(byIndex(2).errors).toEqual([bad('["us","membersConnection"]', expect.stringContaining('after: expected a cursor'))]);
    for (const index of [1, 3]) expect(byIndex(index).errors).toEqual([]);
    expect(byIndex(1).data).toMatchObject({ us: { membersConnection: { edges: [{ node: { title: 'US envoy' } }] } } });
    expect(JSON.stringify(byIndex(3).data)).toContain(
      '{"event":{"id":"event:us-hamas-direct-talks","participants":[{"role":"lead negotiator"}]}}',
    );
  });
});

interface Organization {
  membersConnection: { edges: { node: { person: { id: string } } }[] };
  events: { event: { id: string; participants: { role: string; actor: { id: string } }[] } }[];
}

/** An event's participants as [role, actor id], among an organization's events in the answer. */
function participantsOf(organization: Organization, eventId: string): string[][] | undefined {
  return organization.events.find((link) => link.event.id === eventId)?.event.participants.map((link) => [link.role, link.actor.id]);
}

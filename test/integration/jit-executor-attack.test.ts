import { QueryLibrary } from '../../src/db';
import { startGraphqlServer, type GraphqlServer } from '../../src/server';
import { executorPair } from '../support/executorPair';
import { testServerConfig } from '../support/seededServer';

/**
 * Requests chosen to make graphql-jit (src/graphql/jitExecutor.ts) answer otherwise than graphql-js: conditional
 * fragments, several operations in one document, one document with changing variables. Each request goes to a
 * server of each over the seed, and the answer must also hold a fact of the article, so an answer of nulls on both
 * sides does not pass.
 */

const pair = executorPair();

interface Request {
  query: string;
  variables?: Record<string, unknown>;
  operationName?: string;
}

async function post(url: string, request: Request) {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(request) });
  const body = (await response.json()) as {
    data?: unknown;
    errors?: { message: string; path?: unknown; locations?: unknown; extensions?: { code?: string } }[];
  };
  const errors = (body.errors ?? []).map(({ message, path, locations, extensions }) => ({
    message,
    path,
    locations,
    code: extensions?.code,
  }));
  return { status: response.status, data: body.data, errors };
}

/** The jit server's answer, after checking that the graphql-js server gives the same one. */
async function same(request: Request, servers: { jit: GraphqlServer; graphqlJs: GraphqlServer } = pair) {
  const [byJit, byGraphqlJs] = await Promise.all([post(servers.jit.url, request), post(servers.graphqlJs.url, request)]);
  expect({ request, answer: byJit }).toEqual({ request, answer: byGraphqlJs });
  // The order of the fields too, which toEqual does not see: an answer's fields come in the document's order.
  expect(JSON.stringify(byJit.data)).toBe(JSON.stringify(byGraphqlJs.data));
  return byJit;
}

describe('graphql-jit attacked: conditional fragments', () => {
  // graphql-jit 0.8 writes a spread's condition onto the fragment's field nodes, which every spread shares: both
  // failed (the fields vanished from the unconditional spread) before such documents went to graphql-js.
  it('keeps the fields of a fragment spread unconditionally when another spread of it is skipped', async () => {
    const query = `query($show: Boolean!) {
      skipped: entity(id: "org:hamas") { ...Named @include(if: $show) }
      kept: entity(id: "org:hamas") { ...Named }
    } fragment Named on Entity { id name }`;
    const answer = await same({ query, variables: { show: false } });
    expect(answer.data).toEqual({ skipped: {}, kept: { id: 'org:hamas', name: 'Hamas' } });
  });

  it('keeps a fragment spread twice in one selection, once skipped, once not', async () => {
    const query = `query($hide: Boolean!) { entity(id: "org:hamas") { ...Named @skip(if: $hide) ...Named } } fragment Named on Entity { name }`;
    expect((await same({ query, variables: { hide: true } })).data).toEqual({ entity: { name: 'Hamas' } });
  });

  it('keeps the participants below a timeline whose other alias skips the same fragment (look-ahead on both)', async () => {
    const query = `query($with: Boolean!) {
      bare: timeline(first: 3) { edges { node { id ... on Event @include(if: $with) { ...Who } } } }
      full: timeline(first: 3) { edges { node { id ...Who } } }
    } fragment Who on Event { participants { role actor { ... on Organization { id name } ... on Person { id name } } } }`;
    for (const withParticipants of [false, true, false]) {
      const answer = await same({ query, variables: { with: withParticipants } });
      expect(JSON.stringify(answer.data)).toContain('"participants":[{"role":');
    }
  });

  // graphql-jit does not carry a field's condition into the fragments below it: F's fields came back (failed before).
  it('leaves out the fragments below a skipped field merged with a kept one of the same name', async () => {
    const query = `query($full: Boolean!) {
      search(text: "Boehler", first: 1) { entity { id } entity @include(if: $full) { ... on Person { name } ...Described } }
    } fragment Described on Entity { aliases }`;
    expect((await same({ query, variables: { full: false } })).data).toEqual({ search: [{ entity: { id: 'person:adam-boehler' } }] });
    expect(JSON.stringify((await same({ query, variables: { full: true } })).data)).toContain('"name":"Adam Boehler","aliases":');
  });

  // graphql-jit kept a skipped field's place in the answer (failed before: same data, other order).
  it('puts a field where its first kept selection is, not where a skipped one was', async () => {
    const query = 'query($hide: Boolean!) { search(text: "Boehler", first: 1) { entity @skip(if: $hide) { id } score entity { id } } }';
    const { search } = (await same({ query, variables: { hide: true } })).data as { search: object[] };
    expect(Object.keys(search[0] ?? {})).toEqual(['score', 'entity']);
  });

  // The cached document keeps the nodes graphql-jit wrote on: an operation compiled after another of the same
  // document inherited its conditions.
  it("does not let one operation's skipped spread hide another operation's fields in the same document", async () => {
    const query = `query Brief($full: Boolean!) { entity(id: "org:hamas") { id ...Named @include(if: $full) } }
      query Whole { entity(id: "org:hamas") { ...Named } }
      fragment Named on Entity { name aliases }`;
    expect((await same({ query, operationName: 'Brief', variables: { full: false } })).data).toEqual({ entity: { id: 'org:hamas' } });
    const whole = await same({ query, operationName: 'Whole' });
    expect(whole.data).toEqual({ entity: { name: 'Hamas', aliases: ['Islamist group', 'the Islamist group'] } });
  });
});

describe('graphql-jit attacked: abstract types and aliases', () => {
  it('answers fragments on interfaces and unions, __typename at every level and aliases of one field with other arguments', async () => {
    const query = `{
      org: entity(id: "org:hamas") { __typename ... on Actor { ... on Organization { __typename name } }
        ... on Entity { __typename n: name }
        ... on Organization { one: members(first: 1) { title } two: members(first: 2) { ... on Sourced { __typename sources s: sources } person { __typename } } } }
      person: entity(id: "person:adam-boehler") { ...Who ... on Person { events(first: 2) { actor { ...Who } side { ... on Node { id } } event { __typename } } } }
    } fragment Who on Actor { __typename ... on Entity { name } ... on Node { id } }`;
    const answer = await same({ query });
    expect(answer.errors).toEqual([]);
    expect(JSON.stringify(answer.data)).toContain('"person":{"__typename":"Person","name":"Adam Boehler","id":"person:adam-boehler"');
    expect(JSON.stringify(answer.data)).toContain('"two":[{"__typename":"Role","sources":');
  });
});

// Introspection runs on graphql-js (it costs graphql-jit ten times as much to compile); __typename stays on graphql-jit.
describe('graphql-jit attacked: introspection', () => {
  it('answers an explorer-like introspection beside __typename', async () => {
    const query = `{ __typename entity(id: "org:hamas") { __typename }
      __type(name: "Actor") { kind possibleTypes { name interfaces { name } } }
      __schema { queryType { name fields { name args { name defaultValue type { kind name ofType { kind name } } } } } } }`;
    const answer = await same({ query });
    expect(answer.errors).toEqual([]);
    expect(JSON.stringify(answer.data)).toContain('"possibleTypes":[{"name":"Person","interfaces":[{"name":"Node"},{"name":"Entity"}]}');
  });
});

// graphql-jit compiles a document once and keeps its field nodes; look-ahead's answers are per request's variables.
describe('graphql-jit attacked: one compiled document, changing variables', () => {
  it('reads each request its own page sizes and roles through look-ahead, in a row', async () => {
    const query = `query($events: Int, $members: Int = 2, $roles: [String!]) {
      timeline(first: $events) { edges { node { id participants(roles: $roles) { role actor { ... on Organization { id members(first: $members) { person { id roles(first: $members) { title } } } } } } } } }
    }`;
    const answers: { timeline: { edges: unknown[] } }[] = [];
    for (const variables of [{ events: 1 }, { events: 3, members: 1, roles: ['party'] }, { events: 1 }, {}, { events: 2, roles: null }]) {
      answers.push((await same({ query, variables })).data as { timeline: { edges: unknown[] } });
    }
    expect(answers.map((answer) => answer.timeline.edges.length)).toEqual([1, 3, 1, expect.any(Number), 2]);
    expect(answers[3]?.timeline.edges.length).toBeGreaterThan(3);
    expect(JSON.stringify(answers[3])).toContain('"members":[{"person":{"id":');
  });

  // The executor remembers 500 compiled documents: the first, pushed out by 500 others, is compiled again on the
  // document Apollo keeps, whose nodes graphql-jit has already been given once.
  it('answers a document compiled again after 500 others pushed it out as it did the first time', async () => {
    const query = 'query($first: Int) { entity(id: "org:hamas") { id ... on Organization { name members(first: $first) { title } } } }';
    const before = await same({ query, variables: { first: 1 } });
    for (let index = 0; index < 500; index++) {
      const { status } = await post(pair.jit.url, { query: `{ entity(id: "org:hamas") { id${index}: id } }` });
      expect(status).toBe(200);
    }
    expect(await same({ query, variables: { first: 1 } })).toEqual(before);
    expect(JSON.stringify(before.data)).toContain('"name":"Hamas","members":[{"title":');
  }, 60_000);
});

// Validation lets a nullable variable with a default stand where null is refused, counting on the default; sent as
// null, graphql-js refuses it there (BAD_USER_INPUT: formatError.ts gives these the code). graphql-jit read the
// condition as false and handed resolvers [null]: all three failed before such requests went to graphql-js.
describe('graphql-jit attacked: null sent over a default', () => {
  // Below entity, timeline or negotiations their look-ahead meets the null first, on both servers alike; search has none.
  it('refuses a null @include condition, as graphql-js does', async () => {
    const query = 'query($full: Boolean = true) { search(text: "Boehler", first: 1) { entity { id name @include(if: $full) } } }';
    const answer = await same({ query, variables: { full: null } });
    expect(answer.errors).toEqual([
      expect.objectContaining({ code: 'BAD_USER_INPUT', message: 'Argument "if" of non-null type "Boolean!" must not be null.' }),
    ]);
    expect((await same({ query, variables: {} })).data).toEqual({
      search: [{ entity: { id: 'person:adam-boehler', name: 'Adam Boehler' } }],
    });
  });

  it.each([
    ['timeline', 'kinds', 'kind', 'query($kind: String = "talks") { timeline(kinds: [$kind]) { edges { node { id } } } }'],
    ['searchAll', 'types', 'type', 'query($type: SearchType = ORGANIZATION) { searchAll(text: "Hamas", types: [$type]) { node { id } } }'],
  ])('refuses a null item of %s %s, as graphql-js does', async (_field, argument, variable, query) => {
    const answer = await same({ query, variables: { [variable]: null } });
    expect(answer.errors).toEqual([
      expect.objectContaining({ code: 'BAD_USER_INPUT', message: expect.stringContaining(`Argument "${argument}" has invalid value`) }),
    ]);
    expect(JSON.stringify((await same({ query }))?.data)).toContain('"id":');
  });

  it('answers a bad variable beside such a null with HTTP 400 and BAD_USER_INPUT, as graphql-js does', async () => {
    const query = 'query($kind: String = "talks", $first: Int) { timeline(kinds: [$kind], first: $first) { edges { node { id } } } }';
    const answer = await same({ query, variables: { kind: null, first: 'two' } });
    expect(answer.status).toBe(400);
    expect(answer.errors).toEqual([expect.objectContaining({ code: 'BAD_USER_INPUT', message: expect.stringContaining('"$first"') })]);
  });
});

describe('graphql-jit attacked: production mode', () => {
  const production = {} as { jit: GraphqlServer; graphqlJs: GraphqlServer };
  beforeAll(async () => {
    const config = { ...testServerConfig, production: true };
    production.jit = await startGraphqlServer(pair.db, QueryLibrary.load(), config);
    production.graphqlJs = await startGraphqlServer(pair.db, QueryLibrary.load(), config, { executor: 'graphql-js' });
  });
  afterAll(async () => {
    await production.jit?.stop();
    await production.graphqlJs?.stop();
  });

  it('words a refused argument below a non-null list, and the nulls it spreads, as graphql-js does', async () => {
    const query = '{ timeline(first: 1) { edges { node { id participants(roles: []) { role } } } } entity(id: "org:hamas") { id } }';
    const answer = await same({ query }, production);
    expect(answer.errors).toEqual([
      expect.objectContaining({ code: 'BAD_USER_INPUT', path: ['timeline', 'edges', 0, 'node', 'participants'] }),
    ]);
    expect(answer.data).toBeNull();
  });
});

import { Database, QueryLibrary } from '../../src/db';
import { startGraphqlServer, type GraphqlServer } from '../../src/server';
import { postGraphql } from '../support/http';
import { seededServer, testServerConfig } from '../support/seededServer';

/**
 * How the API answers what it cannot answer: unknown ids, bad arguments, documents nested too deep, and a
 * database that does not answer. The seed is loaded (and left loaded) so that only the asked-for error occurs.
 */

describe('errors from a server on the seeded graph', () => {
  const api = seededServer();

  async function errorOf(query: string, variables: Record<string, unknown> = {}) {
    const response = await postGraphql(api.server.url, query, variables);
    expect(response.body.errors).toHaveLength(1);
    const [error] = response.body.errors!;
    // Nothing of the server's insides reaches the client: no Cypher, no driver message.
    expect(JSON.stringify(error)).not.toMatch(/MATCH|neo4j|Neo\./);
    return {
      status: response.status,
      message: error!.message,
      code: error!.extensions?.code,
      argument: error!.extensions?.argument,
      data: response.body.data,
    };
  }

  it('answers null for an unknown id in entity, and NOT_FOUND naming the argument where an id must exist', async () => {
    const response = await postGraphql(api.server.url, '{ entity(id: "person:nobody") { id } }');
    expect(response.body).toEqual({ data: { entity: null } });

    expect(await errorOf('{ connection(fromId: "person:donald-trump", toId: "org:nowhere") { length } }')).toMatchObject({
      code: 'NOT_FOUND',
      argument: 'toId',
      message: 'toId: no node has the id "org:nowhere"',
      data: null,
    });
    expect(await errorOf('{ connection(fromId: "person:nobody", toId: "org:hamas") { length } }')).toMatchObject({
      code: 'NOT_FOUND',
      message: expect.stringMatching(/^fromId: /),
    });
    expect(await errorOf('{ neighborhood(id: "org:nowhere") { nodes { id } } }')).toMatchObject({
      code: 'NOT_FOUND',
      argument: 'id',
      message: 'id: no node has the id "org:nowhere"',
    });
    expect(await errorOf('{ timeline(actorId: "org:nowhere") { edges { cursor } } }')).toMatchObject({
      code: 'NOT_FOUND',
      message: expect.stringMatching(/^actorId: /),
    });
    expect(await errorOf('{ negotiations(actorId: "org:nowhere") { weight } }')).toMatchObject({
      code: 'NOT_FOUND',
      message: expect.stringMatching(/^actorId: /),
    });
  });

  it.each([
    [
      'a malformed date',
      '{ timeline(from: "7 October 2023") { edges { cursor } } }',
      'from',
      'expected an ISO date such as 2023-10-07, got "7 October 2023"',
    ],
    [
      'a date that does not exist',
      '{ timeline(to: "2023-02-30") { edges { cursor } } }',
      'to',
      'expected an ISO date such as 2023-10-07, got "2023-02-30"',
    ],
    [
      'a range that ends before it starts',
      '{ timeline(from: "2024-01-01", to: "2023-01-01") { edges { cursor } } }',
      'to',
      'expected a date on or after from (2024-01-01), got "2023-01-01"',
    ],
    [
      'first above the page size',
      '{ timeline(first: 101) { edges { cursor } } }',
      'first',
      'expected a whole number from 1 to 100, got 101',
    ],
    ['first of zero', '{ timeline(first: 0) { edges { cursor } } }', 'first', 'expected a whole number from 1 to 100, got 0'],
    [
      'a cursor the API did not issue',
      '{ timeline(after: "not-a-cursor") { edges { cursor } } }',
      'after',
      expect.stringMatching(/^expected a cursor/),
    ],
    [
      'an empty kinds list',
      '{ timeline(kinds: []) { edges { cursor } } }',
      'kinds',
      expect.stringMatching(/^expected 1 to 50 event kinds/),
    ],
    [
      'maxHops out of range',
      '{ connection(fromId: "person:donald-trump", toId: "org:hamas", maxHops: 5) { length } }',
      'maxHops',
      'expected a whole number from 1 to 4, got 5',
    ],
    [
      'the same node at both ends',
      '{ connection(fromId: "org:hamas", toId: "org:hamas") { length } }',
      'toId',
      expect.stringMatching(/^expected a node other than fromId/),
    ],
    [
      'depth out of range',
      '{ neighborhood(id: "org:hamas", depth: 4) { nodes { id } } }',
      'depth',
      'expected a whole number from 1 to 3, got 4',
    ],
    ['search words with no letters', '{ search(text: "((") { score } }', 'text', expect.stringMatching(/^expected words to search for/)],
    [
      'searchAll words with no letters',
      '{ searchAll(text: "--") { score } }',
      'text',
      expect.stringMatching(/^expected words to search for/),
    ],
    [
      'searchAll with no types',
      '{ searchAll(text: "ceasefire", types: []) { score } }',
      'types',
      expect.stringMatching(/^expected at least one kind of node to search/),
    ],
    [
      'about with a malformed id',
      '{ about(id: "Hamas") { id } }',
      'id',
      expect.stringMatching(/^expected a node id such as person:adam-boehler/),
    ],
    [
      'a negotiation actor that is an event',
      '{ negotiations(actorId: "event:october-7-raid") { weight } }',
      'actorId',
      'expected a person or organization, got the Event "event:october-7-raid"',
    ],
  ])('refuses %s as BAD_USER_INPUT naming the argument', async (_case, query, argument, detail) => {
    const error = await errorOf(query);
    expect(error).toMatchObject({ code: 'BAD_USER_INPUT', argument, data: null });
    expect(error.message.startsWith(`${argument}: `)).toBe(true);
    expect(error.message.slice(argument.length + 2)).toEqual(detail);
  });

  it('refuses a document nested deeper than the depth limit before running it', async () => {
    // 13 fields deep: timeline edges node participants actor roles organization members person events event participants role.
    const deep = `{ timeline { edges { node { participants { actor { ... on Person { roles { organization { members { person { events { event { participants { role } } } } } } } } } } } } } }`;
    const before = api.db.statementCount;
    const error = await errorOf(deep);
    // Apollo gives every validation rule's error its code for a document refused before execution.
    expect(error).toMatchObject({
      status: 400,
      code: 'GRAPHQL_VALIDATION_FAILED',
      message: `query depth 13 exceeds the limit of ${testServerConfig.maxQueryDepth} (GRAPHQL_MAX_DEPTH)`,
    });
    expect(api.db.statementCount).toBe(before);
  });
});

describe('a database that does not answer', () => {
  let db: Database;
  let server: GraphqlServer;

  beforeAll(async () => {
    db = Database.connect('bolt://127.0.0.1:9', { user: 'neo4j', password: 'x' }, { queryTimeoutMs: 1000 });
    server = await startGraphqlServer(db, QueryLibrary.load(), testServerConfig);
  });

  afterAll(async () => {
    await server?.stop();
    await db?.close();
  });

  it('gives UNAVAILABLE with a clear message, and the server stays up', async () => {
    for (const query of ['{ timeline { edges { cursor } } }', '{ entity(id: "org:hamas") { id } }']) {
      const response = await postGraphql(server.url, query);
      expect(response.status).toBe(200);
      expect(response.body.errors).toHaveLength(1);
      expect(response.body.errors![0]).toMatchObject({
        extensions: { code: 'UNAVAILABLE' },
        message: expect.stringMatching(/^the graph database does not answer/),
      });
    }
    const health = await postGraphql(server.url, '{ health { ok database } }');
    expect(health.body).toEqual({ data: { health: { ok: false, database: false } } });
  });

  it('in production, keeps the driver message out of the response', async () => {
    const production = await startGraphqlServer(db, QueryLibrary.load(), { ...testServerConfig, production: true });
    // The driver's detail goes to the server log instead of the client.
    const serverLog = jest.spyOn(console, 'error').mockImplementation(() => {});
    try {
      const response = await postGraphql(production.url, '{ timeline { edges { cursor } } }');
      expect(response.body.errors).toEqual([
        {
          message: 'the graph database does not answer',
          locations: [{ line: 1, column: 3 }],
          path: ['timeline'],
          extensions: { code: 'UNAVAILABLE' },
        },
      ]);
      expect(serverLog).toHaveBeenCalledWith(
        expect.stringMatching(/^database unavailable: the graph database does not answer: .*ECONNREFUSED/),
      );
    } finally {
      serverLog.mockRestore();
      await production.stop();
    }
  });
});

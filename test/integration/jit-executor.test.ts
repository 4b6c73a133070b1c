import fc from 'fast-check';
import { apiSchema, requests } from '../../src/bench';
import { executorPair } from '../support/executorPair';
import { postGraphql } from '../support/http';

/**
 * graphql-jit (the API's executor, src/graphql/jitExecutor.ts) must give every answer graphql-js gives: the same
 * data, and the same errors with the same codes and paths. Each request goes to a server of each over the seed.
 */

const pair = executorPair();

type Answer = Awaited<ReturnType<typeof postGraphql>>;

/** What a client reads of an answer; errors in path order, since fields fail in the order they finish. */
function asRead({ status, body }: Answer) {
  const errors = (body.errors ?? []).map((error) => {
    const { message, path, locations, extensions } = error as typeof error & { path?: unknown; locations?: unknown };
    return { message, path, locations, code: extensions?.code };
  });
  errors.sort((a, b) => JSON.stringify([a.path, a.message]).localeCompare(JSON.stringify([b.path, b.message])));
  return { status, data: body.data, errors };
}

async function both(query: string, variables: Record<string, unknown> = {}) {
  const [byJit, byGraphqlJs] = await Promise.all([
    postGraphql(pair.jit.url, query, variables),
    postGraphql(pair.graphqlJs.url, query, variables),
  ]);
  return { jit: asRead(byJit), graphqlJs: asRead(byGraphqlJs) };
}

describe('graphql-jit against graphql-js', () => {
  it.each([
    [
      'nested lists with their counts',
      '{ entity(id: "org:hamas") { ... on Organization { eventsConnection(first: 2) { totalCount edges { node { event { id participantsConnection(first: 2) { totalCount } } } } } } } }',
      '"totalCount":',
    ],
    [
      'a timeline with participants and members',
      '{ timeline(first: 5) { edges { node { id title participants { role actor { ... on Organization { id members(first: 2) { title person { id roles(first: 1) { title } } } } } } } } } }',
      '"members":[{',
    ],
    [
      'negotiations with mediators',
      '{ negotiations(actorId: "person:adam-boehler") { counterpart { ... on Node { id } ... on Person { name } } events { id } mediators { role event { id } } } }',
      '"mediators":[{',
    ],
    ['an argument out of range', '{ entity(id: "org:hamas") { ... on Organization { events(first: 0) { role } } } }', 'BAD_USER_INPUT'],
    ['an unknown node', '{ entity(id: "person:nobody") { id } }', '"entity":null'],
    [
      'an empty roles filter below a list',
      '{ timeline(first: 2) { edges { node { id participants(roles: []) { role } } } } }',
      'BAD_USER_INPUT',
    ],
  ])('%s: the same answer', async (_name, query, holds) => {
    const answers = await both(query);
    expect(answers.jit).toEqual(answers.graphqlJs);
    expect(JSON.stringify(answers.jit)).toContain(holds);
  });

  // One difference is allowed. When a failing non-null field nulls its parent, graphql-js reports that first error
  // and drops its siblings' (which ones it keeps depends on which finished first); graphql-jit reports every failing
  // field, so a client sees all its bad arguments at once.
  it('gives the same data and status to 300 random operations of the fuzz (valid and broken, with hostile arguments), and every error graphql-js gives', async () => {
    const samples = fc.sample(requests(apiSchema()), { numRuns: 300, seed: 1302 });
    let answered = 0;
    let refused = 0;
    let moreErrors = 0;
    for (const { query, variables } of samples) {
      const answers = await both(query, variables);
      const { errors: jitErrors, ...jitRest } = answers.jit;
      const { errors: graphqlJsErrors, ...graphqlJsRest } = answers.graphqlJs;
      expect({ query, variables, answer: jitRest }).toEqual({ query, variables, answer: graphqlJsRest });
      expect({ query, variables, errors: jitErrors }).toEqual({ query, variables, errors: expect.arrayContaining(graphqlJsErrors) });
      expect({ query, variables, codes: jitErrors.map((error) => error.code) }).not.toEqual({
        query,
        variables,
        codes: expect.arrayContaining(['INTERNAL_SERVER_ERROR']),
      });
      if (jitErrors.length > graphqlJsErrors.length) moreErrors++;
      if (answers.jit.data) answered++;
      if (jitErrors.length > 0) refused++;
    }
    // The sample holds both kinds, so both paths were compared (most random arguments are refused).
    expect(answered).toBeGreaterThan(10);
    expect(refused).toBeGreaterThan(100);
    expect(moreErrors).toBeLessThan(samples.length / 10);
  }, 120_000);
});

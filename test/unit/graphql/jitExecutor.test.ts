import { makeExecutableSchema } from '@graphql-tools/schema';
import { getOperationAST, parse, type GraphQLError } from 'graphql';
import { jitGateway } from '../../../src/graphql/jitExecutor';

/**
 * A schema where graphql-js and graphql-jit answer differently, so a test can tell which one ran: `n` has no resolver
 * and its model holds a function, which graphql-js's default resolver calls and graphql-jit reads as a value.
 */
const schema = makeExecutableSchema({
  typeDefs: 'type Query { t(k: Int): T } type T { n: Int, m: Int }',
  resolvers: { Query: { t: (_: unknown, args: { k?: number | null }) => ({ n: () => args.k ?? 7, m: args.k ?? 7 }) } },
});

async function run(query: string, variables: Record<string, unknown> = {}) {
  const { executor } = await jitGateway(schema).load({ apollo: {} });
  const document = parse(query);
  const context = {
    document,
    operation: getOperationAST(document),
    operationName: null,
    queryHash: query,
    context: {},
    request: { query, variables },
  };
  return executor!(context as never);
}

describe('the graphql-jit executor', () => {
  it('compiles a small document (a function-valued field is then a value, refused as an Int), with errors as graphql-js gives them', async () => {
    const result = await run('{ t { n } }');
    expect(result.data).toEqual({ t: { n: null } });
    const [error] = result.errors as GraphQLError[];
    expect(error?.message).toBe('Int cannot represent non-integer value: [function n]');
    expect(error?.extensions).toEqual({});
    expect(error?.locations).toEqual([{ line: 1, column: 7 }]);
    expect(error?.path).toEqual(['t', 'n']);
  });

  it('runs a document too large to compile quickly on graphql-js, which calls the function', async () => {
    const aliases = Array.from({ length: 1_100 }, (_, index) => `a${index}: t { n }`).join(' ');
    const result = await run(`{ ${aliases} }`);
    expect(result.errors).toBeUndefined();
    expect(Object.keys(result.data ?? {})).toHaveLength(1_100);
    expect(result.data?.a1099).toEqual({ n: 7 });
  });

  // graphql-jit (0.8) gets @skip and @include wrong in several ways (jitExecutor.ts graphqlJsOnly).
  it.each([
    ['spread', '{ t { ...F @include(if: true) } } fragment F on T { n }'],
    ['inline fragment', '{ t { ... on T @skip(if: false) { n } } }'],
    ['field', '{ t { n @include(if: true) m @skip(if: true) } }'],
  ])('runs a document with a condition on a %s on graphql-js, which calls the function', async (_kind, query) => {
    const result = await run(query);
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({ t: { n: 7 } });
  });

  it('runs a document that introspects on graphql-js, which calls the function', async () => {
    const result = await run('{ t { n } __type(name: "T") { fields { name } } }');
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({ t: { n: 7 }, __type: { fields: [{ name: 'n' }, { name: 'm' }] } });
  });

  it('runs a request that sends null over a variable default on graphql-js, and one that does not on graphql-jit', async () => {
    const query = 'query($k: Int = 3) { t(k: $k) { n } }';
    expect((await run(query, { k: null })).data).toEqual({ t: { n: 7 } });
    expect((await run(query, { k: 2 })).data).toEqual({ t: { n: null } });
  });

  it('reads each request its own variables, though the document is compiled once', async () => {
    const { executor } = await jitGateway(schema).load({ apollo: {} });
    const query = 'query($k: Int) { t(k: $k) { m } }';
    const document = parse(query);
    const ask = (k: number) =>
      executor!({
        document,
        operation: getOperationAST(document),
        operationName: null,
        queryHash: query,
        context: {},
        request: { variables: { k } },
      } as never);
    expect((await ask(1)).data).toEqual({ t: { m: 1 } });
    expect((await ask(2)).data).toEqual({ t: { m: 2 } });
  });
});

import { buildSchema, parse, validate } from 'graphql';
import { depthLimit } from '../../../src/graphql/depthLimit';

const schema = buildSchema(`
  type Query { node: Node }
  type Node { id: ID, next: Node }
`);

function errors(query: string, maxDepth: number): string[] {
  return validate(schema, parse(query), [depthLimit(maxDepth)]).map((error) => error.message);
}

describe('depthLimit', () => {
  it('accepts a document at the limit', () => {
    expect(errors('{ node { next { id } } }', 3)).toEqual([]);
  });

  it('refuses a document one level deeper, saying how deep it is and what the limit is', () => {
    expect(errors('{ node { next { next { id } } } }', 3)).toEqual(['query depth 4 exceeds the limit of 3 (GRAPHQL_MAX_DEPTH)']);
  });

  it('counts fragments at the depth where they are spread', () => {
    const query = 'query { node { ...deep } } fragment deep on Node { next { next { id } } }';
    expect(errors(query, 3)).toEqual(['query depth 4 exceeds the limit of 3 (GRAPHQL_MAX_DEPTH)']);
    expect(errors(query, 4)).toEqual([]);
  });

  it('does not count introspection fields', () => {
    expect(errors('{ __typename node { id __typename } }', 2)).toEqual([]);
  });
});

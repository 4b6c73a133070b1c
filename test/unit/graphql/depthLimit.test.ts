import { buildSchema, parse, validate } from 'graphql';
import { depthLimit } from '../../../src/graphql/depthLimit';
import { fragmentTree } from '../../fixtures/attacks';

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

describe('depthLimit on a tree of fragments', () => {
  it('measures 30 levels of fragments each spread twice in under 100 ms (each fragment measured once)', () => {
    const started = performance.now();
    expect(
      errors(
        fragmentTree(30, '{ node { ...f0 } }', 'Node', (inner) => `next { ${inner} }`),
        12,
      ),
    ).toEqual(['query depth 31 exceeds the limit of 12 (GRAPHQL_MAX_DEPTH)']);
    expect(performance.now() - started).toBeLessThan(100);
  });

  it('still sees the depth of a fragment spread at two depths', () => {
    const query = '{ node { ...leaf next { next { ...leaf } } } } fragment leaf on Node { next { id } }';
    expect(errors(query, 3)).toEqual(['query depth 5 exceeds the limit of 3 (GRAPHQL_MAX_DEPTH)']);
  });
});

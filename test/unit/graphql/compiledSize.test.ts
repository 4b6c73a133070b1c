import { buildASTSchema, concatAST, getOperationAST, parse } from 'graphql';
import { compiledSize } from '../../../src/graphql/compiledSize';
import { loadTypeDefs } from '../../../src/graphql/typeDefs';
import { apiFragmentTree } from '../../fixtures/attacks';

const schema = buildASTSchema(concatAST(loadTypeDefs()));
/** Article, Person, Organization, Place, Proposal, Term, Statement, Claim and Event implement Node. */
const nodeTypes = schema.getPossibleTypes(schema.getType('Node') as never).length;

function size(query: string): number {
  const document = parse(query);
  const operation = getOperationAST(document);
  if (!operation) throw new Error('no operation');
  return compiledSize(schema, document, operation);
}

describe('compiledSize: how much code graphql-jit writes for an operation', () => {
  it('counts one per field of an object type', () => {
    expect(size('{ health { ok database } }')).toBe(3);
    expect(size('{ timeline(first: 5) { edges { cursor node { id title } } } }')).toBe(6);
  });

  it('counts what a field of an interface selects once per type that implements it, inline fragments by their own type', () => {
    expect(nodeTypes).toBe(9);
    expect(size('{ entity(id: "org:hamas") { id label } }')).toBe(1 + nodeTypes * 2);
    // The fragment's fields are counted on Organization alone, but once for each of the nine types the walk visits.
    expect(size('{ entity(id: "org:hamas") { ... on Organization { members { title } } } }')).toBe(1 + nodeTypes * 2);
  });

  it('sizes named fragments as their fields, each fragment once however often it is spread', () => {
    const inline = size('{ entity(id: "org:hamas") { ... on Organization { partOf { organization { id } } } } }');
    expect(size('{ entity(id: "org:hamas") { ...org } } fragment org on Organization { partOf { organization { id } } }')).toBe(inline);
    // 40 levels expand to 2^40 selections: sized in linear time, and far above any limit.
    const started = Date.now();
    expect(size(apiFragmentTree(40))).toBeGreaterThan(2 ** 39);
    expect(Date.now() - started).toBeLessThan(1_000);
  });

  it('counts a spread of an unknown fragment or inside a cycle as nothing (validation refuses both before execution)', () => {
    expect(size('{ entity(id: "org:hamas") { id ...missing } }')).toBe(1 + nodeTypes);
    expect(size('{ entity(id: "org:hamas") { ...a } } fragment a on Node { id ...b } fragment b on Node { id ...a }')).toBe(
      1 + nodeTypes * 2,
    );
  });
});

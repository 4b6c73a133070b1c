import { buildASTSchema, concatAST, getOperationAST, parse, validate } from 'graphql';
import { aliasLimit } from '../../../src/graphql/aliasLimit';
import { defaultListSize, operationCost } from '../../../src/graphql/queryCost';
import { loadTypeDefs } from '../../../src/graphql/typeDefs';
import { apiFragmentTree } from '../../fixtures/attacks';

const schema = buildASTSchema(concatAST(loadTypeDefs()));

function cost(query: string, variables: Record<string, unknown> = {}): number {
  const document = parse(query);
  const operation = getOperationAST(document);
  if (!operation) throw new Error('no operation');
  return operationCost(schema, document, operation, variables);
}

function aliasErrors(query: string, limit: number): string[] {
  return validate(schema, parse(query), [aliasLimit(limit)]).map((error) => error.message);
}

describe('query cost model', () => {
  it('counts one per field and multiplies by the page size a list is asked for', () => {
    expect(cost('{ health { ok database } }')).toBe(3);
    expect(cost('{ search(text: "Qatar", first: 7) { score } }')).toBe(7 + 7 * 1);
    // timeline's edges take the page size of the timeline; its default first is 20.
    expect(cost('{ timeline { edges { cursor } } }')).toBe(20 + 1 * (1 + 20 * 1));
  });

  it('counts a nested list (the rows it reads, then what it selects per row) at its first, given or default', () => {
    expect(cost('{ entity(id: "org:hamas") { ... on Organization { members(first: 40) { title } } } }')).toBe(1 + 40 + 40 * 1);
    // members pages with a default first of 20; a link's evidence pages with a default of 5 (counted in articles).
    expect(cost('{ entity(id: "org:hamas") { ... on Organization { members { title } } } }')).toBe(1 + 20 + 20 * 1);
    expect(cost('{ entity(id: "org:hamas") { ... on Organization { partOf(first: 2) { evidence { quote } } } } }')).toBe(
      1 + 2 + 2 * (5 + 5 * 1),
    );
    expect(cost('{ entity(id: "org:hamas") { ... on Organization { partOf(first: 2) { sources evidence(first: 3) { quote } } } } }')).toBe(
      1 + 2 + 2 * (1 + 3 + 3 * 1),
    );
    // Lists that take no first (a negotiation's roles) count defaultListSize.
    expect(cost('{ negotiations(actorId: "org:hamas", first: 2) { roles { role } } }')).toBe(2 + 2 * (1 + defaultListSize * 1));
    // A proposal's terms and parties, a claim's sources and every node's accounts page too.
    expect(
      cost('{ entity(id: "proposal:x") { ... on Proposal { terms { term { id } } addressedTo(first: 5) { evidence { quote } } } } }'),
    ).toBe(1 + (20 + 20 * (1 + 1)) + (5 + 5 * (5 + 5 * 1)));
    expect(
      cost('{ entity(id: "claim:x") { ... on Claim { sourcesConnection(first: 7) { totalCount } } accounts(first: 3) { name } } }'),
    ).toBe(1 + (7 + 1) + (3 + 3 * 1));
  });

  it('counts an event’s link lists and a node’s evidence at their first, plain and as connections', () => {
    expect(cost('{ entity(id: "event:x") { ... on Event { parts(first: 30) { event { id } } } } }')).toBe(1 + 30 + 30 * (1 + 1));
    expect(cost('{ entity(id: "event:x") { ... on Event { causes { event { id } } } } }')).toBe(1 + 20 + 20 * (1 + 1));
    // A connection is one object holding its page: its edges count the connection's first.
    expect(
      cost('{ entity(id: "event:x") { ... on Event { placesConnection(first: 7) { totalCount edges { node { place { id } } } } } } }'),
    ).toBe(1 + 7 + 1 * (1 + 1 + 7 * (1 + 1 + 1)));
    expect(cost('{ entity(id: "org:hamas") { evidence(first: 3) { quote } } }')).toBe(1 + 3 + 3 * 1);
    expect(cost('{ entity(id: "org:hamas") { evidence { quote } } }')).toBe(1 + 20 + 20 * 1);
  });

  it('counts the top-level lists at their first, and every node’s subjectOf like its other paged lists', () => {
    expect(cost('{ proposals(first: 50) { totalCount edges { node { id } } } }')).toBe(50 + (1 + 1 + 50 * (1 + 1)));
    expect(cost('{ claims { edges { node { id } } } statements(first: 1000) { totalCount } }')).toBe(20 + (1 + 20 * (1 + 1)) + 100 + 1);
    expect(cost('{ entity(id: "org:hamas") { subjectOf(first: 30) { id } } }')).toBe(1 + 30 + 30 * 1);
    expect(cost('{ entity(id: "term:x") { subjectOfConnection { totalCount edges { node { id } } } } }')).toBe(
      1 + 20 + 1 * (1 + 1 + 20 * (1 + 1)),
    );
  });

  it('reads sizes from variables, and from the operation defaults when a variable is left out', () => {
    expect(cost('query($n: Int) { search(text: "x", first: $n) { score } }', { n: 3 })).toBe(6);
    expect(cost('query($n: Int = 4) { search(text: "x", first: $n) { score } }')).toBe(8);
  });

  it('counts a size beyond the argument range at the top of the range (the argument check refuses it anyway)', () => {
    expect(cost('{ search(text: "x", first: 100000000) { score } }')).toBe(50 + 50);
  });

  it('prices graph walks by the nodes they may visit: neighborhood first x depth x 10', () => {
    expect(cost('{ neighborhood(id: "org:hamas", depth: 3, first: 500) { nodes { id } } }')).toBe(15_000 + 1 + 500);
  });

  it('multiplies aliases of an expensive field, so 500 of them cost 500 times one', () => {
    const one = 'neighborhood(id: "org:hamas", depth: 3, first: 500) { nodes { id } }';
    const many = `{ ${Array.from({ length: 500 }, (_, index) => `n${index}: ${one}`).join(' ')} }`;
    expect(cost(many)).toBe(500 * cost(`{ ${one} }`));
  });

  it('prices a tree of fragments as its expansion, in linear time', () => {
    const started = performance.now();
    const value = cost(apiFragmentTree(30));
    // Linear takes milliseconds; walking every spread would take hours. The margin absorbs a busy machine.
    expect(performance.now() - started).toBeLessThan(1_000);
    expect(value).toBeGreaterThan(2 ** 29);
  });
});

describe('aliasLimit', () => {
  it('accepts up to the limit and refuses one more, naming the count and the limit', () => {
    const query = (count: number) => `{ ${Array.from({ length: count }, (_, index) => `h${index}: health { ok }`).join(' ')} }`;
    expect(aliasErrors(query(30), 30)).toEqual([]);
    expect(aliasErrors(query(31), 30)).toEqual(['31 aliased fields exceed the limit of 30 (GRAPHQL_MAX_ALIASES)']);
  });

  it('counts the aliases of a fragment once per spread, in linear time', () => {
    const started = performance.now();
    const [message] = aliasErrors(apiFragmentTree(30), 30);
    // Linear takes milliseconds; walking every spread would take hours. The margin absorbs a busy machine.
    expect(performance.now() - started).toBeLessThan(1_000);
    expect(message).toMatch(/^\d+ aliased fields exceed the limit of 30/);
  });
});

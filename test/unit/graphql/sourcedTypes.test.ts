import { buildASTSchema, concatAST, isInterfaceType, isObjectType } from 'graphql';
import { resolvers } from '../../../src/graphql/resolvers';
import { sourcedTypes } from '../../../src/graphql/sourcedTypes';
import { loadTypeDefs } from '../../../src/graphql/typeDefs';

const schema = buildASTSchema(concatAST(loadTypeDefs()));

describe('the relations articles state (Sourced)', () => {
  it('are exactly the types the resolvers and the cost model list', () => {
    const sourced = schema.getType('Sourced');
    if (!isInterfaceType(sourced)) throw new Error('Sourced is not an interface');
    const implementing = schema.getImplementations(sourced).objects.map((type) => type.name);
    expect([...sourcedTypes].sort()).toEqual(implementing.sort());
  });

  it('each have a resolver for sources, evidence and evidenceConnection', () => {
    const byType = resolvers as Record<string, Record<string, unknown>>;
    for (const name of sourcedTypes) {
      expect(isObjectType(schema.getType(name))).toBe(true);
      expect([
        name,
        Object.keys(byType[name] ?? {})
          .filter((field) => field.includes('vidence') || field === 'sources')
          .sort(),
      ]).toEqual([name, ['evidence', 'evidenceConnection', 'sources']]);
    }
  });

  it("leave no relation's quotes unpaged: every other evidence field is a node's, an article record's or a pair's", () => {
    const others = Object.values(schema.getTypeMap())
      .filter((type) => isObjectType(type) && !type.name.startsWith('__') && !(sourcedTypes as readonly string[]).includes(type.name))
      .filter((type) => isObjectType(type) && 'evidence' in type.getFields())
      .map((type) => type.name)
      .sort();
    expect(others).toEqual(
      [
        'Account',
        'Mention',
        'Negotiation',
        'NegotiationEdge',
        'Person',
        'Organization',
        'Place',
        'Event',
        'Proposal',
        'Term',
        'Statement',
        'Claim',
        'Article',
      ].sort(),
    );
  });
});

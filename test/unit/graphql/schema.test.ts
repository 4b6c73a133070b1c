import {
  buildASTSchema,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isObjectType,
  isUnionType,
  Kind,
  type DocumentNode,
} from 'graphql';
import { loadTypeDefs, resolvers } from '../../../src/graphql';

const typeDefs: DocumentNode = { kind: Kind.DOCUMENT, definitions: loadTypeDefs().flatMap((document) => document.definitions) };
const schema = buildASTSchema(typeDefs);
const ownTypes = Object.values(schema.getTypeMap()).filter(
  (type) => !type.name.startsWith('__') && !['String', 'Int', 'Float', 'Boolean', 'ID'].includes(type.name),
);

describe('the SDL of schema/', () => {
  it('builds into one schema with the analyst queries', () => {
    const query = schema.getQueryType();
    expect(Object.keys(query?.getFields() ?? {}).sort()).toEqual(
      [
        'articles',
        'claimDisagreements',
        'claims',
        'connection',
        'entity',
        'health',
        'negotiationNetwork',
        'negotiations',
        'neighborhood',
        'proposals',
        'statements',
        'search',
        'searchAll',
        'about',
        'aboutConnection',
        'timeline',
      ].sort(),
    );
  });

  it('describes every type, field and enum value', () => {
    const missing: string[] = [];
    for (const type of ownTypes) {
      // The root type's description sits on the schema's first file; extensions add fields, not descriptions.
      if (!type.description) missing.push(type.name);
      if (isObjectType(type) || isInterfaceType(type) || isInputObjectType(type)) {
        for (const field of Object.values(type.getFields())) if (!field.description) missing.push(`${type.name}.${field.name}`);
      }
      if (isEnumType(type)) for (const value of type.getValues()) if (!value.description) missing.push(`${type.name}.${value.name}`);
    }
    expect(missing).toEqual([]);
  });

  it('has a resolver map that names only types, fields and enum values of the SDL', () => {
    const unknown: string[] = [];
    for (const [typeName, fields] of Object.entries(resolvers)) {
      const type = schema.getType(typeName);
      if (!type) {
        unknown.push(typeName);
        continue;
      }
      const names =
        isObjectType(type) || isInterfaceType(type)
          ? Object.keys(type.getFields())
          : isEnumType(type)
            ? type.getValues().map((value) => value.name)
            : [];
      for (const field of Object.keys(fields)) if (!names.includes(field)) unknown.push(`${typeName}.${field}`);
    }
    expect(unknown).toEqual([]);
  });

  it('resolves the abstract types from the models: each member can be told apart by __typename', () => {
    const actor = schema.getType('Actor');
    expect(isUnionType(actor) && actor.getTypes().map((type) => type.name)).toEqual(['Person', 'Organization']);
    const node = schema.getType('Node');
    expect(isInterfaceType(node)).toBe(true);
    const implementations = schema
      .getImplementations(node as never)
      .objects.map((type) => type.name)
      .sort();
    expect(implementations).toEqual(['Article', 'Claim', 'Event', 'Organization', 'Person', 'Place', 'Proposal', 'Statement', 'Term']);
  });
});

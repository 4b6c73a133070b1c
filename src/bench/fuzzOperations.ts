import fc from 'fast-check';
import {
  buildASTSchema,
  concatAST,
  getNamedType,
  getNullableType,
  isAbstractType,
  isEnumType,
  isListType,
  isObjectType,
  isScalarType,
  type GraphQLArgument,
  type GraphQLInputType,
  type GraphQLNamedType,
  type GraphQLSchema,
} from 'graphql';
import { loadTypeDefs } from '../graphql';

/** The API's schema, as the server builds it from schema/. */
export function apiSchema(): GraphQLSchema {
  return buildASTSchema(concatAST(loadTypeDefs()));
}

/** Ids of the seed and ids no grammar allows, so both the found and the refused paths run. */
const ids = [
  'person:adam-boehler',
  'org:hamas',
  'org:united-states',
  'event:us-hamas-direct-talks',
  'event:october-7-raid',
  'person:nobody',
  "person:x'}) DETACH DELETE n //",
  'ORG:Hamas',
  'org:hamas ',
  'org:ha\u200bmas',
  '',
];
const strings = [
  '2023-10-07',
  '2025-03-01',
  '0048-02-29',
  '2023-02-30',
  '9999-12-31',
  'Boehler',
  'Witkoff Qatar',
  '*',
  '"',
  '\\',
  'talks',
  'x'.repeat(300),
];

function inputValue(type: GraphQLInputType): fc.Arbitrary<unknown> {
  const nullable = getNullableType(type);
  if (isListType(nullable)) return fc.array(inputValue(nullable.ofType), { maxLength: 4 });
  const named = getNamedType(type);
  switch (named.name) {
    case 'ID':
      return fc.oneof(fc.constantFrom(...ids), fc.string({ maxLength: 40 }));
    case 'Int':
      return fc.oneof(fc.integer({ min: -5, max: 600 }), fc.constantFrom(0, 2 ** 31 - 1, -(2 ** 31)));
    case 'Boolean':
      return fc.boolean();
    case 'Float':
      return fc.double({ noNaN: true });
    default:
      return isEnumType(named)
        ? fc.constantFrom(...named.getValues().map((value) => value.name))
        : fc.oneof(fc.constantFrom(...strings), fc.string({ maxLength: 30 }));
  }
}

/** A selection set for `type`, at most `depth` levels deep, picked at random from its fields. */
function selection(schema: GraphQLSchema, type: GraphQLNamedType, depth: number): fc.Arbitrary<string> {
  if (isAbstractType(type)) {
    const possible = schema.getPossibleTypes(type);
    return fc
      .subarray([...possible], { minLength: 1, maxLength: Math.min(2, possible.length) })
      .chain((chosen) =>
        fc.tuple(...chosen.map((option) => selection(schema, option, depth).map((inner) => `... on ${option.name} ${inner}`))),
      )
      .map((parts) => `{ __typename ${parts.join(' ')} }`);
  }
  if (!isObjectType(type)) return fc.constant('');
  const fields = Object.values(type.getFields()).filter(
    (field) => depth > 0 || isScalarType(getNamedType(field.type)) || isEnumType(getNamedType(field.type)),
  );
  if (fields.length === 0) return fc.constant('{ __typename }');
  return fc
    .subarray(fields, { minLength: 1, maxLength: Math.min(4, fields.length) })
    .chain((chosen) =>
      fc.tuple(
        ...chosen.map((field) => {
          const inner = getNamedType(field.type);
          const sub = isObjectType(inner) || isAbstractType(inner) ? selection(schema, inner, depth - 1) : fc.constant('');
          return fc.tuple(argumentsFor(field.args), sub).map(([args, set]) => `${field.name}${args} ${set}`);
        }),
      ),
    )
    .map((parts) => `{ ${parts.join(' ')} }`);
}

function argumentsFor(args: readonly GraphQLArgument[]): fc.Arbitrary<string> {
  if (args.length === 0) return fc.constant('');
  return fc
    .tuple(...args.map((arg) => fc.option(inputValue(arg.type), { nil: undefined, freq: 3 }).map((value) => [arg.name, value] as const)))
    .map((pairs) =>
      pairs.filter(
        ([name, value]) =>
          value !== undefined ||
          args
            .find((arg) => arg.name === name)
            ?.type.toString()
            .endsWith('!'),
      ),
    )
    .map((pairs) =>
      pairs.length === 0 ? '' : `(${pairs.map(([name, value]) => `${name}: ${JSON.stringify(value ?? null)}`).join(', ')})`,
    );
}

/**
 * Requests the fuzz sends: valid operations built from the schema with random (often bad) arguments, the same
 * passed through variables of the wrong type, and broken documents (truncated, unknown fields, many aliases).
 */
export function requests(schema: GraphQLSchema): fc.Arbitrary<{ query: string; variables?: Record<string, unknown> }> {
  const query = schema.getQueryType();
  if (!query) throw new Error('the schema has no Query type');
  const valid = selection(schema, query, 3).map((set) => ({ query: set }));
  const withVariables = fc
    .tuple(fc.constantFrom('timeline', 'search', 'neighborhood', 'negotiations'), fc.anything({ maxDepth: 2 }))
    .map(([field, value]) => {
      const declared = { timeline: '$v: String', search: '$v: String!', neighborhood: '$v: ID!', negotiations: '$v: ID!' }[field];
      const use = {
        timeline: 'timeline(after: $v) { edges { cursor } }',
        search: 'search(text: $v) { score }',
        neighborhood: 'neighborhood(id: $v) { nodes { id } }',
        negotiations: 'negotiations(actorId: $v) { events { id } }',
      }[field];
      return { query: `query(${declared}) { ${use} }`, variables: { v: value } };
    });
  const broken = fc.oneof(
    valid.chain(({ query: text }) => fc.nat({ max: text.length }).map((cut) => ({ query: text.slice(0, cut) }))),
    fc.string({ maxLength: 200 }).map((text) => ({ query: text })),
    fc
      .integer({ min: 1, max: 60 })
      .map((count) => ({ query: `{ ${Array.from({ length: count }, (_, index) => `a${index}: health { ok }`).join(' ')} }` })),
    fc.constantFrom({ query: '{ nosuchfield }' }, { query: '{ entity { id } }' }, { query: `{ ${'['.repeat(5000)} }` }),
  );
  return fc.oneof({ arbitrary: valid, weight: 5 }, { arbitrary: withVariables, weight: 2 }, { arbitrary: broken, weight: 2 });
}

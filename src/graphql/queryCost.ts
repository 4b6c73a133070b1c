import {
  GraphQLError,
  Kind,
  getNamedType,
  getNullableType,
  isCompositeType,
  isListType,
  valueFromAST,
  valueFromASTUntyped,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import type { ApolloServerPlugin } from '@apollo/server';
import { ErrorCode } from '../errors';
import { argumentRanges } from './argumentRanges';

/**
 * The query cost model: an estimate of how many rows a request may make the database read, computed from the
 * document and its variables before anything runs.
 *
 * - Every selected field costs 1 (introspection fields cost nothing).
 * - A list field multiplies the cost of what it selects by its length: its `first` argument when it has one,
 *   the `first` of the field just above when that field returns a page or graph object (timeline's edges,
 *   neighborhood's nodes), and `defaultListSize` otherwise (a negotiation's roles). The nested lists that page (an
 *   entity's events, members, participants, an event's links, a node's or a relation's evidence) count their
 *   `first`, given or default (20).
 * - Fields that walk the graph cost the rows they may visit: neighborhood `first x depth x walkFactor`,
 *   connection `first x maxHops x walkFactor`.
 * Sizes beyond an argument's allowed range count at the range's top: the argument check refuses them anyway, with
 * its own clearer message, and before any statement.
 */
export const defaultListSize = 5;

/** About how many relationships a graph walk reads for each node it keeps (hubs have thousands). */
const walkFactor = 10;

type Variables = Record<string, unknown>;

/** The cost of `operation` under the model above, with `variables` as the request sent them. */
export function operationCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Variables,
): number {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  // Defaults the operation declares for its variables apply when the request leaves them out.
  const values: Variables = {};
  for (const definition of operation.variableDefinitions ?? []) {
    const name = definition.variable.name.value;
    if (name in variables) values[name] = variables[name];
    else if (definition.defaultValue) values[name] = valueFromASTUntyped(definition.defaultValue);
  }
  // A fragment's cost depends only on its type and on the page size it inherits, so it is computed once per pair.
  const measured = new Map<string, number>();
  const inProgress = new Set<string>();

  const sizeArgument = (
    parent: GraphQLCompositeType,
    field: FieldNode,
    definition: GraphQLField<unknown, unknown>,
    name: 'first' | 'depth' | 'maxHops',
  ): number | null => {
    const argument = definition.args.find((candidate) => candidate.name === name);
    if (!argument) return null;
    const node = field.arguments?.find((candidate) => candidate.name.value === name);
    const given = node ? valueFromAST(node.value, argument.type, values) : undefined;
    const bound = argumentRanges[`${parent.name}.${field.name.value}`]?.[name];
    // A first left out counts at its default where argumentRanges knows the field, else (no bound) at defaultListSize.
    const fallback = bound && typeof argument.defaultValue === 'number' ? argument.defaultValue : defaultListSize;
    const raw = typeof given === 'number' ? given : fallback;
    return bound ? Math.min(Math.max(raw, bound.min), bound.max) : Math.max(raw, 1);
  };

  const fieldCost = (parent: GraphQLCompositeType, field: FieldNode, inheritedSize: number | null): number => {
    if (field.name.value.startsWith('__') || !('getFields' in parent)) return 0;
    const definition = parent.getFields()[field.name.value];
    if (!definition) return 0;
    const first = sizeArgument(parent, field, definition, 'first');
    const reach = sizeArgument(parent, field, definition, 'depth') ?? sizeArgument(parent, field, definition, 'maxHops');
    const own = first === null ? 1 : reach === null ? first : first * reach * walkFactor;
    const returned = getNamedType(definition.type);
    if (!field.selectionSet || !isCompositeType(returned)) return own;
    const isList = isListType(getNullableType(definition.type));
    const length = isList ? (first ?? inheritedSize ?? defaultListSize) : 1;
    // A page or graph object passes its `first` to the lists it holds.
    const passed = !isList && first !== null ? first : null;
    return own + length * selectionCost(returned, field.selectionSet, passed);
  };

  const selectionCost = (parent: GraphQLCompositeType, selectionSet: SelectionSetNode, inheritedSize: number | null): number => {
    let total = 0;
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) {
        total += fieldCost(parent, selection, inheritedSize);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        total += selectionCost(narrowed(schema, parent, selection.typeCondition?.name.value), selection.selectionSet, inheritedSize);
      } else {
        const name = selection.name.value;
        const fragment = fragments.get(name);
        const key = `${name}@${inheritedSize ?? ''}`;
        if (!fragment || inProgress.has(key)) continue;
        let cost = measured.get(key);
        if (cost === undefined) {
          inProgress.add(key);
          cost = selectionCost(narrowed(schema, parent, fragment.typeCondition.name.value), fragment.selectionSet, inheritedSize);
          inProgress.delete(key);
          measured.set(key, cost);
        }
        total += cost;
      }
    }
    return total;
  };

  const root = schema.getRootType(operation.operation);
  return root ? selectionCost(root, operation.selectionSet, null) : 0;
}

function narrowed(schema: GraphQLSchema, parent: GraphQLCompositeType, typeName: string | undefined): GraphQLCompositeType {
  const type = typeName ? schema.getType(typeName) : undefined;
  return type && isCompositeType(type) ? type : parent;
}

/**
 * Refuses, before any resolver runs, an operation whose cost exceeds `maxCost`; the error names both numbers so a
 * client can tell how much to trim (smaller `first`, fewer aliases, less nesting).
 */
export function costLimitPlugin(maxCost: number): ApolloServerPlugin {
  return {
    // Apollo's hooks are typed to return promises; these have nothing to wait for.
    // eslint-disable-next-line @typescript-eslint/require-await
    async requestDidStart() {
      return {
        // eslint-disable-next-line @typescript-eslint/require-await
        async didResolveOperation({ schema, document, operation, request }) {
          if (!operation || maxCost <= 0) return;
          const cost = operationCost(schema, document, operation, request.variables ?? {});
          if (cost > maxCost) {
            throw new GraphQLError(
              `query cost ${cost} exceeds the limit of ${maxCost} (GRAPHQL_MAX_COST): ask for fewer or smaller lists`,
              {
                extensions: { code: ErrorCode.BadUserInput, cost, limit: maxCost, http: { status: 400 } },
              },
            );
          }
        },
      };
    },
  };
}

import type { DocumentNode, GraphQLFieldResolver } from 'graphql';
import { graphNodeTypes } from '../ingest';
import type { Context } from './context';
import type { Resolvers } from './generated/resolvers';
import { withImpliedResolvers } from './impliedResolvers';

/**
 * Brief nodes: the statements behind the lists analysts ask most (timeline, an actor's events, participants,
 * members, roles, negotiations, neighbourhoods, connections) can return each node with only its id, name, title and
 * labels (cypher/include/node-map.cypher) instead of every property. Reading, sending and decoding every property of
 * every node was most of such a list's time (bench:api), and most requests select ids and titles only.
 *
 * The look-ahead (lookAhead.ts `selectsBriefOnly`) asks for brief nodes when a request selects nothing a brief node
 * lacks. That choice only saves work: every field a node type serves from its stored properties resolves through
 * `storedField`, which, for a brief node that lacks the field, loads the whole node (`loaders.node`, one batch for
 * all of them). So an answer never depends on the look-ahead guessing right.
 */

/** The fields a brief node carries (besides its labels, which give __typename). */
const carried = new Set(['id', 'name', 'title']);

/**
 * The fields (schema coordinates, `Event.summary`) that need more of a node than a brief one carries: the look-ahead
 * asks for whole nodes when a request selects one. By coordinate, not by resolver: the executable schema binds copies.
 */
const wholeNodeFields = new Set<string>();

/** Whether a node model was mapped from a brief row (it then holds only id, name and title). */
export function isBrief(node: object): boolean {
  return (node as { brief?: unknown }).brief === true;
}

/** Whether `type`'s `field` needs more of a node than a brief one carries. */
export function needsWholeNode(type: string, field: string): boolean {
  return wholeNodeFields.has(`${type}.${field}`);
}

/** Whether a brief node answers `field` itself. */
export function carriedByBrief(field: string): boolean {
  return carried.has(field);
}

/** Marks the resolver of `coordinate` as one that reads more of a node than a brief one carries, so the look-ahead asks for whole nodes. */
export function readsWholeNode<F>(coordinate: `${string}.${string}`, resolve: F): F {
  wholeNodeFields.add(coordinate);
  return resolve;
}

/** A field served from the node's own properties: from the model, or, when the model is brief and lacks it, from the whole node. */
function storedField(type: string, field: string): GraphQLFieldResolver<Record<string, unknown>, Context> {
  // Synchronous unless it must load: graphql-js completes a plain value with far less work than a promise, and
  // these resolve every property of every node of every answer.
  return readsWholeNode(`${type}.${field}`, (parent: Record<string, unknown>, _args: unknown, context: Context) => {
    if (!isBrief(parent) || field in parent) return parent[field];
    // null: the node left the graph while the answer was read (a non-null field then reports the error).
    return context.loaders.node
      .load(String(parent.id))
      .then((whole) => (whole === null ? null : (whole as unknown as Record<string, unknown>)[field]));
  });
}

/**
 * `resolvers` with a `storedField` resolver for every field of every node type that has no resolver of its own
 * (those graphql-js would read from the model), except `id`, which every node carries.
 */
export function withStoredFields(resolvers: Resolvers, typeDefs: readonly DocumentNode[]): Resolvers {
  const nodeTypes = new Set<string>(graphNodeTypes);
  return withImpliedResolvers(resolvers, typeDefs, (type, field) =>
    nodeTypes.has(type) && field !== 'id' ? storedField(type, field) : undefined,
  );
}

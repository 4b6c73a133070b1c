import { graphNodeTypes, type GraphNodeType } from '../../ingest';
import type { Context } from '../context';
import type { NodeModel } from '../models';
import type { Resolvers } from '../generated/resolvers';
import { connectionPage, listPage, toConnection, type PageArgs } from '../paging';

/** Node.subjectOf: the first `first` statements, claims and proposals about the node, by id. */
const subjectOf = (node: { id: string }, args: PageArgs, { loaders }: Context): Promise<NodeModel[]> =>
  loaders.subjectOf.load(listPage(node.id, args));

/**
 * Node.subjectOfConnection and Query.aboutConnection: the statements, claims and proposals about the node page by
 * page, through the same loader as subjectOf, so a list of nodes asking it costs one statement per page size.
 */
export const subjectOfConnection = async (node: { id: string }, args: PageArgs, { loaders }: Context) => {
  const { key, first } = connectionPage(node.id, args);
  return toConnection(await loaders.subjectOf.load(key), key, first, () =>
    loaders.listSize.load({ id: node.id, list: 'aboutNode', roles: null }),
  );
};

/** Every type that implements Node (src/ingest/types.ts `nodeKinds`), each with subjectOf and its connection. */
export const subjectOfResolvers = Object.fromEntries(graphNodeTypes.map((type) => [type, { subjectOf, subjectOfConnection }])) as Record<
  GraphNodeType,
  { subjectOf: typeof subjectOf; subjectOfConnection: typeof subjectOfConnection }
> satisfies Resolvers;

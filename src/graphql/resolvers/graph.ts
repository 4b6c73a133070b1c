import type { Resolvers } from '../generated/resolvers';
import { BadUserInputError } from '../../errors';
import type { Context } from '../context';
import { readsWholeNode, isBrief } from '../briefNodes';
import { selectsBriefThroughout } from '../lookAhead';
import { displayName, toGraph, toPath } from '../mapping';
import type { EdgeModel, GraphNodeModel, PathModel } from '../models';
import { queryRanges } from '../argumentRanges';
import { intInRange, nodeId } from '../validation';
import { answerOrCheck, existingNode } from './lookup';

/** A graph node's caption, from the whole node: a brief one lacks the text, quote or figure some types are captioned by. */
const caption = readsWholeNode('GraphNode.label', async (entry: GraphNodeModel, _args: unknown, context: Context) =>
  displayName(isBrief(entry.node) ? ((await context.loaders.node.load(entry.node.id)) ?? entry.node) : entry.node),
);

/** Paths between two nodes and the neighbourhood of one, for graph views. */
export const graphResolvers = {
  Query: {
    connection: async (_parent, args, context: Context, info): Promise<PathModel[]> => {
      const fromId = nodeId('fromId', args.fromId);
      const toId = nodeId('toId', args.toId);
      if (fromId === toId) throw new BadUserInputError('toId', `expected a node other than fromId, got "${toId}" for both`);
      const maxHops = intInRange('maxHops', args.maxHops, queryRanges.connection.maxHops);
      const first = intInRange('first', args.first, queryRanges.connection.first);
      // Both ids are checked in one batch; the paths query would only say "no path" for an unknown id.
      const rows = await answerOrCheck(
        context,
        () => context.read('connection', { fromId, toId, maxHops, limit: first, brief: selectsBriefThroughout(info, context.lookAhead) }),
        () => Promise.all([existingNode('fromId', fromId, context), existingNode('toId', toId, context)]),
      );
      return rows.map(toPath);
    },
    neighborhood: async (_parent, args, context: Context, info) => {
      const id = nodeId('id', args.id);
      const depth = intInRange('depth', args.depth, queryRanges.neighborhood.depth);
      const first = intInRange('first', args.first, queryRanges.neighborhood.first);
      const rows = await answerOrCheck(
        context,
        () => context.read('neighborhood', { id, depth, limit: first, brief: selectsBriefThroughout(info, context.lookAhead) }),
        () => existingNode('id', id, context),
      );
      const [row] = rows;
      return row ? toGraph(row) : { nodes: [], edges: [] };
    },
  },
  Path: {
    length: (path: PathModel) => path.edges.length,
  },
  GraphNode: {
    id: (entry: GraphNodeModel) => entry.node.id,
    type: (entry: GraphNodeModel) => entry.node.__typename,
    label: caption,
  },
  GraphEdge: {
    side: (edge: EdgeModel) => edge.sideId,
  },
} satisfies Resolvers;

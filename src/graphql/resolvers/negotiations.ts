import type { Resolvers } from '../generated/resolvers';
import { BadUserInputError } from '../../errors';
import type { Context } from '../context';
import { negotiationsNeed, selectsBriefThroughout } from '../lookAhead';
import { narrow, toNegotiation, toNegotiationEdge } from '../mapping';
import type { ActorModel, NegotiationEdgeModel } from '../models';
import { queryRanges } from '../argumentRanges';
import { flag, intInRange, nodeId } from '../validation';
import { answerOrCheck, existingNode } from './lookup';

interface NetworkNode {
  id: string;
  actor: ActorModel;
  degree: number;
  weight: number;
}

/** The actors of the edges, each once, with how many counterparts it has and its summed edge weight. */
function networkNodes(edges: NegotiationEdgeModel[]): NetworkNode[] {
  const nodes = new Map<string, NetworkNode>();
  for (const edge of edges) {
    for (const actor of [edge.source, edge.target]) {
      const node = nodes.get(actor.id) ?? { id: actor.id, actor, degree: 0, weight: 0 };
      node.degree += 1;
      node.weight += edge.weight;
      nodes.set(actor.id, node);
    }
  }
  return [...nodes.values()].sort((a, b) => b.weight - a.weight || (a.id < b.id ? -1 : 1));
}

/** Who negotiated with whom, for one actor or as a network. */
export const negotiationResolvers = {
  Query: {
    negotiations: async (_parent, args, context: Context, info) => {
      const actorId = nodeId('actorId', args.actorId);
      const rollUp = flag('rollUp', args.rollUp);
      const first = intInRange('first', args.first, queryRanges.negotiations.first);
      // negotiations.cypher starts only from a person or organization, so rows show the actor is one.
      const rows = await answerOrCheck(
        context,
        () =>
          context.read('negotiations', {
            actorId,
            rollUp,
            limit: first,
            ...(context.lookAhead ? negotiationsNeed(info) : { mediators: true, sides: true }),
            brief: selectsBriefThroughout(info, context.lookAhead),
          }),
        async () => {
          const actor = await existingNode('actorId', actorId, context);
          if (actor.__typename !== 'Person' && actor.__typename !== 'Organization') {
            throw new BadUserInputError('actorId', `expected a person or organization, got the ${actor.__typename} "${actorId}"`);
          }
        },
      );
      return rows.map(toNegotiation);
    },
    negotiationNetwork: async (_parent, args, { read }: Context) => {
      const rollUp = flag('rollUp', args.rollUp);
      const first = intInRange('first', args.first, queryRanges.negotiationNetwork.first);
      const edges = (await read('negotiation-network', { rollUp, limit: first })).map(toNegotiationEdge);
      return { nodes: networkNodes(edges), edges };
    },
  },
  Negotiation: {
    weight: (negotiation: { events: unknown[]; proposals: unknown[] }) => negotiation.events.length + negotiation.proposals.length,
  },
  NegotiationEdge: {
    source: (edge: NegotiationEdgeModel) => edge.source.id,
    target: (edge: NegotiationEdgeModel) => edge.target.id,
    events: async (edge: NegotiationEdgeModel, _args: unknown, { loaders }: Context) =>
      (await loaders.node.loadMany(edge.eventIds)).flatMap((node) => (node instanceof Error ? [] : node ? [narrow(node, 'Event')] : [])),
    proposals: async (edge: NegotiationEdgeModel, _args: unknown, { loaders }: Context) =>
      (await loaders.node.loadMany(edge.proposalIds)).flatMap((node) =>
        node instanceof Error ? [] : node ? [narrow(node, 'Proposal')] : [],
      ),
  },
} satisfies Resolvers;

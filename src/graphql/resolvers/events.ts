import type { Context } from '../context';
import { decodeCursor, encodeCursor } from '../cursor';
import { narrow, toEvent } from '../mapping';
import type { EventModel, ParticipationModel } from '../models';
import { pagedList } from '../paging';
import { rangePlacement } from '../rangePlacement';
import { timelineFixedParams } from '../timelineParams';
import { bounds, dateRange, intInRange, nodeId, optionalList, rangeMatch } from '../validation';
import { accounts } from './accounts';
import { eventLinks, ofType } from './links';
import { existingNode } from './lookup';

type Args = Record<string, unknown>;

const linked = (type: string, outgoing: boolean) => async (event: EventModel, _args: Args, { loaders }: Context) =>
  eventLinks(ofType(await loaders.eventLinks.load(event.id), type, outgoing));

const participants = pagedList(
  (loaders) => loaders.participants,
  'participants',
  (event: EventModel, link): ParticipationModel => ({
    actor: narrow(link.node, 'Person', 'Organization'),
    event,
    role: link.relation.role ?? 'participant',
    sideId: link.relation.sideId,
    table: link.relation.table,
    evidence: link.relation.evidence,
  }),
  (args) => optionalList('roles', args.roles, 'roles such as "mediator"'),
);

/** The timeline and the Event type. */
export const eventResolvers = {
  Query: {
    timeline: async (_parent: unknown, args: Args, context: Context) => {
      const { from, to } = dateRange('from', args.from, 'to', args.to);
      const match = rangeMatch('match', args.match);
      const actorId = args.actorId === null || args.actorId === undefined ? null : nodeId('actorId', args.actorId);
      const kinds = optionalList('kinds', args.kinds, 'event kinds such as "talks"');
      const first = intInRange('first', args.first, bounds.timelineFirst);
      const after = decodeCursor('after', args.after);
      // One row more than asked says whether another page follows.
      const [rows] = await Promise.all([
        context.read('timeline', { ...timelineFixedParams, from, to, match, actorId, kinds, after, limit: first + 1 }),
        actorId === null ? null : existingNode('actorId', actorId, context),
      ]);
      const edges = rows.slice(0, first).map((row) => {
        const node = toEvent(row.event);
        const sequence = Number(row.sequence);
        return {
          node,
          sequence,
          placement: rangePlacement(node.date, from, to),
          cursor: encodeCursor({ earliest: String(row.earliestKey), latest: String(row.latestKey), sequence, id: node.id }),
        };
      });
      return { edges, pageInfo: { hasNextPage: rows.length > first, endCursor: edges.at(-1)?.cursor ?? null } };
    },
  },
  Event: {
    participants: participants.list,
    participantsConnection: participants.connection,
    places: async (event: EventModel, _args: Args, { loaders }: Context) =>
      ofType(await loaders.eventLinks.load(event.id), 'OCCURRED_IN', true).map((link) => ({ place: narrow(link.node, 'Place'), evidence: link.relation.evidence })),
    causes: linked('TRIGGERED', false),
    consequences: linked('TRIGGERED', true),
    // FOLLOWED points from the later event to the earlier one.
    follows: linked('FOLLOWED', true),
    followedBy: linked('FOLLOWED', false),
    partOf: linked('PART_OF_EVENT', true),
    parts: linked('PART_OF_EVENT', false),
    evidence: (event: EventModel, _args: Args, { loaders }: Context) => loaders.evidence.load(event.id),
    accounts,
  },
};

import { openEnd, type Row } from '../../db';
import type { Resolvers } from '../generated/resolvers';
import type { Context } from '../context';
import { decodeCursor, encodeCursor } from '../cursor';
import { selectsBriefOnly, timelineParticipantsPlan } from '../lookAhead';
import { narrow, toEvent } from '../mapping';
import type { EventLinkList } from '../linkKinds';
import type { EventModel, KindedLinkModel, LinkModel, ParticipationModel } from '../models';
import { connectionPage, listPage, pagedList, toConnection, type PageArgs } from '../paging';
import { rangePlacement } from '../rangePlacement';
import { timelineFixedParams } from '../timelineParams';
import { listLength, queryRanges } from '../argumentRanges';
import { dateRange, intInRange, nodeId, optionalList, rangeMatch } from '../validation';
import { accounts, accountsConnection } from './accounts';
import { eventLinks, ofKind } from './links';
import { answerOrCheck, existingNode } from './lookup';
import { evidence, mentionsConnection } from './mentions';

/**
 * One of an event's link lists (one relation type in one direction) as a plain list that takes `first` and as its
 * `...Connection` sibling. links-by-event pages every list of an event alike, so the lists of one page size share
 * one query; each picks its own links from it.
 */
function linkList<T>(list: EventLinkList, shape: (links: LinkModel[]) => T[]) {
  const pick = (links: KindedLinkModel<EventLinkList>[]) => shape(ofKind(links, list));
  return {
    list: async (event: EventModel, args: PageArgs, { loaders }: Context) => pick(await loaders.eventLinks.load(listPage(event.id, args))),
    connection: async (event: EventModel, args: PageArgs, { loaders }: Context) => {
      const { key, first } = connectionPage(event.id, args);
      return toConnection(pick(await loaders.eventLinks.load(key)), key, first, () =>
        loaders.listSize.load({ id: event.id, list, roles: null }),
      );
    },
  };
}

const placeLinks = (links: LinkModel[]) => links.map((link) => ({ place: narrow(link.node, 'Place'), stated: link.relation.stated }));

/** Each list of src/graphql/linkKinds.ts `eventLinkLists`: `satisfies` fails the build when one is left out. */
const links = {
  places: linkList('places', placeLinks),
  causes: linkList('causes', eventLinks),
  consequences: linkList('consequences', eventLinks),
  follows: linkList('follows', eventLinks),
  followedBy: linkList('followedBy', eventLinks),
  partOf: linkList('partOf', eventLinks),
  parts: linkList('parts', eventLinks),
} satisfies Record<EventLinkList, unknown>;

const participants = pagedList(
  (loaders) => loaders.participants,
  'participants',
  (event: EventModel, link): ParticipationModel => ({
    actor: narrow(link.node, 'Person', 'Organization'),
    event,
    role: link.relation.role ?? 'participant',
    sideId: link.relation.sideId,
    table: link.relation.table,
    stated: link.relation.stated,
  }),
  { roles: (args) => optionalList('roles', args.roles, listLength, 'roles such as "mediator"'), node: 'actor' },
);

/** An event's date interval from its timeline row's sort key, in which $openEnd stands for an open bound. */
function intervalOf(row: Row): { earliest: string | null; latest: string | null } {
  const bound = (key: unknown) => (key === openEnd ? null : String(key));
  return { earliest: bound(row.earliestKey), latest: bound(row.latestKey) };
}

/** The timeline and the Event type. */
export const eventResolvers = {
  Query: {
    timeline: async (_parent, args, context: Context, info) => {
      const { from, to } = dateRange('from', args.from, 'to', args.to);
      const match = rangeMatch('match', args.match);
      const actorId = args.actorId === null || args.actorId === undefined ? null : nodeId('actorId', args.actorId);
      const kinds = optionalList('kinds', args.kinds, queryRanges.timeline.kinds, 'event kinds such as "talks"');
      const first = intInRange('first', args.first, queryRanges.timeline.first);
      const after = decodeCursor('after', args.after);
      // When the request nests participants, timeline.cypher brings their first page too, primed below into the
      // loader under the key the nested resolver asks for.
      const participants = context.lookAhead ? timelineParticipantsPlan(info) : null;
      // One row more than asked says whether another page follows.
      const shared = {
        from,
        to,
        match,
        kinds,
        after,
        limit: first + 1,
        ...(participants?.params ?? { participantRoles: null, participantsLimit: null, participantsBrief: false }),
        brief: selectsBriefOnly(info, context.lookAhead, ['edges', 'node']),
      };
      // One actor's timeline has a file of its own, the same answer without timeline.cypher's union of index branches.
      const page = () =>
        actorId === null
          ? context.read('timeline', { ...timelineFixedParams, ...shared, actorId })
          : context.read('timeline-of-actor', { openEnd: timelineFixedParams.openEnd, ...shared, actorId });
      const rows = actorId === null ? await page() : await answerOrCheck(context, page, () => existingNode('actorId', actorId, context));
      const edges = rows.slice(0, first).map((row) => {
        const node = toEvent(row.event);
        participants?.prime(context.loaders, node.id, row.participants);
        const sequence = Number(row.sequence);
        return {
          node,
          sequence,
          // From the sort key, which has the dates a brief event lacks ($openEnd standing for an open bound).
          placement: rangePlacement(intervalOf(row), from, to),
          cursor: encodeCursor({ earliest: String(row.earliestKey), latest: String(row.latestKey), sequence, id: node.id }),
        };
      });
      return { edges, pageInfo: { hasNextPage: rows.length > first, endCursor: edges.at(-1)?.cursor ?? null } };
    },
  },
  Event: {
    participants: participants.list,
    participantsConnection: participants.connection,
    places: links.places.list,
    placesConnection: links.places.connection,
    causes: links.causes.list,
    causesConnection: links.causes.connection,
    consequences: links.consequences.list,
    consequencesConnection: links.consequences.connection,
    follows: links.follows.list,
    followsConnection: links.follows.connection,
    followedBy: links.followedBy.list,
    followedByConnection: links.followedBy.connection,
    partOf: links.partOf.list,
    partOfConnection: links.partOf.connection,
    parts: links.parts.list,
    partsConnection: links.parts.connection,
    evidence,
    mentionsConnection,
    accounts,
    accountsConnection,
  },
} satisfies Resolvers;

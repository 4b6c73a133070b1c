import type { Resolvers } from '../generated/resolvers';
import type { GraphQLResolveInfo } from 'graphql';
import type { Row } from '../../db';
import { enumValues } from '../enumValues';
import type { Context } from '../context';
import { entityEventsPlan, nestedRolesPage, type EntityEventsPlan } from '../lookAhead';
import { fullTextQuery, searchWords } from '../fullText';
import { narrow, toEntity, toLink, toNode } from '../mapping';
import type {
  ActorModel,
  EvidenceModel,
  KindedLinkModel,
  NodeModel,
  OrganizationModel,
  ParticipationModel,
  PersonModel,
  PlaceModel,
} from '../models';
import { queryRanges } from '../argumentRanges';
import type { AffiliationDirection } from '../linkKinds';
import { intInRange, nodeId, searchText, searchTypes } from '../validation';
import { firstPage } from '../loaders';
import { connectionPage, listPage, pagedList, toConnection, type PageArgs } from '../paging';
import { accounts, accountsConnection } from './accounts';
import { subjectOfConnection } from './subjectOf';
import { ofKind, participationOfActor } from './links';
import { evidence, mentionsConnection } from './mentions';

const placeEvents = pagedList(
  (loaders) => loaders.placeEvents,
  'placeEvents',
  (_place: PlaceModel, link) => ({
    event: narrow(link.node, 'Event'),
    stated: link.relation.stated,
  }),
);

/**
 * The entity, its events and their participants in one statement (entity-events-participants.cypher), and the
 * participating organizations' members when the request nests them, primed into the loaders under the keys the
 * nested resolvers will ask for, so they find their answers without a round trip.
 */
async function entityWithEvents(context: Context, id: string, plan: EntityEventsPlan): Promise<NodeModel | null> {
  const eventsPage = plan.events(id);
  const [row] = await context.read('entity-events-participants', {
    id,
    eventsLimit: eventsPage.limit,
    ...plan.participants.params,
    ...(plan.members?.params ?? { membersLimit: null, membersBrief: false, rolesLimit: null, rolesBrief: false }),
    brief: plan.brief,
  });
  if (!row) {
    context.loaders.node.prime(id, null);
    return null;
  }
  const node = toNode(row.node);
  context.loaders.node.prime(id, node);
  const participations = (row.events as Row[]).filter((participation) => participation.event !== null);
  context.loaders.eventsOfActor.prime(
    eventsPage,
    participations.map((participation) => toLink(participation, 'event')),
  );
  for (const participation of participations) {
    plan.participants.prime(context.loaders, String((participation.event as Row).id), participation.participants);
  }
  for (const organization of row.members as Row[]) plan.members?.prime(context.loaders, String(organization.id), organization.members);
  return node;
}

/**
 * What an organization is part of, or its parts, as a plain list that takes `first` and as its `...Connection`
 * sibling: affiliations-by-organization pages both directions alike, so each picks its own links from one query.
 */
function affiliationList(list: 'organizationPartOf' | 'organizationParts', direction: AffiliationDirection) {
  const pick = (links: KindedLinkModel<AffiliationDirection>[]) =>
    ofKind(links, direction).map((found) => ({ organization: narrow(found.node, 'Organization'), stated: found.relation.stated }));
  return {
    list: async (organization: OrganizationModel, args: PageArgs, { loaders }: Context) =>
      pick(await loaders.affiliations.load(listPage(organization.id, args))),
    connection: async (organization: OrganizationModel, args: PageArgs, { loaders }: Context) => {
      const { key, first } = connectionPage(organization.id, args);
      return toConnection(pick(await loaders.affiliations.load(key)), key, first, () =>
        loaders.listSize.load({ id: organization.id, list, roles: null }),
      );
    },
  };
}
const partOf = affiliationList('organizationPartOf', 'partOf');
const parts = affiliationList('organizationParts', 'part');

const events = pagedList(
  (loaders) => loaders.eventsOfActor,
  'events',
  (actor: ActorModel, link) => participationOfActor(actor, link),
  { node: 'event' },
);
const proposals = pagedList(
  (loaders) => loaders.proposalsOfActor,
  'proposals',
  (_actor: ActorModel, link) => ({
    proposal: narrow(link.node, 'Proposal'),
    relation: link.kind,
    stated: link.relation.stated,
  }),
);
const statements = pagedList(
  (loaders) => loaders.statementsOfActor,
  'statements',
  (_actor: ActorModel, link) => ({
    statement: narrow(link.node, 'Statement'),
    stated: link.relation.stated,
  }),
);
const claims = pagedList(
  (loaders) => loaders.claimsOfActor,
  'claims',
  (_actor: ActorModel, link) => ({ claim: narrow(link.node, 'Claim'), stated: link.relation.stated }),
);
const roles = pagedList(
  (loaders) => loaders.rolesOfPerson,
  'roles',
  (person: PersonModel, link) => ({
    person,
    organization: narrow(link.node, 'Organization'),
    title: link.relation.title,
    stated: link.relation.stated,
  }),
  { node: 'organization' },
);
const members = pagedList(
  (loaders) => loaders.membersOfOrganization,
  'members',
  (organization: OrganizationModel, link) => ({
    person: narrow(link.node, 'Person'),
    organization,
    title: link.relation.title,
    stated: link.relation.stated,
  }),
  { node: 'person', nested: nestedRolesPage },
);

/** The fields every person and organization has: events, proposals, statements, claims (each with its connection), evidence. */
const actorFields = {
  events: events.list,
  eventsConnection: events.connection,
  proposals: proposals.list,
  proposalsConnection: proposals.connection,
  statements: statements.list,
  statementsConnection: statements.connection,
  claims: claims.list,
  claimsConnection: claims.connection,
  evidence,
  mentionsConnection,
  accounts,
  accountsConnection,
};

/** Entity lookups and search, the entity types, and the types every fact shares (Evidence, Participation). */
export const nodeResolvers = {
  Query: {
    entity: (_parent, args, context: Context, info: GraphQLResolveInfo) => {
      const id = nodeId('id', args.id);
      const plan = context.lookAhead ? entityEventsPlan(info) : null;
      return plan ? entityWithEvents(context, id, plan) : context.loaders.node.load(id);
    },
    search: async (_parent, args, { read }: Context) => {
      const text = searchText('text', args.text);
      const first = intInRange('first', args.first, queryRanges.search.first);
      const rows = await read('search', { query: fullTextQuery(text), limit: first });
      return rows.map((row) => ({ score: Number(row.score), entity: toEntity(row.node) }));
    },
    searchAll: async (_parent, args, { read }: Context) => {
      const text = searchText('text', args.text);
      const types = searchTypes('types', args.types);
      const first = intInRange('first', args.first, queryRanges.searchAll.first);
      const query = fullTextQuery(text);
      const rows = await read('search-all', { query, words: searchWords(text), types, limit: first });
      return rows.map((row) => ({
        score: Number(row.score),
        node: toNode(row.node),
        field: typeof row.field === 'string' ? row.field : null,
      }));
    },
    about: (_parent, args, { loaders }: Context) =>
      loaders.subjectOf.load({ ...firstPage(nodeId('id', args.id)), limit: intInRange('first', args.first, queryRanges.about.first) }),
    aboutConnection: (_parent, args, context: Context) => subjectOfConnection({ id: nodeId('id', args.id) }, args, context),
  },
  Person: {
    ...actorFields,
    roles: roles.list,
    rolesConnection: roles.connection,
  },
  Organization: {
    ...actorFields,
    members: members.list,
    membersConnection: members.connection,
    partOf: partOf.list,
    partOfConnection: partOf.connection,
    parts: parts.list,
    partsConnection: parts.connection,
  },
  Place: {
    events: placeEvents.list,
    eventsConnection: placeEvents.connection,
    evidence,
    mentionsConnection,
    accounts,
    accountsConnection,
  },
  Article: {
    evidence: (): EvidenceModel[] => [],
    mentionsConnection,
    accounts,
    accountsConnection,
  },
  Evidence: {
    article: async (quote: EvidenceModel, _args: unknown, { loaders }: Context) => {
      const node = await loaders.node.load(quote.articleId);
      return node?.__typename === 'Article' ? node : null;
    },
  },
  Participation: {
    side: async (participation: ParticipationModel, _args: unknown, { loaders }: Context) => {
      if (participation.sideId === null) return null;
      const node = await loaders.node.load(participation.sideId);
      return node?.__typename === 'Person' || node?.__typename === 'Organization' ? node : null;
    },
  },
  ...enumValues,
} satisfies Resolvers;

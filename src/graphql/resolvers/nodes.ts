import type { Context } from '../context';
import { fullTextQuery } from '../fullText';
import { narrow, toEntity } from '../mapping';
import type { ActorModel, ArticleModel, EvidenceModel, NodeModel, OrganizationModel, ParticipationModel, PersonModel } from '../models';
import { bounds, intInRange, nodeId, searchText } from '../validation';
import { participationsOfActor } from './links';

type Args = Record<string, unknown>;

const evidence = (node: NodeModel, _args: Args, { loaders }: Context) => loaders.evidence.load(node.id);

/** The fields every person and organization has: events, proposals, statements, claims, evidence. */
const actorFields = {
  events: async (actor: ActorModel, _args: Args, { loaders }: Context) => participationsOfActor(actor, await loaders.eventsOfActor.load(actor.id)),
  proposals: async (actor: ActorModel, _args: Args, { loaders }: Context) =>
    (await loaders.proposalsOfActor.load(actor.id)).map((link) => ({ proposal: narrow(link.node, 'Proposal'), relation: link.type, evidence: link.relation.evidence })),
  statements: async (actor: ActorModel, _args: Args, { loaders }: Context) =>
    (await loaders.statementsOfActor.load(actor.id)).map((link) => ({ statement: narrow(link.node, 'Statement'), evidence: link.relation.evidence })),
  claims: async (actor: ActorModel, _args: Args, { loaders }: Context) =>
    (await loaders.claimsOfActor.load(actor.id)).map((link) => ({ claim: narrow(link.node, 'Claim'), evidence: link.relation.evidence })),
  evidence,
};

/** Entity lookups and search, the entity types, and the types every fact shares (Evidence, Participation). */
export const nodeResolvers = {
  Query: {
    entity: (_parent: unknown, args: Args, { loaders }: Context) => loaders.node.load(nodeId('id', args.id)),
    search: async (_parent: unknown, args: Args, { read }: Context) => {
      const text = searchText('text', args.text);
      const first = intInRange('first', args.first, bounds.searchFirst);
      const rows = await read('search', { query: fullTextQuery(text), limit: first });
      return rows.map((row) => ({ score: Number(row.score), entity: toEntity(row.node) }));
    },
  },
  Person: {
    ...actorFields,
    roles: async (person: PersonModel, _args: Args, { loaders }: Context) =>
      (await loaders.rolesOfPerson.load(person.id)).map((link) => ({
        person,
        organization: narrow(link.node, 'Organization'),
        title: link.relation.title,
        evidence: link.relation.evidence,
      })),
  },
  Organization: {
    ...actorFields,
    members: async (organization: OrganizationModel, _args: Args, { loaders }: Context) =>
      (await loaders.affiliations.load(organization.id))
        .filter((link) => link.link === 'member')
        .map((link) => ({ person: narrow(link.node, 'Person'), organization, title: link.relation.title, evidence: link.relation.evidence })),
    partOf: async (organization: OrganizationModel, _args: Args, { loaders }: Context) =>
      (await loaders.affiliations.load(organization.id))
        .filter((link) => link.link === 'partOf')
        .map((link) => ({ organization: narrow(link.node, 'Organization'), evidence: link.relation.evidence })),
    parts: async (organization: OrganizationModel, _args: Args, { loaders }: Context) =>
      (await loaders.affiliations.load(organization.id))
        .filter((link) => link.link === 'part')
        .map((link) => ({ organization: narrow(link.node, 'Organization'), evidence: link.relation.evidence })),
  },
  Place: { evidence },
  Article: {
    evidence: (_article: ArticleModel): EvidenceModel[] => [],
  },
  Evidence: {
    article: async (quote: EvidenceModel, _args: Args, { loaders }: Context) => {
      const node = await loaders.node.load(quote.articleId);
      return node?.__typename === 'Article' ? node : null;
    },
  },
  Participation: {
    side: async (participation: ParticipationModel, _args: Args, { loaders }: Context) => {
      if (participation.sideId === null) return null;
      const node = await loaders.node.load(participation.sideId);
      return node?.__typename === 'Person' || node?.__typename === 'Organization' ? node : null;
    },
  },
  DatePrecision: { DAY: 'day', MONTH: 'month', YEAR: 'year', RANGE: 'range', UNKNOWN: 'unknown' },
};

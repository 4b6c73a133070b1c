import type { Resolvers } from '../generated/resolvers';
import type DataLoader from 'dataloader';
import type { Context } from '../context';
import type { Loaders, PageKey } from '../loaders';
import { partyLists, type PartyList, type PartyRelation } from '../linkKinds';
import { narrow } from '../mapping';
import type { KindedLinkModel } from '../models';
import { connectionPage, listPage, pagedList, toConnection, type PageArgs } from '../paging';
import { accounts, accountsConnection } from './accounts';
import { actorLink, actorLinks, ofKind, subjectLink } from './links';
import { evidence, mentionsConnection } from './mentions';

/**
 * One of a proposal's or a term's lists of parties (one relation type) as a plain list that takes `first` and as its
 * `...Connection` sibling. The parties query pages every relation type alike, so the lists of one page size share
 * one query; each picks its own relation type from it.
 */
function partyList(loader: (loaders: Loaders) => DataLoader<PageKey, KindedLinkModel<PartyRelation>[], string>, list: PartyList) {
  const pick = (links: KindedLinkModel<PartyRelation>[]) => actorLinks(ofKind(links, partyLists[list]));
  return {
    list: async (parent: { id: string }, args: PageArgs, { loaders }: Context) =>
      pick(await loader(loaders).load(listPage(parent.id, args))),
    connection: async (parent: { id: string }, args: PageArgs, { loaders }: Context) => {
      const { key, first } = connectionPage(parent.id, args);
      return toConnection(pick(await loader(loaders).load(key)), key, first, () =>
        loaders.listSize.load({ id: parent.id, list, roles: null }),
      );
    },
  };
}
const proposalParties = (loaders: Loaders) => loaders.proposalParties;
const termParties = (loaders: Loaders) => loaders.termParties;
const proposedBy = partyList(proposalParties, 'proposedBy');
const addressedTo = partyList(proposalParties, 'addressedTo');
const demandedBy = partyList(proposalParties, 'demandedBy');
const rejectedBy = partyList(proposalParties, 'rejectedBy');
const binds = partyList(termParties, 'binds');
const termDemandedBy = partyList(termParties, 'termDemandedBy');

const speakers = pagedList(
  (loaders) => loaders.speakers,
  'speakers',
  (_statement, link) => actorLink(link),
);
const sources = pagedList(
  (loaders) => loaders.sources,
  'sources',
  (_claim, link) => actorLink(link),
);

const about = pagedList(
  (loaders) => loaders.subjects,
  'subjects',
  (_node, link) => subjectLink(link),
);
const terms = pagedList(
  (loaders) => loaders.terms,
  'terms',
  (_proposal, link) => ({ term: narrow(link.node, 'Term'), stated: link.relation.stated }),
);

/** Proposals with their terms, statements with their speakers, claims with their sources. */
export const factResolvers = {
  Proposal: {
    proposedBy: proposedBy.list,
    proposedByConnection: proposedBy.connection,
    addressedTo: addressedTo.list,
    addressedToConnection: addressedTo.connection,
    demandedBy: demandedBy.list,
    demandedByConnection: demandedBy.connection,
    rejectedBy: rejectedBy.list,
    rejectedByConnection: rejectedBy.connection,
    terms: terms.list,
    termsConnection: terms.connection,
    about: about.list,
    aboutConnection: about.connection,
    evidence,
    mentionsConnection,
    accounts,
    accountsConnection,
  },
  Term: {
    binds: binds.list,
    bindsConnection: binds.connection,
    demandedBy: termDemandedBy.list,
    demandedByConnection: termDemandedBy.connection,
    evidence,
    mentionsConnection,
    accounts,
    accountsConnection,
  },
  Statement: {
    speakers: speakers.list,
    speakersConnection: speakers.connection,
    about: about.list,
    aboutConnection: about.connection,
    evidence,
    mentionsConnection,
    accounts,
    accountsConnection,
  },
  Claim: {
    sources: sources.list,
    sourcesConnection: sources.connection,
    about: about.list,
    aboutConnection: about.connection,
    evidence,
    mentionsConnection,
    accounts,
    accountsConnection,
  },
} satisfies Resolvers;

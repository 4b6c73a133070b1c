import type DataLoader from 'dataloader';
import type { Context } from '../context';
import type { Loaders, PageKey, PartyList } from '../loaders';
import { narrow } from '../mapping';
import type { LinkModel } from '../models';
import { connectionPage, listPage, pagedList, toConnection } from '../paging';
import { accounts, accountsConnection } from './accounts';
import { actorLink, actorLinks, ofType, subjectLink } from './links';
import { evidence, mentionsConnection } from './mentions';

type Args = Record<string, unknown>;

/**
 * One of a proposal's or a term's lists of parties (one relation type) as a plain list that takes `first` and as its
 * `...Connection` sibling. The parties query pages every relation type alike, so the lists of one page size share
 * one query; each picks its own relation type from it.
 */
function partyList(loader: (loaders: Loaders) => DataLoader<PageKey, LinkModel[], string>, list: PartyList, type: string) {
  const pick = (links: LinkModel[]) => actorLinks(ofType(links, type));
  return {
    list: async (parent: { id: string }, args: Args, { loaders }: Context) => pick(await loader(loaders).load(listPage(parent.id, args))),
    connection: async (parent: { id: string }, args: Args, { loaders }: Context) => {
      const { key, first } = connectionPage(parent.id, args);
      return toConnection(pick(await loader(loaders).load(key)), key, first, () =>
        loaders.listSize.load({ id: parent.id, list, roles: null }),
      );
    },
  };
}
const proposalParties = (loaders: Loaders) => loaders.proposalParties;
const termParties = (loaders: Loaders) => loaders.termParties;
const proposedBy = partyList(proposalParties, 'proposedBy', 'PROPOSED');
const addressedTo = partyList(proposalParties, 'addressedTo', 'ADDRESSED_TO');
const demandedBy = partyList(proposalParties, 'demandedBy', 'DEMANDED');
const rejectedBy = partyList(proposalParties, 'rejectedBy', 'REJECTED');
const binds = partyList(termParties, 'binds', 'BINDS');
const termDemandedBy = partyList(termParties, 'termDemandedBy', 'DEMANDED');

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
};

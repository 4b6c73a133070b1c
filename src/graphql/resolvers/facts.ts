import type { Context } from '../context';
import { narrow } from '../mapping';
import type { ProposalModel, TermModel } from '../models';
import { pagedList } from '../paging';
import { accounts, accountsConnection } from './accounts';
import { actorLink, actorLinks, ofType, subjectLink } from './links';
import { evidence, mentionsConnection } from './mentions';

type Args = Record<string, unknown>;

const partiesOfProposal =
  (type: string) =>
  async (proposal: ProposalModel, _args: Args, { loaders }: Context) =>
    actorLinks(ofType(await loaders.proposalParties.load(proposal.id), type));

const partiesOfTerm =
  (type: string) =>
  async (term: TermModel, _args: Args, { loaders }: Context) =>
    actorLinks(ofType(await loaders.termParties.load(term.id), type));

const speakers = pagedList((loaders) => loaders.speakers, 'speakers', (_statement, link) => actorLink(link));
const sources = pagedList((loaders) => loaders.sources, 'sources', (_claim, link) => actorLink(link));

const about = pagedList((loaders) => loaders.subjects, 'subjects', (_node, link) => subjectLink(link));
const terms = pagedList((loaders) => loaders.terms, 'terms', (_proposal, link) => ({ term: narrow(link.node, 'Term'), evidence: link.relation.evidence }));

/** Proposals with their terms, statements with their speakers, claims with their sources. */
export const factResolvers = {
  Proposal: {
    proposedBy: partiesOfProposal('PROPOSED'),
    addressedTo: partiesOfProposal('ADDRESSED_TO'),
    demandedBy: partiesOfProposal('DEMANDED'),
    rejectedBy: partiesOfProposal('REJECTED'),
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
    binds: partiesOfTerm('BINDS'),
    demandedBy: partiesOfTerm('DEMANDED'),
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

import type { Context } from '../context';
import { narrow } from '../mapping';
import type { NodeModel, ProposalModel, TermModel } from '../models';
import { pagedList } from '../paging';
import { accounts, accountsConnection } from './accounts';
import { actorLink, actorLinks, ofType, subjectLinks } from './links';
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

const about = async (node: NodeModel, _args: Args, { loaders }: Context) => subjectLinks(await loaders.subjects.load(node.id));

/** Proposals with their terms, statements with their speakers, claims with their sources. */
export const factResolvers = {
  Proposal: {
    proposedBy: partiesOfProposal('PROPOSED'),
    addressedTo: partiesOfProposal('ADDRESSED_TO'),
    demandedBy: partiesOfProposal('DEMANDED'),
    rejectedBy: partiesOfProposal('REJECTED'),
    terms: async (proposal: ProposalModel, _args: Args, { loaders }: Context) =>
      (await loaders.terms.load(proposal.id)).map((link) => ({ term: narrow(link.node, 'Term'), evidence: link.relation.evidence })),
    about,
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
    about,
    evidence,
    mentionsConnection,
    accounts,
    accountsConnection,
  },
  Claim: {
    sources: sources.list,
    sourcesConnection: sources.connection,
    about,
    evidence,
    mentionsConnection,
    accounts,
    accountsConnection,
  },
};

import type { Context } from '../context';
import { narrow } from '../mapping';
import type { ClaimModel, NodeModel, ProposalModel, StatementModel, TermModel } from '../models';
import { accounts } from './accounts';
import { actorLinks, ofType, subjectLinks } from './links';
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
  },
  Term: {
    binds: partiesOfTerm('BINDS'),
    demandedBy: partiesOfTerm('DEMANDED'),
    evidence,
    mentionsConnection,
    accounts,
  },
  Statement: {
    speakers: async (statement: StatementModel, _args: Args, { loaders }: Context) => actorLinks(await loaders.speakers.load(statement.id)),
    about,
    evidence,
    mentionsConnection,
    accounts,
  },
  Claim: {
    sources: async (claim: ClaimModel, _args: Args, { loaders }: Context) => actorLinks(await loaders.sources.load(claim.id)),
    about,
    evidence,
    mentionsConnection,
    accounts,
  },
};

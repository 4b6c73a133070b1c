import type { Context } from '../context';
import { uniqueEvidence } from '../mapping/evidence';
import type { EvidenceModel, StatedModel } from '../models';
import type { Resolvers } from '../generated/resolvers';
import { connectionPage, listPage, toConnection, type PageArgs } from '../paging';
import { sourcedTypes } from '../sourcedTypes';
import { argumentRanges } from '../argumentRanges';

/**
 * Every relation type the articles state (Sourced in the SDL: a participation, a role, a link, a graph edge) answers
 * how many articles state it, the quotes of its first sources and every source page by page, from the fact's key.
 * The quotes are read only when a request asks for them (evidence-by-fact.cypher, one query per page size for all
 * the relations of a level), so lists that show no quotes never read them, and a fact 10,000 articles state is
 * paged rather than cut.
 */
const sourcedFields = {
  sources: (parent: { stated: StatedModel }): number => parent.stated.sources,
  evidence: async (parent: { stated: StatedModel }, args: PageArgs, { loaders }: Context): Promise<EvidenceModel[]> =>
    (await loaders.factSources.load(listPage(parent.stated.fact, args))).flatMap((source) => source.evidence),
  evidenceConnection: async (parent: { stated: StatedModel }, args: PageArgs, { loaders }: Context) => {
    const { key, first } = connectionPage(parent.stated.fact, args);
    return toConnection(await loaders.factSources.load(key), key, first, () => Promise.resolve(parent.stated.sources));
  },
};

/**
 * How many sources of each fact a pair's evidence shows (Negotiation, NegotiationEdge): as many as a relation's
 * `evidence` shows by default, so the two share their loader's pages; the pair's roles page through the rest.
 */
const pairSourcesPerFact = argumentRanges['Sourced.evidence']?.first?.default ?? 5;

/** The quotes behind a negotiating pair: each fact's first sources, a passage several facts share once. */
async function pairEvidence(pair: { facts: StatedModel[] }, _args: unknown, { loaders }: Context): Promise<EvidenceModel[]> {
  const pages = await Promise.all(pair.facts.map((fact) => loaders.factSources.load(listPage(fact.fact, { first: pairSourcesPerFact }))));
  return uniqueEvidence(pages.map((sources) => sources.flatMap((source) => source.evidence)));
}

export const sourcedResolvers = {
  ...(Object.fromEntries(sourcedTypes.map((type) => [type, sourcedFields])) as Record<(typeof sourcedTypes)[number], typeof sourcedFields>),
  Negotiation: { evidence: pairEvidence },
  NegotiationEdge: { evidence: pairEvidence },
} satisfies Resolvers;

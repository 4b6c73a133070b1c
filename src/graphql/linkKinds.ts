import type { RelationType } from '../ingest';

/**
 * The lists that share one batch query, each picking its own links from the query's rows: which relation type (and
 * direction) makes each list. The list unions derive from these tables, so a list added here is a list the loaders,
 * the resolvers and list-sizes.cypher's `$list` must know.
 */

/** An event's link lists, each one relation type in one direction (links-by-event returns them all). */
export const eventLinkLists = {
  places: { type: 'OCCURRED_IN', outgoing: true },
  causes: { type: 'TRIGGERED', outgoing: false },
  consequences: { type: 'TRIGGERED', outgoing: true },
  // FOLLOWED points from the later event to the earlier one.
  follows: { type: 'FOLLOWED', outgoing: true },
  followedBy: { type: 'FOLLOWED', outgoing: false },
  partOf: { type: 'PART_OF_EVENT', outgoing: true },
  parts: { type: 'PART_OF_EVENT', outgoing: false },
} as const satisfies Record<string, { type: RelationType; outgoing: boolean }>;
export type EventLinkList = keyof typeof eventLinkLists;

/** A proposal's and a term's lists of parties, each one relation type (parties-by-proposal and -term return them all). */
export const partyLists = {
  proposedBy: 'PROPOSED',
  addressedTo: 'ADDRESSED_TO',
  demandedBy: 'DEMANDED',
  rejectedBy: 'REJECTED',
  binds: 'BINDS',
  termDemandedBy: 'DEMANDED',
} as const satisfies Record<string, RelationType>;
export type PartyList = keyof typeof partyLists;
export type PartyRelation = (typeof partyLists)[PartyList];

/** How an actor is linked to a proposal (ProposalRelation in the SDL; proposals-by-actor returns all four). */
export const proposalRelations = ['PROPOSED', 'ADDRESSED_TO', 'DEMANDED', 'REJECTED'] as const satisfies readonly RelationType[];
export type ProposalRelation = (typeof proposalRelations)[number];

/** The two directions of PART_OF between organizations, as affiliations-by-organization names them in `link`. */
export const affiliationDirections = ['partOf', 'part'] as const;
export type AffiliationDirection = (typeof affiliationDirections)[number];

/**
 * The SDL types that implement Sourced: the relations articles state, each answering `sources`, `evidence(first)`
 * and `evidenceConnection`. The resolvers and the query cost model read this list; a unit test checks it against the
 * schema, so a new relation type cannot miss either.
 */
export const sourcedTypes = [
  'Participation',
  'Role',
  'OrganizationLink',
  'ActorLink',
  'ProposalLink',
  'TermLink',
  'StatementLink',
  'ClaimLink',
  'SubjectLink',
  'EventLink',
  'PlaceLink',
  'GraphEdge',
  'NegotiationRole',
] as const;

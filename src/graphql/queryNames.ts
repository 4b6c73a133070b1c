/**
 * The files of cypher/queries that the API runs. The server checks at start that each is loaded, so a missing
 * file fails the start rather than a request; the union type keeps resolvers from naming any other.
 */
export const apiQueries = [
  'entities-by-id',
  'entity-events-participants',
  'search',
  'search-all',
  'about-node',
  'timeline',
  'negotiations',
  'negotiation-network',
  'connection',
  'neighborhood',
  'evidence-by-node',
  'evidence-by-fact',
  'accounts-by-node',
  'participants-by-event',
  'events-by-actor',
  'roles-by-person',
  'affiliations-by-organization',
  'members-by-organization',
  'list-sizes',
  'links-by-event',
  'events-by-place',
  'terms-by-proposal',
  'parties-by-proposal',
  'parties-by-term',
  'speakers-by-statement',
  'sources-by-claim',
  'subjects-by-node',
  'proposals-by-actor',
  'statements-by-actor',
  'claims-by-actor',
  'claim-disagreements',
  'article-texts',
  'articles',
] as const;

export type QueryName = (typeof apiQueries)[number];

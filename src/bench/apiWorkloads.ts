/** One analyst question asked two ways: as the API's GraphQL request, and as one hand-written Cypher statement. */
export interface ApiWorkload {
  name: string;
  /** The GraphQL document, sent over HTTP as an analyst's client would. */
  query: string;
  /** The cypher/bench file that answers the same question in one statement. */
  hand: string;
  params: Record<string, unknown>;
}

const actor = '... on Node { id }';
const participants = `participants { role actor { ${actor} } }`;

/**
 * The workloads of issue 13, aimed at the synthetic graph (org:syn-42 takes part in about one event in 5,000;
 * org:syn-41's person is the lead negotiator of its talks). Every request asks only for ids, titles and roles, so
 * both sides do the same work and their ids can be compared.
 */
export const apiWorkloads: ApiWorkload[] = [
  {
    name: "one actor's events, first 50, with participants",
    query: `{ timeline(actorId: "org:syn-42", first: 50) { edges { node { id title ${participants} } } } }`,
    hand: 'hand-actor-events',
    params: { actorId: 'org:syn-42', limit: 50 },
  },
  {
    name: 'one entity, its events, their participants',
    query: `{ entity(id: "org:syn-42") { id ... on Organization { events(first: 50) { role event { id title ${participants} } } } } }`,
    hand: 'hand-entity-events',
    params: { id: 'org:syn-42', limit: 50 },
  },
  {
    name: 'neighbourhood of a person, depth 1',
    query: '{ neighborhood(id: "person:syn-41", depth: 1, first: 100) { nodes { id } edges { type source target } } }',
    hand: 'hand-neighborhood',
    params: { id: 'person:syn-41', limit: 100 },
  },
  {
    name: 'five nested levels, 50 per list',
    query:
      '{ entity(id: "org:syn-42") { ... on Organization { id events(first: 50) { event { id participants(first: 50) { actor { ... on Organization { id ' +
      'members(first: 50) { person { id roles(first: 50) { organization { id } } } } } } } } } } } }',
    hand: 'hand-five-levels',
    params: { id: 'org:syn-42', limit: 50 },
  },
  {
    name: 'one month of events with participants',
    query: `{ timeline(from: "2010-03-01", to: "2010-03-31", first: 50) { edges { node { id title ${participants} } } } }`,
    hand: 'hand-month',
    params: { from: '2010-03-01', to: '2010-03-31', limit: 50 },
  },
  {
    name: 'negotiations, rolled up',
    query: `{ negotiations(actorId: "person:syn-41", rollUp: true, first: 20) { counterpart { ${actor} } events { id } } }`,
    hand: 'hand-negotiations',
    params: { actorId: 'person:syn-41', rollUp: true, limit: 20 },
  },
  // Event 2 has parties org:syn-2 and org:syn-79 (31 * 2 + 17) at every size of at least 80 actors, so the two
  // envoys are four hops apart (person:syn-1 and person:syn-2, the scale bench's pair, share no event at all).
  {
    name: 'connection, 2 people, 4 hops',
    query: '{ connection(fromId: "person:syn-2", toId: "person:syn-79", maxHops: 4, first: 10) { nodes { id } } }',
    hand: 'hand-connection',
    params: { fromId: 'person:syn-2', toId: 'person:syn-79', limit: 10 },
  },
];

/**
 * Every id an answer holds (values of `id`, `source` and `target` keys at any depth), sorted and without repeats:
 * the GraphQL response and the hand statement's rows agree when these agree.
 */
export function answerIds(value: unknown): string[] {
  const found = new Set<string>();
  const visit = (item: unknown): void => {
    if (Array.isArray(item)) item.forEach(visit);
    else if (item !== null && typeof item === 'object') {
      for (const [key, inner] of Object.entries(item)) {
        if ((key === 'id' || key === 'source' || key === 'target') && typeof inner === 'string') found.add(inner);
        else visit(inner);
      }
    }
  };
  visit(value);
  return [...found].sort();
}

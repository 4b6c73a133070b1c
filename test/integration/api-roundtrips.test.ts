import { postGraphql } from '../support/http';
import { seededServer } from '../support/seededServer';

/**
 * Nested fields go through per-request DataLoaders, so a nested query costs one statement per level that
 * needs data, whatever the number of rows. Database.statementCount counts the statements sent to Neo4j.
 */

const api = seededServer();

// timeline -> events -> participants -> actor -> roles / evidence -> article: the statements are the timeline's,
// the participants', then in one tick the participations' quotes, the actors' roles and their mentions (three
// loaders), then the roles' quotes and the quoted articles. The nested lists say how many they want, as the query
// cost model asks of a request this wide (no seed event has more than 10 participants, no person more than 5
// roles, no node or fact more than 3 articles).
const nested = `query($first: Int) {
  timeline(first: $first) {
    edges { node { id
      participants(first: 10) { role evidence(first: 3) { quote article { title } }
        actor {
          ... on Person { name roles(first: 5) { title organization { name } evidence(first: 3) { quote } } evidence(first: 3) { quote article { id } } }
          ... on Organization { name evidence(first: 3) { quote } }
        }
      }
    } }
  }
}`;
const levelBound = 7;

async function measure(first: number): Promise<{ statements: number; events: number; participations: number }> {
  const before = api.db.statementCount;
  const response = await postGraphql(api.server.url, nested, { first });
  const statements = api.db.statementCount - before;
  expect(response.body.errors).toBeUndefined();
  const edges = (response.body.data as { timeline: { edges: { node: { participants: unknown[] } }[] } }).timeline.edges;
  return { statements, events: edges.length, participations: edges.reduce((sum, edge) => sum + edge.node.participants.length, 0) };
}

describe('database round trips of a nested query', () => {
  it('are bounded by the depth of the query, not by the number of rows', async () => {
    const few = await measure(5);
    const many = await measure(50);
    // The seed has 18 events: 50 asks for all of them, with several times the participations of 5.
    expect(few.events).toBe(5);
    expect(many.events).toBe(18);
    expect(many.participations).toBeGreaterThan(2 * few.participations);
    expect(many.statements).toBe(few.statements);
    expect(many.statements).toBeLessThanOrEqual(levelBound);
  });

  it('starts afresh for each request: one request does not see what another cached', async () => {
    const first = await measure(5);
    const second = await measure(5);
    expect(second.statements).toBe(first.statements);
  });
});

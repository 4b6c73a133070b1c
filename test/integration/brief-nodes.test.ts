import { postGraphql } from '../support/http';
import { lookAheadPair, sentStatements } from '../support/lookAheadPair';

/**
 * Brief nodes (src/graphql/briefNodes.ts): a statement returns nodes with only id, name and title when the request
 * selects nothing else of them. That must change the work, never the answer: every request is sent to a server with
 * look-ahead and to one without (which always reads whole nodes), over the seed, and the answers must be equal; the
 * statement log says which shape each statement asked for.
 */

const pair = lookAheadPair();

/** The request's answer from both servers, the statements the look-ahead server sent, and the shape each asked for. */
async function both(query: string) {
  pair.logged.length = 0;
  const before = pair.db.statementCount;
  const brief = await postGraphql(pair.withLookAhead.url, query);
  const statements = pair.db.statementCount - before;
  const sent = sentStatements(pair.logged);
  const whole = await postGraphql(pair.without.url, query);
  expect(brief.body.errors).toBeUndefined();
  return { answer: brief.body.data!, whole: whole.body.data, statements, sent };
}

const ids = '... on Node { id }';

describe('brief nodes', () => {
  it.each([
    ['timeline', `{ timeline(first: 20) { edges { node { id title participants { role actor { ${ids} } } } } } }`],
    [
      'entity-events-participants',
      `{ entity(id: "org:hamas") { id ... on Organization { events { event { id title participants { actor { ${ids} } } } } } } }`,
    ],
    [
      'participants-by-event',
      `{ entity(id: "event:us-hamas-direct-talks") { ... on Event { participants { role actor { ${ids} ... on Person { name } } } } } }`,
    ],
    [
      'members-by-organization',
      `{ entity(id: "org:united-states") { ... on Organization { members { person { id name roles { organization { id name } } } } } } }`,
    ],
    ['neighborhood', '{ neighborhood(id: "person:adam-boehler", depth: 2) { nodes { id type distance } edges { type source target } } }'],
    ['connection', '{ connection(fromId: "person:donald-trump", toId: "org:hamas", maxHops: 3) { length nodes { id } } }'],
    ['negotiations', `{ negotiations(actorId: "org:hamas") { weight counterpart { ${ids} } events { id title } proposals { id } } }`],
  ])('%s: asked for ids, names and titles, it reads brief nodes and answers as with whole ones', async (file, query) => {
    const { answer, whole, sent } = await both(query);
    expect(JSON.stringify(answer).length).toBeGreaterThan(100);
    expect(answer).toEqual(whole);
    expect(sent).toContainEqual({ file, brief: 'true' });
    expect(sent.filter((statement) => statement.brief === 'false')).toEqual([]);
  });

  it.each([
    ['timeline', 'brief', '{ timeline(first: 5) { edges { node { id summary } } } }'],
    [
      'timeline',
      'participantsBrief',
      `{ timeline(first: 5) { edges { node { id participants { actor { ... on Person { description } } } } } } }`,
    ],
    ['neighborhood', 'brief', '{ neighborhood(id: "proposal:witkoff-ceasefire-proposal") { nodes { id label } } }'],
    ['neighborhood', 'brief', '{ neighborhood(id: "person:adam-boehler") { nodes { node { ... on Event { date { earliest } } } } } }'],
    ['negotiations', 'brief', '{ negotiations(actorId: "org:hamas") { counterpart { ... on Organization { kind } } } }'],
  ])('%s: asked for a field a brief node lacks, its $%s is false (%s)', async (file, flag, query) => {
    const { answer, whole } = await both(query);
    expect(answer).toEqual(whole);
    const statement = pair.logged.find((text) => text.startsWith(`// ${file}\n`));
    expect(statement).toContain(`${flag}: false`);
  });

  it('each level of a statement has its own flag: whole events with brief participants, and the other way round', async () => {
    const wholeEvents = await both(
      '{ timeline(first: 10) { edges { node { id summary participants { role actor { ... on Node { id } } } } } } }',
    );
    expect(wholeEvents.answer).toEqual(wholeEvents.whole);
    expect(wholeEvents.sent).toEqual([{ file: 'timeline', brief: 'false' }]);
    expect(pair.logged[0]).toContain('participantsBrief: true');
    const wholeActors = await both(
      '{ entity(id: "org:hamas") { ... on Organization { events { event { id participants { actor { ... on Organization { description } } } } } } } }',
    );
    expect(wholeActors.answer).toEqual(wholeActors.whole);
    expect(wholeActors.sent).toEqual([{ file: 'entity-events-participants', brief: 'true' }]);
    expect(pair.logged[0]).toContain('participantsBrief: false');
  });

  it('a brief node the look-ahead could not see through still answers every field, from the whole node', async () => {
    // The events come brief (the event level asks only id), but each participation's `event` is that same model,
    // and here it is asked for its summary, kind and date: they come from the whole node, in one more statement.
    const { answer, whole, statements, sent } = await both(
      '{ timeline(first: 10) { edges { node { id participants(first: 1) { event { id summary kind date { earliest latest precision } } } } } } }',
    );
    expect(answer).toEqual(whole);
    expect(sent.map((statement) => statement.file)).toEqual(['timeline', 'entities-by-id']);
    expect(statements).toBe(2);
    const events = (answer.timeline as { edges: { node: { participants: { event: Record<string, unknown> }[] } }[] }).edges
      .flatMap((edge) => edge.node.participants)
      .map((participation) => participation.event);
    const stored = await pair.db.read(
      'MATCH (e:Event) WHERE e.id IN $ids RETURN e.id AS id, e.summary AS summary, e.kind AS kind, toString(e.earliest) AS earliest',
      { ids: events.map((event) => event.id) },
    );
    expect(stored.length).toBe(events.length);
    for (const row of stored) {
      const event = events.find((candidate) => candidate.id === row.id);
      expect(event).toMatchObject({ summary: row.summary, kind: row.kind, date: { earliest: row.earliest } });
      expect(typeof row.kind).toBe('string');
    }
  });

  it('a graph label is the caption of the whole node: a term is labelled by its text', async () => {
    const { answer } = await both('{ neighborhood(id: "proposal:witkoff-ceasefire-proposal", depth: 1) { nodes { id type label } } }');
    const nodes = (answer.neighborhood as { nodes: { id: string; type: string; label: string }[] }).nodes.filter(
      (node) => node.type === 'Term',
    );
    expect(nodes.length).toBeGreaterThan(0);
    const texts = await pair.db.read('MATCH (t:Term) WHERE t.id IN $ids RETURN t.id AS id, t.text AS text', {
      ids: nodes.map((node) => node.id),
    });
    expect(nodes.map((node) => node.label).sort()).toEqual(texts.map((row) => row.text).sort());
  });
});

import { postGraphql } from '../support/http';
import { lookAheadPair, sentStatements } from '../support/lookAheadPair';

/**
 * Requests built to catch the look-ahead (lookAhead.ts, briefNodes.ts, negotiations' $sides and $mediators) giving
 * another answer than a server that never looks ahead: each is sent to both servers over the seed, and the answers
 * must be equal, with no errors.
 */

const pair = lookAheadPair();

/** The answer of both servers (look-ahead first) and the statements the look-ahead server sent, with their $brief. */
async function both(query: string, variables: Record<string, unknown> = {}) {
  pair.logged.length = 0;
  const ahead = await postGraphql(pair.withLookAhead.url, query, variables);
  const sent = sentStatements(pair.logged);
  const level = await postGraphql(pair.without.url, query, variables);
  return { ahead: ahead.body, level: level.body, sent };
}

async function sameAnswer(query: string, variables: Record<string, unknown> = {}) {
  const { ahead, level, sent } = await both(query, variables);
  expect(ahead.errors).toBeUndefined();
  expect(ahead).toEqual(level);
  return { data: ahead.data!, sent };
}

const ids = '... on Node { id }';

describe('look-ahead attacks', () => {
  it.each([
    [
      'aliases of one list with different selections',
      `{ entity(id: "org:hamas") { ... on Organization { a: events(first: 5) { event { id } } b: events(first: 5) { event { id summary date { earliest latest } } } } } }`,
    ],
    [
      'a fragment on an interface the participation implements hides the actor selection',
      `{ timeline(first: 10) { edges { node { id participants { ... on Sourced { ... on Participation { actor { ... on Person { description } } } } } } } } }`,
    ],
    [
      'fragments on Actor and Entity interfaces',
      `{ timeline(first: 10) { edges { node { participants { actor { ... on Actor { ... on Organization { kind } } ... on Entity { aliases } } } } } } }`,
    ],
    [
      'named fragments nested in each other',
      `query { timeline(first: 8) { edges { ...E } } }
       fragment E on EventEdge { placement node { ...Ev } }
       fragment Ev on Event { id participants { actor { ...A } } }
       fragment A on Actor { ... on Person { name description } ... on Organization { name } }`,
    ],
    [
      'the same participants list asked plainly and through a fragment on Node with more',
      `{ timeline(first: 8) { edges { node { id participants { actor { ${ids} } } ... on Node { ... on Event { participants { actor { ... on Person { description } } } } } } } } }`,
    ],
    [
      "roles through a brief member list, each role's person being that brief member",
      `{ entity(id: "org:united-states") { ... on Organization { members { person { id roles { title person { description } organization { id name kind description } } } } } } }`,
    ],
    [
      'a participation event reached through a brief parent, and its own participants',
      `{ timeline(first: 6) { edges { node { id participants(first: 2) { event { id kind participants(first: 3) { actor { ... on Person { description } } } } } } } } }`,
    ],
    [
      'an actor events list below brief participants',
      `{ timeline(first: 6) { edges { node { id participants { actor { ... on Organization { events(first: 2) { event { id summary } } } } } } } } }`,
    ],
    [
      'connections of participants, events, roles and members',
      `{ e: entity(id: "event:us-hamas-direct-talks") { ... on Event { participantsConnection(first: 3) { totalCount edges { cursor node { role actor { ... on Person { description } ${ids} } } } } } }
         o: entity(id: "org:united-states") { ... on Organization { membersConnection(first: 5) { totalCount edges { node { title person { id aliases } } } }
           eventsConnection(first: 3) { edges { node { role event { title date { precision } } } } } } }
         p: entity(id: "person:adam-boehler") { ... on Person { rolesConnection { edges { node { organization { name kind } } } } } } }`,
    ],
    [
      'neighbourhood nodes with their node, label and type',
      `{ neighborhood(id: "proposal:witkoff-ceasefire-proposal", depth: 2) { nodes { id type label distance node { __typename ... on Term { text } ... on Event { date { earliest } } } } edges { type source target role } } }`,
    ],
    [
      'connection paths with the nodes of every type',
      `{ connection(fromId: "person:donald-trump", toId: "org:hamas", maxHops: 3) { length nodes { __typename ... on Statement { quote } ... on Claim { figure } ... on Event { title summary } ... on Person { name unnamed } } edges { type evidence { quote } } } }`,
    ],
    [
      'a participation event reached through the entity statement, asked for what a brief event lacks',
      `{ entity(id: "org:hamas") { ... on Organization { events { event { id participants { actor { ${ids} } event { summary } } } } } } }`,
    ],
    [
      'negotiations asked twice under one response key, with other selections',
      `{ negotiations(actorId: "person:adam-boehler") { weight } negotiations(actorId: "person:adam-boehler") { roles { role actor { ... on Person { description } } } mediators { event { summary } } } }`,
    ],
    [
      'timeline of an actor and kinds, participants paged by a variable and skipped by another',
      `query($n: Int = 2, $skip: Boolean = false) { timeline(actorId: "org:hamas", kinds: ["talks", "negotiation"], first: 5) { edges { node { id
        participants(first: $n) @skip(if: $skip) { actor { ${ids} } } } } } }`,
    ],
    [
      'events of a person and of an organization under one response key, with other arguments and selections',
      `{ entity(id: "org:hamas") { ... on Person { events(first: 2) { event { id summary participants { role } } } }
         ... on Organization { events(first: 5) { event { id participants(first: 1) { actor { ${ids} } } } } } } }`,
    ],
    [
      'members and their roles below participants, one member asked for more, another alias with other arguments',
      `{ timeline(first: 8) { edges { node { id participants(first: 5) { actor {
         ... on Actor { ... on Organization { members(first: 3) { person { id roles(first: 2) { organization { id } } } } } }
         ... on Organization { m2: members(first: 1) { person { description roles(first: 1) { title organization { kind } } } } }
       } } } } } }`,
    ],
    [
      'members below the entity statement, repeated by two fragments with other selections',
      `query { entity(id: "org:hamas") { ... on Organization { events(first: 5) { event { id participants(first: 5) { actor { ...Members ...MemberRoles } } } } } } }
       fragment Members on Organization { members(first: 3) { person { id } } }
       fragment MemberRoles on Organization { members(first: 3) { title person { aliases roles(first: 2) { organization { name } } } } }`,
    ],
  ])('%s', async (_name, query) => {
    const { data } = await sameAnswer(query);
    expect(JSON.stringify(data).length).toBeGreaterThan(100);
  });

  // Every combination of what a negotiation shows, as $mediators and $sides are chosen from it, with and without rollUp.
  const negotiationFields = [
    'weight',
    'events { id summary }',
    'roles { side role actor { ... on Node { id } } event { id } proposal { id } }',
    'mediators { role actor { ... on Node { id } } event { id title } }',
    'evidence { quote }',
  ];
  const combinations = Array.from({ length: 2 ** negotiationFields.length - 1 }, (_, index) =>
    negotiationFields.filter((_, bit) => ((index + 1) & (1 << bit)) !== 0).join(' '),
  );
  it.each(combinations)('negotiations asking counterpart %s', async (fields) => {
    for (const rollUp of ['false', 'true']) {
      const { data } = await sameAnswer(
        `{ negotiations(actorId: "org:hamas", rollUp: ${rollUp}) { counterpart { ... on Node { id } } ${fields} } }`,
      );
      // Each list asked for is filled somewhere, so an empty list on both servers cannot pass for agreement.
      const pairs = data.negotiations as Record<string, unknown[] | undefined>[];
      for (const list of ['roles', 'mediators', 'evidence'].filter((name) => fields.includes(`${name} {`)))
        expect(pairs.some((negotiation) => (negotiation[list]?.length ?? 0) > 0)).toBe(true);
    }
  });

  it('one document with @include changing between requests: the memo of the first does not answer the second', async () => {
    const query = `query($full: Boolean!) { timeline(first: 10) { edges { node { id title summary @include(if: $full)
      participants { actor { ${ids} ... on Person { description @include(if: $full) } } } } } } }`;
    for (const full of [false, true, false, true]) {
      const { data } = await sameAnswer(query, { full });
      expect(JSON.stringify(data).includes('"description"')).toBe(full);
    }
  });

  it("timeline placement, read from the sort keys of brief rows, agrees with each event's own dates in every range and mode", async () => {
    interface Edge {
      placement: string;
      node: { id: string };
    }
    const dates = new Map(
      (await pair.db.read('MATCH (e:Event) RETURN e.id AS id, toString(e.earliest) AS earliest, toString(e.latest) AS latest')).map(
        (row) => [String(row.id), { earliest: row.earliest as string | null, latest: row.latest as string | null }],
      ),
    );
    const placed: string[] = [];
    for (const match of ['WITHIN', 'OVERLAPS', 'STARTS_IN']) {
      const ranges: { from: string | null; to: string | null }[] = [
        { from: '2023-01-01', to: '2025-12-31' },
        { from: '2017-01-01', to: null },
        { from: null, to: '2024-01-01' },
        { from: null, to: null },
      ];
      for (const { from, to } of ranges) {
        let after: string | null = null;
        do {
          // Only ids are asked, so the events come brief: placement cannot read their dates from the node.
          const { data, sent } = await sameAnswer(
            `query($from: String, $to: String, $match: RangeMatch, $after: String) { timeline(from: $from, to: $to, match: $match, first: 4, after: $after) {
              edges { cursor placement sequence node { id } } pageInfo { hasNextPage endCursor } } }`,
            { from, to, match, after },
          );
          expect(sent).toEqual([{ file: 'timeline', brief: 'true' }]);
          const page = data.timeline as { edges: Edge[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } };
          for (const { placement, node } of page.edges) {
            const date = dates.get(node.id)!;
            const within =
              (from === null || (date.earliest !== null && date.earliest >= from)) &&
              (to === null || (date.latest !== null && date.latest <= to));
            expect({ id: node.id, placement }).toEqual({
              id: node.id,
              placement: from === null && to === null ? 'NO_RANGE' : within ? 'WITHIN' : 'OVERLAPS',
            });
            placed.push(`${String(from)}..${String(to)} ${node.id} ${placement}`);
          }
          after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
        } while (after !== null);
      }
    }
    // The seed's "recent" talks have an earliest day (the raid they followed) and an open end: they overlap a closed
    // range, and lie within one whose end is open too.
    expect(dates.get('event:us-hamas-direct-talks')).toEqual({ earliest: '2023-10-07', latest: null });
    expect(placed).toContain('2023-01-01..2025-12-31 event:us-hamas-direct-talks OVERLAPS');
    expect(placed).not.toContain('2023-01-01..2025-12-31 event:us-hamas-direct-talks WITHIN');
    expect(placed).toContain('2017-01-01..null event:us-hamas-direct-talks WITHIN');
  });

  // Fragments whose type condition is an interface or union the value belongs to (Sourced for a participation,
  // Actor for an organization) apply as graphql-js applies them: the look-ahead must see what they select, or it
  // asks for brief nodes that the answer then loads whole, or gives up the one-statement plan.
  it('a fragment on Sourced around the actor selection: whole actors in the one timeline statement, no second load', async () => {
    const { sent } = await sameAnswer(
      '{ timeline(first: 10) { edges { node { id participants { ... on Sourced { ... on Participation { actor { ... on Person { description } } } } } } } } }',
    );
    // Brief events (only their id is asked), whole actors, in one statement.
    expect(sent).toEqual([{ file: 'timeline', brief: 'true' }]);
    expect(pair.logged[0]).toContain('participantsBrief: false');
  });

  it('an entity selected through a fragment on the Actor union still answers its events and participants in one statement', async () => {
    const { data, sent } = await sameAnswer(
      `{ entity(id: "org:hamas") { id ... on Actor { ... on Organization { events { event { id participants { actor { ${ids} } } } } } } } }`,
    );
    expect(JSON.stringify(data).length).toBeGreaterThan(500);
    expect(sent).toEqual([{ file: 'entity-events-participants', brief: 'true' }]);
  });

  it('participants selected twice under one response key (two fragments of one client) still come with the timeline', async () => {
    const { sent } = await sameAnswer(
      `query { timeline(first: 10) { edges { node { ...Roles ...Actors } } } }
       fragment Roles on Event { id participants { role } }
       fragment Actors on Event { participants { actor { ${ids} } } }`,
    );
    expect(sent).toEqual([{ file: 'timeline', brief: 'true' }]);
  });

  it('the timeline asked twice under one response key is planned from both selections', async () => {
    const { sent } = await sameAnswer(
      `{ timeline(first: 5) { edges { node { id } } } timeline(first: 5) { edges { node { participants { actor { ${ids} } } } } } }`,
    );
    expect(sent).toEqual([{ file: 'timeline', brief: 'true' }]);
  });

  // A plan gives up on arguments the nested field refuses, so that field reports them: the same errors, at the same
  // paths, with the same partial data, as without look-ahead.
  it.each([
    `{ timeline(first: 3) { edges { node { id participants(first: 0) { actor { ${ids} } } } } } }`,
    `{ timeline(first: 3) { edges { node { id participants(roles: []) { actor { ${ids} } } } } } }`,
    `{ entity(id: "org:hamas") { ... on Organization { events(first: 101) { event { participants { actor { ${ids} } } } } } } }`,
    `{ entity(id: "org:hamas") { ... on Organization { events { event { participants(first: 500) { actor { ${ids} } } } } } } }`,
    `{ negotiations(actorId: "event:us-hamas-direct-talks") { roles { role } } }`,
    '{ neighborhood(id: "person:nobody") { nodes { id label } } }',
    '{ connection(fromId: "person:donald-trump", toId: "person:nobody") { nodes { id } } }',
  ])('%s: the same errors and data as without look-ahead', async (query) => {
    const { ahead, level } = await both(query);
    expect(ahead.errors?.length).toBeGreaterThan(0);
    expect(ahead).toEqual(level);
  });

  it('members repeated by two fragments of one client come in the entity statement, whole as one asks', async () => {
    const { sent } = await sameAnswer(
      `query { entity(id: "org:hamas") { ... on Organization { events(first: 5) { event { id participants(first: 5) { actor { ...Members ...MemberNames } } } } } } }
       fragment Members on Organization { members(first: 3) { person { id } } }
       fragment MemberNames on Organization { members(first: 3) { title person { aliases } } }`,
    );
    expect(sent).toEqual([{ file: 'entity-events-participants', brief: 'true' }]);
    expect(pair.logged[0]).toContain('membersLimit: 3');
    expect(pair.logged[0]).toContain('membersBrief: false');
  });
});

import { postGraphql } from '../support/http';
import { lookAheadPair, sentStatements } from '../support/lookAheadPair';

/**
 * Requests built to make the look-ahead below an organization's members (nestedRolesPage, members-by-organization's
 * roles page), below the participants of an entity's events (membersPlan, entity-events-participants' members page)
 * and the timeline of one actor (timeline-of-actor.cypher) give another answer than a server that never looks ahead,
 * or prime a page the nested field does not ask for. Each is sent to both servers over the seed.
 */

const pair = lookAheadPair();

/** The answer of both servers (look-ahead first), and the statements the look-ahead server sent (their text and file). */
async function both(query: string, variables: Record<string, unknown> = {}) {
  pair.logged.length = 0;
  const ahead = await postGraphql(pair.withLookAhead.url, query, variables);
  const logged = [...pair.logged];
  const level = await postGraphql(pair.without.url, query, variables);
  return { ahead: ahead.body, level: level.body, logged, files: sentStatements(logged).map((sent) => sent.file) };
}

/** Both answers equal and without errors; the answer and what the look-ahead server sent. */
async function sameAnswer(query: string, variables: Record<string, unknown> = {}) {
  const answers = await both(query, variables);
  expect(answers.ahead.errors).toBeUndefined();
  expect(answers.ahead).toEqual(answers.level);
  return { data: answers.ahead.data!, logged: answers.logged, files: answers.files };
}

/**
 * Both answers equal, with at least one error (bad arguments are reported by the field, as without look-ahead). The
 * errors are compared in path order: GraphQL lists them as the fields fail, and the two servers' fields finish in
 * another order.
 */
async function sameErrors(query: string, variables: Record<string, unknown> = {}) {
  const answers = await both(query, variables);
  expect(answers.ahead.errors?.length).toBeGreaterThan(0);
  const inPathOrder = (body: typeof answers.ahead) => ({ ...body, errors: [...(body.errors ?? [])].sort(byPath) });
  expect(inPathOrder(answers.ahead)).toEqual(inPathOrder(answers.level));
  return answers.ahead.errors!;
}

function byPath(a: { message: string; path?: unknown }, b: { message: string; path?: unknown }): number {
  const key = (error: { message: string; path?: unknown }) => JSON.stringify(error.path ?? []);
  return key(a).localeCompare(key(b));
}

const ids = '... on Node { id }';
const unitedStates = (members: string) => `{ entity(id: "org:united-states") { ... on Organization { ${members} } } }`;
/** Org:hamas's events, their participants, and what `actor` selects of each participating organization. */
const hamasEvents = (actor: string, events = 'events(first: 10)', participants = 'participants(first: 6)') =>
  `{ entity(id: "org:hamas") { ... on Organization { id ${events} { role event { id ${participants} { role actor { ${ids} ${actor} } } } } } } }`;

describe("an organization's members with their roles", () => {
  it.each([
    [
      'aliases of members and of roles with other pages and other selections',
      unitedStates(`a: members(first: 1) { person { roles(first: 1) { title } } }
        b: members(first: 2) { person { r: roles(first: 2) { organization { description } } s: roles { title } } }
        members(first: 3) { person { roles(first: 3) { organization { ${ids} } } } }`),
    ],
    [
      'roles through fragments on Entity, Node and Sourced, and a spread on Person',
      `query { entity(id: "org:united-states") { ... on Organization { members(first: 3) { ... on Sourced { sources ... on Role { title person { ...P } } } } } } }
       fragment P on Person { ... on Entity { name ... on Person { roles(first: 2) { ... on Sourced { sources } title organization { ... on Entity { aliases } } } } } ... on Node { id } }`,
    ],
    [
      'the roles page and a rolesConnection one shorter (the same page of the loader) side by side',
      unitedStates(
        `members { person { roles(first: 2) { title } rolesConnection(first: 1) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { title organization { description } } } } } }`,
      ),
    ],
    [
      "members of each role's organization, with their own roles, whole, under brief roles",
      unitedStates(
        `members(first: 3) { person { roles(first: 2) { organization { id members(first: 2) { person { description roles(first: 2) { organization { description kind } } } } } } } }`,
      ),
    ],
    [
      'members and membersConnection of the same organization nesting roles with other pages',
      unitedStates(`members(first: 2) { person { roles(first: 1) { title } } }
        membersConnection(first: 1) { totalCount edges { cursor node { person { roles(first: 2) { organization { aliases } } } } } pageInfo { endCursor } }`),
    ],
    [
      'whole members and whole organizations where a brief node lacks what is asked',
      unitedStates(
        `members { title sources evidence(first: 1) { quote } person { description aliases unnamed roles { title organization { aliases description kind } } } }`,
      ),
    ],
    [
      "a person entity's roles, their organizations' members and those members' roles",
      `{ entity(id: "person:adam-boehler") { ... on Person { roles { organization { membersConnection(first: 2) { edges { node { person { name roles(first: 1) { title } } } } } members { person { roles { organization { ${ids} } } } } } } } } }`,
    ],
    [
      'two organizations in one request under aliases, their members nesting roles with one page',
      `{ a: entity(id: "org:united-states") { ... on Organization { members { person { roles(first: 2) { title } } } } }
         b: entity(id: "org:white-house") { ... on Organization { members { person { roles(first: 2) { title } } } } }
         c: entity(id: "org:israel") { ... on Organization { members(first: 1) { person { roles(first: 2) { organization { description } } } } } } }`,
    ],
  ])('%s', async (_name, query) => {
    const { data } = await sameAnswer(query);
    expect(JSON.stringify(data)).toContain('"roles":[{');
  });

  it('variables for first and @include/@skip on roles and on the fragment around them, in every combination', async () => {
    const query = `query($members: Int, $roles: Int, $withRoles: Boolean!, $skipFragment: Boolean!) {
      entity(id: "org:united-states") { ... on Organization {
        members(first: $members) { title person { id ... on Person @skip(if: $skipFragment) { roles(first: $roles) @include(if: $withRoles) { title organization { ${ids} } } } } }
        membersConnection(first: $members) { edges { node { person { roles(first: $roles) @include(if: $withRoles) { organization { description } } } } } }
      } } }`;
    let tried = 0;
    for (const members of [1, 3])
      for (const roles of [1, 2])
        for (const withRoles of [true, false])
          for (const skipFragment of [true, false]) {
            const { logged } = await sameAnswer(query, { members, roles, withRoles, skipFragment });
            const membersStatements = logged.filter((text) => text.startsWith('// members-by-organization\n'));
            // The list's roles come with it when asked and not skipped; the connection's always when asked.
            expect(membersStatements.some((text) => text.includes(`rolesLimit: ${roles}`))).toBe(withRoles);
            tried++;
          }
    expect(tried).toBe(16);
  });

  it('a second page of members from the first page cursor, nesting roles', async () => {
    const query = `query($after: String) { entity(id: "org:united-states") { ... on Organization {
      membersConnection(first: 1, after: $after) { edges { cursor node { person { id roles(first: 1) { title organization { kind } } } } } pageInfo { hasNextPage endCursor } } } } }`;
    let after: string | null = null;
    const seen: string[] = [];
    do {
      const { data, logged } = await sameAnswer(query, { after });
      const page = (
        data.entity as {
          membersConnection: {
            edges: { node: { person: { id: string } } }[];
            pageInfo: { endCursor: string | null; hasNextPage: boolean };
          };
        }
      ).membersConnection;
      seen.push(...page.edges.map((edge) => edge.node.person.id));
      expect(logged.find((text) => text.startsWith('// members-by-organization\n'))).toContain('rolesBrief: false');
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after !== null);
    expect(seen).toEqual(['person:adam-boehler', 'person:donald-trump', 'person:steve-witkoff']);
  });

  it.each([
    ['members(first: 0)', unitedStates('members(first: 0) { person { roles { title } } }')],
    ['roles(first: 101) below members', unitedStates('members { title person { id roles(first: 101) { title } } }')],
    ['roles(first: 0) below a connection', unitedStates('membersConnection { edges { node { person { roles(first: 0) { title } } } } }')],
    ['a bad members cursor', unitedStates('membersConnection(after: "not a cursor") { edges { node { person { roles { title } } } } }')],
    [
      'a bad roles cursor below members',
      unitedStates('members { person { rolesConnection(after: "nope") { totalCount } roles { title } } }'),
    ],
    ['roles paged by a variable out of range', unitedStates('members { person { roles(first: -1) { title } } }')],
    [
      'one good and one bad roles page under aliases',
      unitedStates('members { person { a: roles(first: 1) { title } b: roles(first: 0) { title } } }'),
    ],
  ])('%s: the same errors and data as without look-ahead', async (_name, query) => {
    const errors = await sameErrors(query);
    expect(JSON.stringify(errors)).toMatch(/first|after/);
  });

  it('a null first on members and on roles is answered as without look-ahead', async () => {
    const answers = await both(
      'query($n: Int) { entity(id: "org:united-states") { ... on Organization { members(first: $n) { person { roles(first: $n) { title } } } } } }',
      { n: null },
    );
    expect(answers.ahead).toEqual(answers.level);
  });
});

describe("the participating organizations' members below an entity's events", () => {
  it.each([
    [
      'members asked twice below the participants with different pages (aliases)',
      hamasEvents(
        '... on Organization { members(first: 1) { person { id roles { title } } } m2: members(first: 2) { person { roles(first: 1) { organization { description } } } } }',
      ),
    ],
    [
      'members through fragments on Entity and Node around Organization, plus a plain one',
      hamasEvents(`... on Entity { ... on Organization { members(first: 2) { title person { id } } } }
        ... on Organization { ... on Node { ... on Organization { members(first: 2) { person { roles(first: 1) { title } } } } } }`),
    ],
    [
      'a members field inside a Person fragment (which never applies to an organization) beside the real one',
      hamasEvents(`... on Person { ... on Entity { ... on Organization { members(first: 2) { person { description roles(first: 1) { title } } } } } }
        ... on Organization { members(first: 2) { person { id } } }`),
    ],
    [
      'members and membersConnection mixed below the participants',
      hamasEvents(`... on Organization { members(first: 2) { person { roles { title } } }
        membersConnection(first: 1) { totalCount edges { node { person { roles(first: 1) { organization { ${ids} } } } } } } }`),
    ],
    [
      "members with the entity's own members, the entity being among the participants (the same page and another)",
      `{ entity(id: "org:united-states") { ... on Organization { members(first: 3) { person { id roles(first: 2) { title } } } m: members(first: 2) { person { id } }
        events(first: 5) { event { id participants { actor { ... on Organization { id members(first: 3) { person { id roles(first: 2) { title } } } } } } } } } } }`,
    ],
    [
      'whole nodes at each level: events, actors, members and role organizations',
      `{ entity(id: "org:hamas") { ... on Organization { description events(first: 5) { sources evidence(first: 1) { quote } event { summary participants(first: 5) { event { summary } actor {
         ... on Organization { description aliases members(first: 3) { person { description aliases roles(first: 2) { organization { description aliases } } } } } } } } } } } }`,
    ],
    [
      'a roles filter on participants and the members of the mediators only',
      hamasEvents(
        '... on Organization { members(first: 3) { person { roles(first: 2) { title } } } }',
        'events',
        'participants(roles: ["mediator", "party"])',
      ),
    ],
    [
      "a person entity's events with the participating organizations' members",
      `{ entity(id: "person:adam-boehler") { ... on Person { events(first: 5) { event { participants(first: 5) { actor { ... on Organization { members(first: 2) { person { roles(first: 3) { organization { name } } } } } } } } } } } }`,
    ],
    [
      'an organization in many events (Israel) with its partners, members through a connection of events',
      `{ entity(id: "org:israel") { ... on Organization { events(first: 20) { event { participants { actor { ... on Organization { id members { title person { id roles(first: 1) { title } } } } } } } }
         eventsConnection(first: 2) { edges { node { event { participants { actor { ... on Organization { members(first: 1) { person { id } } } } } } } } } } } }`,
    ],
    [
      'members skipped in one fragment and kept in another',
      hamasEvents(`... on Organization @skip(if: true) { members(first: 2) { person { description } } }
        ... on Organization { members(first: 2) { person { id roles(first: 1) { title } } } }`),
    ],
  ])('%s', async (_name, query) => {
    const { data } = await sameAnswer(query);
    expect(JSON.stringify(data)).toContain('"members":[{');
  });

  // Fields of exclusive types merge with equal arguments: the plan reads both fragments, each value resolves only its own.
  it.each([
    ['a person', 'person:donald-trump'],
    ['an organization', 'org:united-states'],
  ])('%s asked for events by a Person and an Organization fragment with other selections below', async (_name, id) => {
    const { data } = await sameAnswer(`{ entity(id: "${id}") {
      ... on Person { events(first: 5) { event { id summary } } }
      ... on Organization { events(first: 5) { event { participants(first: 4) { actor { ... on Organization { members(first: 2) { person { roles(first: 1) { title } } } } } } } } } } }`);
    expect(JSON.stringify(data)).toContain('"events":[{');
  });

  it('participants whose arguments are written in two orders, and members below them: still one statement', async () => {
    const { data, files } =
      await sameAnswer(`query { entity(id: "org:hamas") { ... on Organization { events(first: 6) { event { ...A ...B } } } } }
      fragment A on Event { participants(first: 4, roles: ["party", "mediator"]) { role } }
      fragment B on Event { participants(roles: ["party", "mediator"], first: 4) { actor { ... on Organization { members(first: 2) { person { id } } } } } }`);
    expect(JSON.stringify(data)).toContain('"members":[{');
    // graphql-js merges the two (same arguments in another order), so the plan does too.
    expect(files).toEqual(['entity-events-participants']);
  });

  it('sends one statement with the members page the nested fields ask for, and its parameters', async () => {
    const { logged, files } = await sameAnswer(
      hamasEvents(
        '... on Organization { members(first: 3) { person { id roles(first: 2) { organization { description } } } } }',
        'events(first: 10)',
        'participants',
      ),
    );
    expect(files).toEqual(['entity-events-participants']);
    expect(logged[0]).toContain('membersLimit: 3');
    expect(logged[0]).toContain('membersBrief: true');
    expect(logged[0]).toContain('rolesLimit: 2');
    expect(logged[0]).toContain('rolesBrief: false');
  });

  it('the members page planned from variables and @include, in every combination, one statement each', async () => {
    const query = `query($members: Int, $roles: Int, $show: Boolean!, $whole: Boolean!) { entity(id: "org:hamas") { ... on Organization {
      events { event { participants { actor { ... on Organization { members(first: $members) @include(if: $show) { person { id
        description @include(if: $whole) roles(first: $roles) { title } } } } } } } } } } }`;
    let tried = 0;
    for (const members of [1, 3])
      for (const roles of [1, 5])
        for (const show of [true, false])
          for (const whole of [true, false]) {
            const { logged, files } = await sameAnswer(query, { members, roles, show, whole });
            expect(files).toEqual(['entity-events-participants']);
            expect(logged[0]).toContain(show ? `membersLimit: ${members}` : 'membersLimit: null');
            expect(logged[0]).toContain(show ? `membersBrief: ${String(!whole)}` : 'membersBrief: false');
            expect(logged[0]).toContain(show ? `rolesLimit: ${roles}` : 'rolesLimit: null');
            tried++;
          }
    expect(tried).toBe(16);
  });

  it.each([
    ['members(first: 0)', hamasEvents('... on Organization { members(first: 0) { person { id } } }')],
    ['members(first: 101)', hamasEvents('... on Organization { members(first: 101) { person { roles { title } } } }')],
    ['roles(first: 0) below members', hamasEvents('... on Organization { members(first: 2) { person { roles(first: 0) { title } } } }')],
    [
      'roles(first: 500) below a members connection',
      hamasEvents('... on Organization { membersConnection { edges { node { person { roles(first: 500) { title } } } } } }'),
    ],
    [
      'participants(first: 0) above members',
      hamasEvents('... on Organization { members { person { id } } }', 'events', 'participants(first: 0)'),
    ],
    ['events(first: 0) above members', hamasEvents('... on Organization { members { person { id } } }', 'events(first: 0)')],
    [
      'participants(roles: []) above members',
      hamasEvents('... on Organization { members { person { id } } }', 'events', 'participants(roles: [])'),
    ],
  ])('%s: the same errors and data as without look-ahead', async (_name, query) => {
    await sameErrors(query);
  });

  // entity(id) answers any node: the statement that brings an organization's events must give every other node as
  // the node loader does.
  it.each([
    ['a term, whose text is what it says', 'term:witkoff-half-hostages-for-extension', '... on Term { kind text note inExchangeFor }'],
    ['a place', 'place:gaza', '... on Place { name aliases }'],
    ['the article, whose text comes from its own loader', 'article:us-hamas-direct-talks', '... on Article { title published text }'],
    ['a statement', 'statement:trump-last-warning', '... on Statement { quote }'],
    ['an event', 'event:us-hamas-direct-talks', '... on Event { title summary kind }'],
    ['an unknown id', 'org:nobody-at-all', '... on Organization { name }'],
  ])('%s asked with an organization fragment that nests members', async (_name, id, own) => {
    const { data } = await sameAnswer(
      `{ entity(id: "${id}") { __typename ${ids} ${own} ... on Organization { events(first: 5) { event { participants(first: 5) { actor { ... on Organization { members(first: 3) { person { roles(first: 2) { title } } } } } } } } } } }`,
    );
    if (id !== 'org:nobody-at-all') expect(data.entity).not.toBeNull();
  });
});

describe('the timeline of one actor', () => {
  const timeline = `query($actorId: ID, $from: String, $to: String, $match: RangeMatch, $kinds: [String!], $first: Int, $after: String) {
    timeline(actorId: $actorId, from: $from, to: $to, match: $match, kinds: $kinds, first: $first, after: $after) {
      edges { cursor placement sequence node { id title } } pageInfo { hasNextPage endCursor } } }`;
  interface Page {
    edges: { cursor: string; placement: string; sequence: number; node: { id: string } }[];
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  }

  /** Every page of a timeline, `first` at a time, each asked of both servers (equal answers). */
  async function everyPage(variables: Record<string, unknown>, first: number) {
    const edges: Page['edges'] = [];
    let after: string | null = null;
    do {
      const { data, files } = await sameAnswer(timeline, { ...variables, first, after });
      expect(files[0]).toBe(variables.actorId ? 'timeline-of-actor' : 'timeline');
      const page = data.timeline as Page;
      edges.push(...page.edges);
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after !== null);
    return edges;
  }

  const participations = async (actorId: string) =>
    new Set(
      (await pair.db.read('MATCH (:Node {id: $actorId})-[:PARTICIPATED_IN]->(e:Event) RETURN DISTINCT e.id AS id', { actorId })).map(
        (row) => String(row.id),
      ),
    );

  it("pages as the whole timeline does, filtered to the actor's events, in every mode, range and kind", async () => {
    let compared = 0;
    const actors = new Map<string, Set<string>>();
    for (const actorId of ['org:hamas', 'org:united-states', 'person:adam-boehler']) actors.set(actorId, await participations(actorId));
    for (const match of ['WITHIN', 'STARTS_IN', 'OVERLAPS'])
      for (const [from, to] of [
        [null, null],
        ['2025-01-01', null],
        [null, '2024-12-31'],
        ['2023-10-01', '2025-03-31'],
      ])
        for (const kinds of (from === null) === (to === null) ? [null, ['talks', 'negotiation', 'attack']] : [null]) {
          const range = { from, to, match, kinds };
          // The whole timeline in one page (timeline.cypher's branches without an actor), then each actor's in pages of 4.
          const whole = await everyPage(range, 100);
          for (const [actorId, events] of actors) {
            if (kinds !== null && actorId !== 'org:hamas') continue;
            const own = await everyPage({ ...range, actorId }, 4);
            // The same events in the same order and placement; cursors are the same sort keys.
            expect({ range, actorId, edges: own }).toEqual({ range, actorId, edges: whole.filter((edge) => events.has(edge.node.id)) });
            compared += own.length;
          }
        }
    expect(compared).toBeGreaterThan(40);
  });

  it("continues after a cursor taken from another timeline's page, as the whole timeline filtered does", async () => {
    const whole = await everyPage({}, 100);
    const events = await participations('org:hamas');
    for (const edge of whole.filter((_, index) => index % 4 === 0)) {
      const { data } = await sameAnswer(timeline, { actorId: 'org:hamas', first: 100, after: edge.cursor });
      const expected = whole.slice(whole.indexOf(edge) + 1).filter((later) => events.has(later.node.id));
      expect((data.timeline as Page).edges).toEqual(expected);
    }
  });

  it.each([
    ['an unknown actor', { actorId: 'org:nobody-at-all' }, 'NOT_FOUND'],
    ['an unknown actor with a range and kinds', { actorId: 'person:nobody', from: '2024-01-01', kinds: ['talks'] }, 'NOT_FOUND'],
    ['a bad cursor', { actorId: 'org:hamas', after: 'not a cursor' }, 'BAD_USER_INPUT'],
    ['an empty kinds list', { actorId: 'org:hamas', kinds: [] }, 'BAD_USER_INPUT'],
    ['a range the wrong way round', { actorId: 'org:hamas', from: '2025-01-01', to: '2024-01-01' }, 'BAD_USER_INPUT'],
  ])('%s: the same error as without look-ahead', async (_name, variables, code) => {
    const errors = await sameErrors(timeline, variables);
    expect(errors[0]?.extensions?.code).toBe(code);
  });

  it('an actor with no events in the range, an event as the actor, and nested participants with their members', async () => {
    const empty = await sameAnswer(timeline, { actorId: 'org:hamas', from: '1990-01-01', to: '1990-12-31' });
    expect((empty.data.timeline as Page).edges).toEqual([]);
    const event = await sameAnswer(timeline, { actorId: 'event:us-hamas-direct-talks' });
    expect((event.data.timeline as Page).edges).toEqual([]);
    const { data, files } = await sameAnswer(
      `{ timeline(actorId: "org:hamas", match: OVERLAPS, from: "2023-10-01", first: 4) { edges { node { id summary participants(first: 3) { role
         actor { ... on Organization { members(first: 2) { person { roles(first: 1) { title organization { description } } } } } } } } } } }`,
    );
    expect(files[0]).toBe('timeline-of-actor');
    expect(JSON.stringify(data)).toContain('"members":[{');
  });
});

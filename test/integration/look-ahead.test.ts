import { postGraphql } from '../support/http';
import { lookAheadPair } from '../support/lookAheadPair';
import type { GraphqlServer } from '../../src/server';

/**
 * The root resolvers' look-ahead must change round trips, never answers: every request here is sent to a server
 * with look-ahead and to one without, over the seed, and the answers must be equal while the statements drop.
 */

const pair = lookAheadPair();

async function both(query: string, variables: Record<string, unknown> = {}) {
  const measure = async (server: GraphqlServer) => {
    const before = pair.db.statementCount;
    const response = await postGraphql(server.url, query, variables);
    return { body: response.body, statements: pair.db.statementCount - before };
  };
  const after = await measure(pair.withLookAhead);
  const level = await measure(pair.without);
  return { after, level };
}

/**
 * Sends `query` to both servers (the answers must be equal, without errors), then once more to the look-ahead server,
 * and returns the statement it logged whose header `file` matches ('' when none).
 */
async function statementSent(file: RegExp, query: string, variables: Record<string, unknown> = {}): Promise<string> {
  const { after, level } = await both(query, variables);
  expect(after.body.errors).toBeUndefined();
  expect(after.body).toEqual(level.body);
  pair.logged.length = 0;
  await postGraphql(pair.withLookAhead.url, query, variables);
  return pair.logged.find((text) => file.test(text)) ?? '';
}

const negotiationsStatement = /^\/\/ negotiations\n/;

const evidence = 'evidence { quote article { id } }';
const entityEvents = `query($id: ID!, $first: Int, $roles: [String!]) {
  entity(id: $id) { id ... on Organization { name events(first: $first) { role ${evidence} event { id title
    participants(roles: $roles) { role side { ... on Node { id } } ${evidence} actor { ... on Node { id } ... on Person { roles { organization { id } } } } } } } } }
}`;

const membersStatement = /^\/\/ members-by-organization\n/;
const unitedStates = (members: string) => `{ entity(id: "org:united-states") { ... on Organization { ${members} } } }`;

describe("look-ahead below an organization's members", () => {
  it("brings each member's roles in the members statement, with the answer of the level-by-level path", async () => {
    const query = unitedStates('members(first: 2) { title person { id roles(first: 1) { title organization { ... on Node { id } } } } }');
    const { after, level } = await both(query);
    expect(after.body.errors).toBeUndefined();
    expect(after.body).toEqual(level.body);
    const members = (after.body.data as { entity: { members: { person: { roles: { title: string }[] } }[] } }).entity.members;
    expect(members).toHaveLength(2);
    expect(members.flatMap((member) => member.person.roles.map((role) => role.title))).toEqual([
      'nominee to be special envoy for hostage affairs',
      'President',
    ]);
    // The entity, then its members with their roles: the roles level is gone.
    expect(level.statements).toBe(3);
    expect(after.statements).toBe(2);
    const sent = await statementSent(membersStatement, query);
    expect(sent).toContain('rolesLimit: 1');
    expect(sent).toContain('rolesBrief: true');
  });

  it('brings whole organizations when the roles ask for more than a brief node holds, and does so below a connection', async () => {
    const sent = await statementSent(
      membersStatement,
      unitedStates(
        'membersConnection(first: 2) { totalCount edges { node { person { roles { organization { id name description } } } } } }',
      ),
    );
    expect(sent).toContain('rolesLimit: 20');
    expect(sent).toContain('rolesBrief: false');
  });

  it('leaves the roles to their own statement when the members do not nest them, or nest them twice or wrongly', async () => {
    for (const members of [
      'members { title person { id } }',
      'members { person { a: roles(first: 1) { title } b: roles(first: 2) { title } } }',
      'members { person { roles @skip(if: true) { title } } }',
    ]) {
      expect(await statementSent(membersStatement, unitedStates(members))).toContain('rolesLimit: null');
    }
    const wrong = await both(unitedStates('members { person { roles(first: 0) { title } } }'));
    expect(wrong.after.body).toEqual(wrong.level.body);
    expect(JSON.stringify(wrong.after.body.errors)).toContain('first');
  });

  it('keeps answers equal for two members lists with their own roles pages, fragments, and variables', async () => {
    const query = `query($withRoles: Boolean!, $first: Int) { entity(id: "org:united-states") { ... on Organization {
      a: members(first: 1) { person { roles(first: 1) { title } } }
      b: members(first: 3) { person { ...held } }
      c: membersConnection(first: 2) { edges { node { person { ... on Person { roles(first: $first) @include(if: $withRoles) { organization { ... on Node { id } } } } } } } }
    } } }
    fragment held on Person { id roles { title organization { ... on Organization { name description } } } }`;
    for (const variables of [
      { withRoles: true, first: 1 },
      { withRoles: false, first: 1 },
      { withRoles: true, first: 2 },
    ]) {
      const { after, level } = await both(query, variables);
      expect(after.body.errors).toBeUndefined();
      expect(after.body).toEqual(level.body);
      expect(after.statements).toBeLessThan(level.statements);
    }
  });
});

describe('look-ahead at the selection of entity', () => {
  it('answers entity { events { event { participants } } } in one statement, with the answer of the level-by-level path', async () => {
    const { after, level } = await both(
      `{ entity(id: "org:hamas") { id ... on Organization { events(first: 50) { role event { id participants { role actor { ... on Node { id } } } } } } } }`,
    );
    expect(after.body.errors).toBeUndefined();
    expect(after.body).toEqual(level.body);
    const events = (after.body.data as { entity: { events: { event: { participants: unknown[] } }[] } }).entity.events;
    expect(events.length).toBeGreaterThan(3);
    expect(events.every((participation) => participation.event.participants.length > 0)).toBe(true);
    expect(level.statements).toBe(3);
    expect(after.statements).toBe(1);
  });

  it('keeps variables, the roles filter, evidence and deeper levels (which still batch) equal', async () => {
    for (const variables of [
      { id: 'org:hamas', first: 5, roles: ['mediator'] },
      { id: 'org:qatar', first: 10, roles: null },
      { id: 'org:united-states' },
    ]) {
      const { after, level } = await both(entityEvents, variables);
      expect(after.body.errors).toBeUndefined();
      expect(after.body).toEqual(level.body);
      expect(after.statements).toBeLessThan(level.statements);
    }
  });

  it("keeps the participating organizations' members and their roles equal: five levels, one statement", async () => {
    const members = (page: string, roles: string) =>
      `{ entity(id: "org:hamas") { ... on Organization { id events(first: 10) { event { id participants(first: 5) { actor { ... on Organization { id
        members${page} { title person { id ${roles} } } } } } } } } } }`;
    const query = members('(first: 10)', 'roles(first: 5) { title organization { id } }');
    const { after, level } = await both(query);
    expect(after.body.errors).toBeUndefined();
    expect(after.body).toEqual(level.body);
    const roles = [...JSON.stringify(after.body).matchAll(/"roles":\[\{/g)];
    expect(roles.length).toBeGreaterThan(2);
    // The entity, its events, their participants, the organizations' members and the members' roles in one statement.
    expect(level.statements).toBe(5);
    expect(after.statements).toBe(1);
    const sent = await statementSent(/^\/\/ entity-events-participants\n/, query);
    expect(sent).toContain('membersLimit: 10');
    expect(sent).toContain('rolesLimit: 5');
    expect(await statementSent(/^\/\/ entity-events-participants\n/, members('(first: 5)', 'name'))).toContain('rolesLimit: null');
    // Members alone, a shorter page of each, and roles asked twice under other aliases.
    for (const other of [
      members('(first: 5)', 'name'),
      members('(first: 1)', 'roles(first: 1) { organization { ... on Node { id } } }'),
      members('(first: 2)', 'a: roles(first: 1) { title } b: roles(first: 2) { title }'),
    ]) {
      const answers = await both(other);
      expect(answers.after.body.errors).toBeUndefined();
      expect(answers.after.body).toEqual(answers.level.body);
      expect(answers.after.statements).toBeLessThan(answers.level.statements);
    }
  });

  it('falls back to level by level for two differently paged events lists, a person, and an unknown id', async () => {
    const aliased = `{ entity(id: "org:hamas") { ... on Organization { a: events(first: 1) { event { id participants { role } } } b: events(first: 3) { event { id participants { role } } } } } }`;
    const person = `{ entity(id: "person:adam-boehler") { ... on Person { events { event { id participants { actor { ... on Node { id } } } } } } } }`;
    const unknown = `{ entity(id: "org:nobody-at-all") { id ... on Organization { events { event { participants { role } } } } } }`;
    for (const query of [aliased, person, unknown]) {
      const { after, level } = await both(query);
      expect(after.body).toEqual(level.body);
    }
    expect(((await both(unknown)).after.body.data as { entity: unknown }).entity).toBeNull();
  });

  it('reports a bad nested argument as the level-by-level path does', async () => {
    const { after, level } = await both(
      `{ entity(id: "org:hamas") { ... on Organization { events(first: 0) { event { participants { role } } } } } }`,
    );
    expect(after.body.errors?.[0]?.message).toBeDefined();
    expect(after.body).toEqual(level.body);
  });
});

describe('look-ahead at the selection of timeline', () => {
  const timeline = `query($from: String, $to: String, $actorId: ID, $first: Int, $roles: [String!], $after: String) {
    timeline(from: $from, to: $to, actorId: $actorId, first: $first, after: $after) {
      edges { cursor node { id title participants(roles: $roles) { role side { ... on Node { id } } ${evidence} actor { ... on Node { id } } } } }
      pageInfo { hasNextPage endCursor }
    }
  }`;

  it('answers timeline { edges { node { participants } } } in one statement, with the answer of the level-by-level path', async () => {
    const { after, level } = await both(timeline, { first: 50 });
    expect(after.body.errors).toBeUndefined();
    expect(after.body).toEqual(level.body);
    const edges = (after.body.data as { timeline: { edges: { node: { participants: unknown[] } }[] } }).timeline.edges;
    expect(edges.length).toBeGreaterThan(10);
    expect(edges.filter((edge) => edge.node.participants.length > 0).length).toBeGreaterThan(5);
    // Participants, then their quotes and the quoted articles: the participants level is gone.
    expect(level.statements - after.statements).toBe(1);
  });

  it("keeps the participating organizations' members and their roles equal below the timeline's statement", async () => {
    const { after, level } = await both(
      '{ timeline(first: 30) { edges { node { id participants(first: 5) { role actor { ... on Organization { id members(first: 3) { person { name roles(first: 3) { organization { ... on Node { id } } } } } } } } } } } }',
    );
    expect(after.body.errors).toBeUndefined();
    expect(after.body).toEqual(level.body);
    expect(JSON.stringify(after.body)).toContain('"members":[{');
    expect(after.statements).toBe(2);
  });

  it('keeps ranges, an actor, the roles filter and a second page equal', async () => {
    const first = await both(timeline, { first: 3 });
    const cursor = (first.after.body.data as { timeline: { pageInfo: { endCursor: string } } }).timeline.pageInfo.endCursor;
    for (const variables of [
      { from: '2023-10-01', to: '2025-12-31', roles: ['mediator', 'party'] },
      { actorId: 'org:hamas', first: 5 },
      { first: 3, after: cursor },
    ]) {
      const { after, level } = await both(timeline, variables);
      expect(after.body.errors).toBeUndefined();
      expect(after.body).toEqual(level.body);
      expect(after.statements).toBeLessThan(level.statements);
    }
  });

  it('falls back for participants asked twice with different pages, and reports a bad nested argument as before', async () => {
    const twice = await both(
      '{ timeline(first: 5) { edges { node { a: participants(first: 1) { role } b: participants(first: 2) { role } } } } }',
    );
    expect(twice.after.body.errors).toBeUndefined();
    expect(twice.after.body).toEqual(twice.level.body);
    const bad = await both('{ timeline(first: 5) { edges { node { participants(first: 0) { role } } } } }');
    expect(bad.after.body.errors?.[0]?.message).toContain('first');
    expect(bad.after.body).toEqual(bad.level.body);
  });
});

describe('look-ahead at the selection of negotiations', () => {
  it("leaves each side's participations out when the request asks for neither roles nor evidence, and only then", async () => {
    const sent = (query: string) => statementSent(negotiationsStatement, query);
    expect(
      await sent('{ negotiations(actorId: "org:hamas") { counterpart { ... on Node { id } } weight events { id } proposals { id } } }'),
    ).toContain('sides: false');
    const roles = await both('{ negotiations(actorId: "org:hamas") { roles { side role actor { ... on Node { id } } } } }');
    expect(
      (roles.after.body.data as { negotiations: { roles: unknown[] }[] }).negotiations.flatMap((negotiation) => negotiation.roles).length,
    ).toBeGreaterThan(2);
    for (const query of [
      '{ negotiations(actorId: "org:hamas") { roles { side role actor { ... on Node { id } } } } }',
      '{ negotiations(actorId: "org:hamas") { weight evidence { quote } } }',
      '{ negotiations(actorId: "org:hamas") { weight roles @include(if: true) { role } } }',
    ]) {
      expect(await sent(query)).toContain('sides: true');
    }
  });

  it('leaves the mediators out of the statement when the request asks for neither mediators nor evidence, and only then', async () => {
    const counterparts = '{ negotiations(actorId: "person:adam-boehler") { counterpart { ... on Node { id } } weight events { id } } }';
    expect(await statementSent(negotiationsStatement, counterparts)).toContain('mediators: false');
    for (const query of [
      '{ negotiations(actorId: "person:adam-boehler") { weight mediators { actor { ... on Node { id } } event { id } } } }',
      '{ negotiations(actorId: "person:adam-boehler") { weight evidence { quote } } }',
      '{ negotiations(actorId: "org:hamas", rollUp: true) { ...pair } } fragment pair on Negotiation { mediators { role } }',
    ]) {
      expect(await statementSent(negotiationsStatement, query)).toContain('mediators: true');
    }
    // What @skip / @include leave out is not fetched; what they keep is.
    const logFor = (query: string, variables: Record<string, unknown> = {}) =>
      statementSent(/^\/\/ (negotiations|timeline)\n/, query, variables);
    const directed =
      'query($show: Boolean!) { negotiations(actorId: "person:adam-boehler") { weight mediators @include(if: $show) { role } } }';
    expect(await logFor(directed, { show: false })).toContain('mediators: false');
    expect(await logFor(directed, { show: true })).toContain('mediators: true');
    expect(await logFor('{ negotiations(actorId: "org:hamas") { weight ... @skip(if: true) { evidence { quote } } } }')).toContain(
      'mediators: false',
    );
    const participants =
      'query($show: Boolean!) { timeline(first: 3) { edges { node { id participants @include(if: $show) { role } } } } }';
    expect(await logFor(participants, { show: false })).toContain('participantsLimit: null');
    expect(await logFor(participants, { show: true })).toContain('participantsLimit: 20.0');
    // Boehler's talks had mediators: asked for, they are there.
    const asked = await both('{ negotiations(actorId: "person:adam-boehler") { mediators { actor { ... on Node { id } } } } }');
    const mediators = (asked.after.body.data as { negotiations: { mediators: { actor: { id: string } }[] }[] }).negotiations.flatMap(
      (negotiation) => negotiation.mediators.map((mediator) => mediator.actor.id),
    );
    expect(mediators).toEqual(expect.arrayContaining(['org:egypt', 'org:qatar']));
  });
});

describe('look-ahead at the answer of the root statement', () => {
  it('skips the NOT_FOUND check when the answer shows the node exists, and still reports an unknown one', async () => {
    const found = await both(
      '{ neighborhood(id: "person:adam-boehler") { nodes { id } } negotiations(actorId: "person:adam-boehler") { weight } }',
    );
    expect(found.after.body).toEqual(found.level.body);
    expect(found.after.statements).toBe(2);
    expect(found.level.statements).toBe(3);
    const missing = await both('{ neighborhood(id: "person:nobody") { nodes { id } } }');
    expect(missing.after.body).toEqual(missing.level.body);
    expect(missing.after.body.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const place = await both('{ negotiations(actorId: "place:gaza") { weight } }');
    expect(place.after.body).toEqual(place.level.body);
    expect(place.after.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('statement log (LOG_CYPHER)', () => {
  it('writes each statement with its file name, its parameters as :param and EXPLAIN', async () => {
    pair.logged.length = 0;
    await postGraphql(pair.withLookAhead.url, '{ entity(id: "org:hamas") { id } }');
    expect(pair.logged).toHaveLength(1);
    expect(pair.logged[0]).toMatch(/^\/\/ entities-by-id\n:param \{ids: \['org:hamas'\]\}\n\/\/ entities-by-id: which nodes/);
    expect(pair.logged[0]).toContain('\nEXPLAIN UNWIND $ids AS id\n');
  });
});

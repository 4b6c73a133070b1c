import fs from 'node:fs';
import { seedFiles } from '../../src/ingest';
import { postGraphql } from '../support/http';
import { seededServer } from '../support/seededServer';

/**
 * The analyst's questions, asked over HTTP of a running server on the real Neo4j with the seed loaded. The
 * seed stays loaded afterwards: loading is idempotent, and other files load it the same way.
 */

const articleText = Array.from(fs.readFileSync(seedFiles.article, 'utf8'));

const api = seededServer();

// Responses are checked field by field against the seed; a loose type keeps the tests readable.
type Data = Record<string, any>;

async function ask(query: string, variables: Record<string, unknown> = {}): Promise<Data> {
  const response = await postGraphql(api.server.url, query, variables);
  expect(response.body.errors).toBeUndefined();
  expect(response.status).toBe(200);
  return response.body.data as Data;
}

interface Quote {
  quote: string;
  start: number;
  end: number;
  article: { id: string };
}

/** Every quote must be the words of the article at its offsets (code points, end exclusive). */
function expectQuotesFromArticle(quotes: Quote[]): void {
  expect(quotes.length).toBeGreaterThan(0);
  for (const { quote, start, end, article } of quotes) {
    expect(article.id).toBe('article:us-hamas-direct-talks');
    expect(articleText.slice(start, end).join('')).toBe(quote);
  }
}

const evidence = 'evidence { quote start end article { id title } }';

describe('timeline', () => {
  const timeline = `query($from: String, $to: String, $match: RangeMatch, $actorId: ID, $kinds: [String!], $first: Int, $after: String) {
    timeline(from: $from, to: $to, match: $match, actorId: $actorId, kinds: $kinds, first: $first, after: $after) {
      edges { cursor sequence placement node { id kind title date { text precision earliest latest } } }
      pageInfo { hasNextPage endCursor }
    }
  }`;

  it('orders events by their date interval: 1997, then October 7 2023, then the talks and what followed them', async () => {
    const { timeline: page } = await ask(timeline, { first: 100 });
    const ids: string[] = page.edges.map((edge: Data) => edge.node.id);
    expect(ids.slice(0, 3)).toEqual(['event:hamas-terrorist-designation', 'event:abraham-accords', 'event:october-7-raid']);
    expect(page.edges[0].node.date).toEqual({ text: '1997', precision: 'YEAR', earliest: '1997-01-01', latest: '1997-12-31' });
    expect(page.edges[2].node.date).toEqual({ text: 'October 7, 2023', precision: 'DAY', earliest: '2023-10-07', latest: '2023-10-07' });
    // "Recent" talks are dated by the raid they followed; what the article says followed them comes after them.
    const talks = ids.indexOf('event:us-hamas-direct-talks');
    expect(talks).toBeGreaterThan(ids.indexOf('event:october-7-raid'));
    expect(page.edges[talks].node.date).toEqual({ text: 'recent', precision: 'UNKNOWN', earliest: '2023-10-07', latest: null });
    expect(ids.indexOf('event:leavitt-remarks')).toBeGreaterThan(talks);
    expect(ids.indexOf('event:netanyahu-office-acknowledgement')).toBeGreaterThan(talks);
    // Events with nothing to date them come last.
    expect(page.edges.at(-1).node.date.earliest).toBeNull();
    expect(ids).toHaveLength(18);
    expect(page.pageInfo.hasNextPage).toBe(false);
    expect(new Set(page.edges.map((edge: Data) => edge.placement))).toEqual(new Set(['NO_RANGE']));
  });

  it('pages with cursors through the same order', async () => {
    const { timeline: whole } = await ask(timeline, { first: 100 });
    const seen: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 10; page += 1) {
      const { timeline: part }: Data = await ask(timeline, { first: 5, after });
      seen.push(...part.edges.map((edge: Data) => edge.node.id));
      if (!part.pageInfo.hasNextPage) break;
      after = part.pageInfo.endCursor;
    }
    expect(seen).toEqual(whole.edges.map((edge: Data) => edge.node.id));
  });

  it('keeps the events whose interval overlaps a date range, and filters by actor and kind', async () => {
    const { timeline: since } = await ask(timeline, { from: '2023-10-01', to: '2023-12-31', match: 'OVERLAPS' });
    const openSinceTheRaid = [
      'event:gaza-war',
      'event:us-hamas-direct-talks',
      // The ceasefire is part of the war, so it begins no earlier than the war and comes after it; its parts after it.
      'event:israel-hamas-ceasefire',
      'event:leavitt-remarks',
      'event:netanyahu-office-acknowledgement',
      'event:ceasefire-first-phase',
      'event:ceasefire-negotiations',
    ];
    expect(since.edges.map((edge: Data) => edge.node.id)).toEqual(['event:october-7-raid', ...openSinceTheRaid]);
    // The raid certainly happened in the range; the undated events that followed it only may have.
    expect(since.edges.map((edge: Data) => edge.placement)).toEqual(['WITHIN', ...openSinceTheRaid.map(() => 'OVERLAPS')]);
    // The article gives them no end ("recent", after the raid): they may fall in any later range, and say so.
    const { timeline: later } = await ask(timeline, { from: '2025-01-01', to: '2025-12-31', match: 'OVERLAPS' });
    expect(later.edges.map((edge: Data) => edge.node.id)).toEqual(openSinceTheRaid);
    expect(new Set(later.edges.map((edge: Data) => edge.placement))).toEqual(new Set(['OVERLAPS']));
    for (const edge of later.edges) expect(edge.node.date).toMatchObject({ precision: 'UNKNOWN', earliest: '2023-10-07', latest: null });
    // By default (WITHIN) a range keeps only what certainly happened in it; STARTS_IN what began in it.
    const { timeline: certain } = await ask(timeline, { from: '2023-10-01', to: '2023-12-31' });
    expect(certain.edges.map((edge: Data) => [edge.node.id, edge.placement])).toEqual([['event:october-7-raid', 'WITHIN']]);
    const { timeline: began } = await ask(timeline, { from: '2023-10-07', to: '2023-10-07', match: 'STARTS_IN' });
    expect(began.edges.map((edge: Data) => edge.node.id)).toEqual(['event:october-7-raid', ...openSinceTheRaid]);
    const { timeline: beganLater } = await ask(timeline, { from: '2023-10-08', to: '2025-12-31', match: 'STARTS_IN' });
    expect(beganLater.edges).toEqual([]);
    const { timeline: before } = await ask(timeline, { to: '2000-01-01' });
    expect(before.edges.map((edge: Data) => edge.node.id)).toEqual(['event:hamas-terrorist-designation']);
    expect(before.edges[0].placement).toBe('WITHIN');
    const { timeline: boehler } = await ask(timeline, { actorId: 'person:adam-boehler' });
    expect(boehler.edges.map((edge: Data) => edge.node.id)).toEqual([
      'event:abraham-accords',
      'event:us-hamas-direct-talks',
      'event:boehler-nomination',
    ]);
    const { timeline: talks } = await ask(timeline, { kinds: ['talks', 'negotiation'] });
    expect(talks.edges.map((edge: Data) => edge.node.id)).toEqual(['event:us-hamas-direct-talks', 'event:ceasefire-negotiations']);
  });

  it("gives each event's participants with their role, side and evidence from the article", async () => {
    const { timeline: page } = await ask(
      `{ timeline(kinds: ["talks"]) { edges { node { id participants { role actor { __typename ... on Person { id } ... on Organization { id } } side { ... on Organization { id } } ${evidence} } } } } }`,
    );
    const participants = page.edges[0].node.participants as Data[];
    const roles = participants.map((p) => `${p.actor.id} ${p.role}`).sort();
    expect(roles).toEqual([
      'org:egypt mediator',
      'org:hamas party',
      'org:qatar mediator',
      'org:united-states party',
      'person:adam-boehler lead negotiator',
    ]);
    expect(participants.find((p) => p.actor.id === 'person:adam-boehler')?.side).toEqual({ id: 'org:united-states' });
    expectQuotesFromArticle(participants.flatMap((p) => p.evidence));
  });
});

describe('negotiations', () => {
  const negotiations = `query($actorId: ID!, $rollUp: Boolean) {
    negotiations(actorId: $actorId, rollUp: $rollUp) {
      actor { ... on Person { id } ... on Organization { id } }
      counterpart { ... on Person { id } ... on Organization { id } }
      weight
      events { id kind }
      proposals { id title }
      roles { side role actor { ... on Person { id } ... on Organization { id } } event { id } proposal { id } ${evidence} }
      mediators { role actor { ... on Organization { id name } } event { id } ${evidence} }
      ${evidence}
    }
  }`;

  it('Boehler negotiated with Hamas as lead negotiator, with Egypt and Qatar as mediators', async () => {
    const { negotiations: pairs } = await ask(negotiations, { actorId: 'person:adam-boehler' });
    expect(pairs).toHaveLength(1);
    const [pair] = pairs;
    expect(pair.actor).toEqual({ id: 'person:adam-boehler' });
    expect(pair.counterpart).toEqual({ id: 'org:hamas' });
    expect(pair.events).toEqual([{ id: 'event:us-hamas-direct-talks', kind: 'talks' }]);
    expect(pair.roles.map((r: Data) => [r.side, r.actor.id, r.role])).toEqual([
      ['ACTOR', 'person:adam-boehler', 'lead negotiator'],
      ['COUNTERPART', 'org:hamas', 'party'],
    ]);
    expect([...new Set(pair.mediators.map((m: Data) => m.actor.name))].sort()).toEqual(['Egypt', 'Qatar']);
    expect(pair.mediators.every((m: Data) => m.role === 'mediator')).toBe(true);
    expect(pair.roles[0].evidence.map((e: Quote) => e.quote)).toContain(
      'Adam Boehler, Trump’s nominee to be special envoy for hostage affairs, led the direct talks with Hamas.',
    );
    expectQuotesFromArticle([...pair.evidence, ...pair.mediators.flatMap((m: Data) => m.evidence)]);
  });

  it("with rollUp, Boehler's talks and Witkoff's proposal are the United States' negotiations with Hamas", async () => {
    for (const actorId of ['person:adam-boehler', 'org:united-states']) {
      const { negotiations: pairs } = await ask(negotiations, { actorId, rollUp: true });
      expect(pairs).toHaveLength(1);
      const [pair] = pairs;
      expect(pair.actor).toEqual({ id: 'org:united-states' });
      expect(pair.counterpart).toEqual({ id: 'org:hamas' });
      expect(pair.weight).toBe(2);
      expect(pair.events.map((e: Data) => e.id)).toEqual(['event:us-hamas-direct-talks']);
      expect(pair.proposals.map((p: Data) => p.id)).toEqual(['proposal:witkoff-ceasefire-proposal']);
      const ours = pair.roles.filter((r: Data) => r.side === 'ACTOR').map((r: Data) => `${r.actor.id} ${r.role}`);
      expect(ours.sort()).toEqual(['org:united-states party', 'person:adam-boehler lead negotiator', 'person:steve-witkoff proposer']);
      expectQuotesFromArticle(pair.evidence);
    }
  });

  it('Hamas negotiated with Israel in the ceasefire talks and with the United States, the US side rolled up', async () => {
    const { negotiations: pairs } = await ask(negotiations, { actorId: 'org:hamas', rollUp: true });
    expect(pairs.map((p: Data) => p.counterpart.id)).toEqual(['org:united-states', 'org:israel']);
  });

  it('lists every negotiating pair as a weighted network', async () => {
    const { negotiationNetwork } = await ask(
      `{ negotiationNetwork { nodes { id degree weight actor { ... on Organization { name } } } edges { source target weight events { id } proposals { id } ${evidence} } } }`,
    );
    expect(negotiationNetwork.edges.map((e: Data) => [e.source, e.target, e.weight])).toEqual([
      ['org:hamas', 'org:united-states', 2],
      ['org:hamas', 'org:israel', 1],
    ]);
    expect(negotiationNetwork.nodes.map((n: Data) => [n.id, n.degree, n.weight])).toEqual([
      ['org:hamas', 2, 3],
      ['org:united-states', 1, 2],
      ['org:israel', 1, 1],
    ]);
    expectQuotesFromArticle(negotiationNetwork.edges.flatMap((e: Data) => e.evidence));
    const { negotiationNetwork: people } = await ask('{ negotiationNetwork(rollUp: false) { edges { source target } } }');
    expect(people.edges).toContainEqual({ source: 'org:hamas', target: 'person:adam-boehler' });
  });
});

describe('proposals, statements and claims', () => {
  it("gives Witkoff's proposal, to whom it was made, and its terms", async () => {
    const { entity } = await ask(`{
      entity(id: "person:steve-witkoff") {
        ... on Person {
          name
          roles { title organization { id } }
          proposals {
            relation
            proposal {
              id title status
              addressedTo { actor { ... on Organization { id } } }
              terms { term { kind text inExchangeFor note binds { actor { ... on Organization { id } } } } ${evidence} }
            }
          }
        }
      }
    }`);
    expect(entity.roles).toEqual([{ title: 'US envoy', organization: { id: 'org:united-states' } }]);
    const [{ relation, proposal }] = entity.proposals;
    expect(relation).toBe('PROPOSED');
    expect(proposal).toMatchObject({
      id: 'proposal:witkoff-ceasefire-proposal',
      status: 'proposed',
      addressedTo: [{ actor: { id: 'org:hamas' } }],
    });
    const exchange = proposal.terms.find((t: Data) => t.term.kind === 'exchange');
    expect(exchange.term).toEqual({
      kind: 'exchange',
      text: 'Hamas releases half of its remaining hostages',
      inExchangeFor: ['a ceasefire extension', 'a promise to negotiate a lasting truce'],
      note: null,
      binds: [{ actor: { id: 'org:hamas' } }],
    });
    const omission = proposal.terms.find((t: Data) => t.term.kind === 'omission');
    expect(omission.term).toMatchObject({ text: 'releasing more Palestinian prisoners', binds: [{ actor: { id: 'org:israel' } }] });
    expectQuotesFromArticle(proposal.terms.flatMap((t: Data) => t.evidence));
  });

  it('gives statements with their speakers and claims with their sources', async () => {
    const { statement, claim } = await ask(`{
      statement: entity(id: "statement:trump-last-warning") { ... on Statement { quote medium speakers { actor { ... on Person { id } } ${evidence} } about { subject { id } } } }
      claim: entity(id: "claim:living-hostages-in-gaza") { ... on Claim { figure value qualifier unit sources { actor { ... on Organization { id name } } ${evidence} } } }
    }`);
    expect(statement).toMatchObject({
      quote: 'last warning',
      medium: 'Truth Social',
      speakers: [{ actor: { id: 'person:donald-trump' } }],
    });
    expect(statement.about.map((a: Data) => a.subject.id).sort()).toEqual(['event:hostages-held-in-gaza', 'org:hamas']);
    expect(claim).toMatchObject({
      figure: 'about 24',
      value: 24,
      qualifier: 'about',
      sources: [{ actor: { id: 'org:israeli-officials', name: 'Israeli officials' } }],
    });
    expectQuotesFromArticle([...statement.speakers[0].evidence, ...claim.sources[0].evidence]);
  });
});

describe('connections, neighbourhoods and search', () => {
  it('finds the paths from Trump to Hamas, each relation with its evidence', async () => {
    const { connection } = await ask(
      `{ connection(fromId: "person:donald-trump", toId: "org:hamas") { length nodes { id } edges { type source target role ${evidence} } } }`,
    );
    expect(connection.length).toBeGreaterThan(0);
    for (const path of connection) {
      expect(path.length).toBe(2);
      expect(path.nodes[0].id).toBe('person:donald-trump');
      expect(path.nodes.at(-1).id).toBe('org:hamas');
      expectQuotesFromArticle(path.edges.flatMap((edge: Data) => edge.evidence));
    }
    expect(connection.map((path: Data) => path.nodes[1].id).sort()).toEqual(['event:trump-last-warning', 'statement:trump-last-warning']);
    const { connection: none } = await ask('{ connection(fromId: "person:edan-alexander", toId: "org:qatar", maxHops: 1) { length } }');
    expect(none).toEqual([]);
  });

  it('gives the nodes and edges around Boehler for a graph view', async () => {
    const { neighborhood } = await ask(
      '{ neighborhood(id: "person:adam-boehler", depth: 1) { nodes { id type label distance } edges { type source target role title } } }',
    );
    expect(neighborhood.nodes[0]).toEqual({ id: 'person:adam-boehler', type: 'Person', label: 'Adam Boehler', distance: 0 });
    expect(neighborhood.nodes.slice(1).map((n: Data) => n.id)).toEqual([
      'event:abraham-accords',
      'event:boehler-nomination',
      'event:us-hamas-direct-talks',
      'org:united-states',
    ]);
    expect(neighborhood.edges).toContainEqual({
      type: 'HOLDS_ROLE',
      source: 'person:adam-boehler',
      target: 'org:united-states',
      role: null,
      title: 'nominee to be special envoy for hostage affairs',
    });
    const { neighborhood: wider } = await ask(
      '{ neighborhood(id: "person:adam-boehler", depth: 2) { nodes { id distance } edges { source target } } }',
    );
    expect(wider.nodes).toContainEqual({ id: 'org:hamas', distance: 2 });
    const ids = new Set(wider.nodes.map((n: Data) => n.id));
    expect(wider.edges.every((e: Data) => ids.has(e.source) && ids.has(e.target))).toBe(true);
  });

  it('finds entities by name and alias', async () => {
    const search = 'query($text: String!) { search(text: $text) { score entity { __typename id name } } }';
    const first = async (text: string) => ((await ask(search, { text })).search as Data[])[0]?.entity.id;
    expect(await first('Witkoff')).toBe('person:steve-witkoff');
    expect(await first('Boehler')).toBe('person:adam-boehler');
    expect(await first('Qatar')).toBe('org:qatar');
    expect(await first('Qatari')).toBe('org:qatar');
    expect(await first('the Islamist group')).toBe('org:hamas');
    expect(await first('witk')).toBe('person:steve-witkoff');
    expect((await ask(search, { text: 'Witkoff (' })).search).toHaveLength(1);
    expect((await ask(search, { text: 'nobody-by-this-name' })).search).toEqual([]);
  });

  it('searches the titles, quotes and figures of events, proposals, statements and claims, naming the field that matched', async () => {
    const searchAll = `query($text: String!, $types: [SearchType!], $first: Int) {
      searchAll(text: $text, types: $types, first: $first) { score field node { __typename id } }
    }`;
    const hits = async (variables: Record<string, unknown>) => (await ask(searchAll, variables)).searchAll as Data[];
    const ceasefire = await hits({ text: 'ceasefire', first: 50 });
    const ids = ceasefire.map((hit) => hit.node.id);
    expect(ids).toEqual(
      expect.arrayContaining([
        'event:israel-hamas-ceasefire',
        'event:ceasefire-first-phase',
        'event:ceasefire-negotiations',
        'proposal:witkoff-ceasefire-proposal',
      ]),
    );
    expect(ceasefire.find((hit) => hit.node.id === 'proposal:witkoff-ceasefire-proposal')).toMatchObject({
      field: 'title',
      node: { __typename: 'Proposal' },
    });
    expect(ceasefire.every((hit) => hit.score > 0)).toBe(true);
    // The words of a quote find the statement that quotes them (and the event of the warning, by its title).
    expect((await hits({ text: 'last warning' })).map((hit) => [hit.node.id, hit.field])).toEqual([
      ['event:trump-last-warning', 'title'],
      ['statement:trump-last-warning', 'quote'],
    ]);
    expect(await hits({ text: 'last warning', types: ['STATEMENT'] })).toEqual([
      expect.objectContaining({ field: 'quote', node: { __typename: 'Statement', id: 'statement:trump-last-warning' } }),
    ]);
    // A claim is found by its figure's words.
    expect((await hits({ text: 'living hostages', types: ['CLAIM'] })).map((hit) => hit.node.id)).toContain(
      'claim:living-hostages-in-gaza',
    );
    // types narrows the kinds returned; entity names are searched too.
    expect((await hits({ text: 'ceasefire', types: ['EVENT'], first: 50 })).every((hit) => hit.node.__typename === 'Event')).toBe(true);
    expect((await hits({ text: 'Witkoff', types: ['PERSON'] })).map((hit) => hit.node.id)).toEqual(['person:steve-witkoff']);
    expect(await hits({ text: 'zzyzx' })).toEqual([]);
  });

  it('lists the statements, claims and proposals about a node', async () => {
    const about = 'query($id: ID!) { about(id: $id) { __typename id } }';
    expect((await ask(about, { id: 'org:hamas' })).about).toEqual([{ __typename: 'Statement', id: 'statement:trump-last-warning' }]);
    expect(((await ask(about, { id: 'event:hostages-held-in-gaza' })).about as Data[]).map((node) => node.id)).toEqual([
      'claim:hostage-bodies-in-gaza',
      'claim:living-hostages-in-gaza',
      'claim:us-hostages-declared-dead',
      'proposal:witkoff-ceasefire-proposal',
      'statement:trump-last-warning',
    ]);
    expect((await ask(about, { id: 'org:nowhere' })).about).toEqual([]);
  });

  it('looks up any node by id, with the evidence that mentions it', async () => {
    const { entity } = await ask(`{ entity(id: "org:qatar") { __typename id ... on Organization { name aliases kind } ${evidence} } }`);
    expect(entity).toMatchObject({ __typename: 'Organization', id: 'org:qatar', name: 'Qatar', aliases: ['Qatari'], kind: 'state' });
    expectQuotesFromArticle(entity.evidence);
  });
});

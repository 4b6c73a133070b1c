import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { applySchema } from '../../src/db';
import { loadArticle, unloadArticle, type AnnotationFile, type AnnotationNode, type AnnotationRelation } from '../../src/ingest';
import type { ProposalStatus } from '../../src/ingest/types';
import { postGraphql } from '../support/http';
import { seededServer } from '../support/seededServer';

/**
 * Query.proposals, statements and claims (filters, paging, totalCount), Node.subjectOf on every node type, and
 * searchAll over terms and article titles. An article written for this test adds proposals, statements and figures
 * of three made-up parties, dated at every precision, beside the seed's; each filter is checked against a Cypher
 * query written here, apart from the query files.
 */
// Declared before seededServer's hooks, so that it runs while the driver is still open (afterAll hooks run in order).
afterAll(async () => {
  await unloadArticle(api.db, article);
  fs.rmSync(dir, { recursive: true, force: true });
});
const api = seededServer();
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fact-lists-'));
const article = 'article:test-fact-lists';
const north = 'org:test-lists-north';
const south = 'org:test-lists-south';
const broker = 'org:test-lists-broker';
const hostages = 'event:hostages-held-in-gaza';

type Data = Record<string, any>;
/** A fuzzy date as the annotation file writes it. */
type DateGiven = Extract<AnnotationNode, { type: 'Proposal' }>['date'];

async function ask(query: string, variables: Record<string, unknown> = {}): Promise<Data> {
  const response = await postGraphql(api.server.url, query, variables);
  expect(response.body.errors).toBeUndefined();
  return response.body.data as Data;
}

/** The article: each fact's quote is a sentence of its own, dates written out as the annotation gives them. */
function writeArticle(): string {
  const sentences: string[] = [];
  const quote = (words: string) => {
    sentences.push(`${words}.`);
    return words;
  };
  const org = (id: string, name: string): AnnotationNode => ({
    id,
    type: 'Organization',
    kind: 'government body',
    name,
    evidence: [quote(`${name} sent a delegation`)],
  });
  const proposal = (id: string, status: ProposalStatus, title: string, date?: DateGiven): AnnotationNode => ({
    id,
    type: 'Proposal',
    title,
    status,
    summary: `${title}, as the delegations described it`,
    ...(date ? { date } : {}),
    evidence: [quote(`${title} was put on the table${date?.text ? ` ${date.text}` : ''}`)],
  });
  const statement = (id: string, words: string, date?: DateGiven): AnnotationNode => ({
    id,
    type: 'Statement',
    quote: words,
    medium: 'press briefing',
    paraphrase: false,
    ...(date ? { date } : {}),
    evidence: [quote(`"${words}," a spokesperson said${date?.text ? ` ${date.text}` : ''}`)],
  });
  const claim = (id: string, value: number, unit: string): AnnotationNode => ({
    id,
    type: 'Claim',
    figure: String(value),
    value,
    qualifier: 'exactly',
    unit,
    evidence: [quote(`there were ${value} ${unit}`)],
  });
  const nodes: AnnotationNode[] = [
    org(north, 'Northmark'),
    org(south, 'Southmere'),
    org(broker, 'the Harbour Council'),
    proposal('proposal:test-lists-a', 'proposed', 'A grain corridor', {
      text: 'on 10 January 2024',
      precision: 'day',
      value: '2024-01-10',
    }),
    proposal('proposal:test-lists-b', 'rejected', 'A border commission', {
      text: 'in February 2024',
      precision: 'month',
      value: '2024-02',
    }),
    proposal('proposal:test-lists-c', 'accepted', 'A prisoner swap', { text: 'in 2023', precision: 'year', value: '2023' }),
    proposal('proposal:test-lists-d', 'proposed', 'A holiday truce', {
      text: 'between 20 December 2023 and 5 January 2024',
      precision: 'range',
      earliest: '2023-12-20',
      latest: '2024-01-05',
    }),
    proposal('proposal:test-lists-e', 'under negotiation', 'A fishing accord'),
    statement('statement:test-lists-1', 'The corridor opens on Monday', {
      text: 'on 11 January 2024',
      precision: 'day',
      value: '2024-01-11',
    }),
    statement('statement:test-lists-2', 'Northmark cannot be trusted', { text: 'in February 2024', precision: 'month', value: '2024-02' }),
    statement('statement:test-lists-3', 'We are still talking'),
    statement('statement:test-lists-4', 'Every hostage must come home', { text: 'in 2023', precision: 'year', value: '2023' }),
    claim('claim:test-lists-x', 12, 'delegates at the table'),
    claim('claim:test-lists-y', 9, 'delegates at the table'),
    claim('claim:test-lists-z', 3, 'rounds of talks'),
    claim('claim:test-lists-w', 4, 'rounds of talks'),
  ];
  const relation = (type: AnnotationRelation['type'], from: string, to: string): AnnotationRelation => ({
    type,
    from,
    to,
    evidence: [quote(`${from} ${type.toLowerCase().replace(/_/g, ' ')} ${to}`)],
  });
  const relations: AnnotationRelation[] = [
    relation('PROPOSED', north, 'proposal:test-lists-a'),
    relation('ADDRESSED_TO', 'proposal:test-lists-a', south),
    relation('PROPOSED', south, 'proposal:test-lists-b'),
    relation('ADDRESSED_TO', 'proposal:test-lists-b', north),
    relation('PROPOSED', broker, 'proposal:test-lists-c'),
    relation('ADDRESSED_TO', 'proposal:test-lists-c', north),
    relation('ADDRESSED_TO', 'proposal:test-lists-c', south),
    relation('PROPOSED', north, 'proposal:test-lists-d'),
    relation('ADDRESSED_TO', 'proposal:test-lists-d', 'org:hamas'),
    relation('PROPOSED', broker, 'proposal:test-lists-e'),
    relation('ADDRESSED_TO', 'proposal:test-lists-e', south),
    relation('STATED', north, 'statement:test-lists-1'),
    relation('ABOUT', 'statement:test-lists-1', 'proposal:test-lists-a'),
    relation('STATED', south, 'statement:test-lists-2'),
    relation('ABOUT', 'statement:test-lists-2', north),
    relation('STATED', north, 'statement:test-lists-3'),
    relation('STATED', broker, 'statement:test-lists-4'),
    relation('ABOUT', 'statement:test-lists-4', hostages),
    relation('CLAIMED', north, 'claim:test-lists-x'),
    relation('ABOUT', 'claim:test-lists-x', 'proposal:test-lists-a'),
    relation('CLAIMED', south, 'claim:test-lists-y'),
    relation('ABOUT', 'claim:test-lists-y', 'proposal:test-lists-a'),
    relation('CLAIMED', broker, 'claim:test-lists-z'),
    relation('ABOUT', 'claim:test-lists-z', south),
    relation('ABOUT', 'claim:test-lists-w', hostages),
  ];
  const textFile = 'test-fact-lists.txt';
  fs.writeFileSync(path.join(dir, textFile), sentences.join(' '));
  const doc: AnnotationFile = {
    article: { id: article, title: 'Three delegations at the harbour', textFile, source: 'written for this test', published: '2024-06-30' },
    references: ['org:hamas', hostages],
    nodes,
    relations,
  };
  const file = path.join(dir, 'test-fact-lists.annotations.json');
  fs.writeFileSync(file, JSON.stringify(doc));
  return file;
}

beforeAll(async () => {
  await unloadArticle(api.db, article);
  await loadArticle(api.db, { annotations: writeArticle() });
});

const idsOf = async (query: string, params: Record<string, unknown>) => (await api.db.read(query, params)).map((row) => String(row.id));

/** Follows one list page by page (`first` each); every id seen, in order, and the totalCount of every page. */
async function pageThrough(field: string, args: Record<string, unknown>, first: number) {
  const declared = Object.keys(args)
    .map((name) => {
      const type = argumentTypes[name];
      if (type === undefined) throw new Error(`argumentTypes has no type for ${name}`);
      return `$${name}: ${type}`;
    })
    .join(', ');
  const passed = Object.keys(args)
    .map((name) => `${name}: $${name}`)
    .join(', ');
  const query = `query($after: String${declared ? `, ${declared}` : ''}) {
    list: ${field}(first: ${first}, after: $after${passed ? `, ${passed}` : ''}) { totalCount edges { cursor node { id } } pageInfo { hasNextPage endCursor } }
  }`;
  const seen: string[] = [];
  const totals: number[] = [];
  let after: string | null = null;
  for (let page = 0; page < 100; page += 1) {
    const { list } = await ask(query, { ...args, after });
    seen.push(...list.edges.map((edge: Data) => edge.node.id));
    totals.push(list.totalCount);
    if (!list.pageInfo.hasNextPage) return { seen, totals };
    expect(list.pageInfo.endCursor).toBe(list.edges.at(-1).cursor);
    after = list.pageInfo.endCursor;
  }
  throw new Error(`${field} did not end within 100 pages`);
}

const argumentTypes: Record<string, string | undefined> = {
  statuses: '[String!]',
  proposerId: 'ID',
  addresseeId: 'ID',
  speakerId: 'ID',
  sourceId: 'ID',
  subjectId: 'ID',
  articleId: 'ID',
  unit: 'String',
  from: 'String',
  to: 'String',
  match: 'RangeMatch',
};

// Direct Cypher for each case, written here without the query files' includes: what the list must return, by id.
const cases: { field: string; args: Record<string, unknown>; direct: string; expected?: string[] }[] = [
  { field: 'proposals', args: {}, direct: 'MATCH (p:Proposal) RETURN p.id AS id ORDER BY id' },
  {
    field: 'proposals',
    args: { statuses: ['proposed', 'accepted'] },
    direct: "MATCH (p:Proposal) WHERE p.status IN ['proposed', 'accepted'] RETURN p.id AS id ORDER BY id",
  },
  {
    field: 'proposals',
    args: { proposerId: north },
    direct: `MATCH (:Node {id: '${north}'})-[:PROPOSED]->(p:Proposal) RETURN p.id AS id ORDER BY id`,
    expected: ['proposal:test-lists-a', 'proposal:test-lists-d'],
  },
  {
    field: 'proposals',
    args: { addresseeId: south, statuses: ['accepted', 'under negotiation'] },
    direct: `MATCH (p:Proposal)-[:ADDRESSED_TO]->(:Node {id: '${south}'}) WHERE p.status IN ['accepted', 'under negotiation'] RETURN p.id AS id ORDER BY id`,
    expected: ['proposal:test-lists-c', 'proposal:test-lists-e'],
  },
  {
    field: 'proposals',
    args: { proposerId: north, addresseeId: 'org:hamas' },
    direct: `MATCH (:Node {id: '${north}'})-[:PROPOSED]->(p:Proposal)-[:ADDRESSED_TO]->(:Node {id: 'org:hamas'}) RETURN p.id AS id ORDER BY id`,
    expected: ['proposal:test-lists-d'],
  },
  {
    field: 'proposals',
    args: { articleId: 'article:us-hamas-direct-talks' },
    direct: "MATCH (p:Proposal)-[:MENTIONED_IN]->(:Article {id: 'article:us-hamas-direct-talks'}) RETURN p.id AS id ORDER BY id",
  },
  {
    field: 'proposals',
    args: { from: '2024-01-01', to: '2024-02-29' },
    direct: "MATCH (p:Proposal) WHERE p.earliest >= date('2024-01-01') AND p.latest <= date('2024-02-29') RETURN p.id AS id ORDER BY id",
    expected: ['proposal:test-lists-a', 'proposal:test-lists-b'],
  },
  {
    field: 'proposals',
    args: { from: '2024-01-01', to: '2024-01-31', match: 'OVERLAPS' },
    direct:
      "MATCH (p:Proposal) WHERE p.earliest <= date('2024-01-31') AND (p.latest >= date('2024-01-01') OR p.latest IS NULL) RETURN p.id AS id ORDER BY id",
    expected: ['proposal:test-lists-a', 'proposal:test-lists-d'],
  },
  {
    field: 'proposals',
    args: { from: '2023-01-01', to: '2023-12-31', match: 'STARTS_IN', articleId: article },
    direct: `MATCH (p:Proposal)-[:MENTIONED_IN]->(:Article {id: '${article}'}) WHERE date('2023-01-01') <= p.earliest <= date('2023-12-31') RETURN p.id AS id ORDER BY id`,
    expected: ['proposal:test-lists-c', 'proposal:test-lists-d'],
  },
  { field: 'statements', args: {}, direct: 'MATCH (s:Statement) RETURN s.id AS id ORDER BY id' },
  {
    field: 'statements',
    args: { speakerId: north },
    direct: `MATCH (:Node {id: '${north}'})-[:STATED]->(s:Statement) RETURN s.id AS id ORDER BY id`,
    expected: ['statement:test-lists-1', 'statement:test-lists-3'],
  },
  {
    field: 'statements',
    args: { articleId: article, to: '2024-01-31' },
    direct: `MATCH (s:Statement)-[:MENTIONED_IN]->(:Article {id: '${article}'}) WHERE s.latest <= date('2024-01-31') RETURN s.id AS id ORDER BY id`,
    expected: ['statement:test-lists-1', 'statement:test-lists-4'],
  },
  {
    field: 'statements',
    args: { from: '2023-10-01', match: 'OVERLAPS' },
    direct:
      "MATCH (s:Statement) WHERE s.latest >= date('2023-10-01') OR (s.earliest IS NOT NULL AND s.latest IS NULL) RETURN s.id AS id ORDER BY id",
  },
  { field: 'claims', args: {}, direct: 'MATCH (c:Claim) RETURN c.id AS id ORDER BY id' },
  {
    field: 'claims',
    args: { sourceId: south },
    direct: `MATCH (:Node {id: '${south}'})-[:CLAIMED]->(c:Claim) RETURN c.id AS id ORDER BY id`,
    expected: ['claim:test-lists-y'],
  },
  {
    field: 'claims',
    args: { subjectId: 'proposal:test-lists-a' },
    direct: "MATCH (c:Claim)-[:ABOUT]->(:Node {id: 'proposal:test-lists-a'}) RETURN c.id AS id ORDER BY id",
    expected: ['claim:test-lists-x', 'claim:test-lists-y'],
  },
  {
    field: 'claims',
    args: { unit: 'rounds of talks' },
    direct: "MATCH (c:Claim {unit: 'rounds of talks'}) RETURN c.id AS id ORDER BY id",
    expected: ['claim:test-lists-w', 'claim:test-lists-z'],
  },
  {
    field: 'claims',
    args: { subjectId: hostages, articleId: 'article:us-hamas-direct-talks' },
    direct: `MATCH (c:Claim)-[:ABOUT]->(:Node {id: '${hostages}'}) WHERE EXISTS { (c)-[:MENTIONED_IN]->(:Article {id: 'article:us-hamas-direct-talks'}) } RETURN c.id AS id ORDER BY id`,
    expected: ['claim:hostage-bodies-in-gaza', 'claim:living-hostages-in-gaza', 'claim:us-hostages-declared-dead'],
  },
];

describe('Query.proposals, statements and claims', () => {
  it.each(cases)(
    '$field($args) pages through what a direct count finds, each once, with its totalCount',
    async ({ field, args, direct, expected }) => {
      const want = await idsOf(direct, {});
      if (expected) expect(want).toEqual(expected);
      const { seen, totals } = await pageThrough(field, args, 2);
      expect(seen).toEqual(want);
      expect(new Set(seen).size).toBe(seen.length);
      expect(new Set(totals)).toEqual(new Set([want.length]));
    },
  );

  it('pages one item at a time through every proposal, statement and claim, in id order', async () => {
    for (const [field, label] of [
      ['proposals', 'Proposal'],
      ['statements', 'Statement'],
      ['claims', 'Claim'],
    ] as const) {
      const want = await idsOf(`MATCH (n:${label}) RETURN n.id AS id ORDER BY id`, {});
      expect(want.length).toBeGreaterThanOrEqual(8);
      expect((await pageThrough(field, {}, 1)).seen).toEqual(want);
    }
  });

  it('returns the nodes with their fields, and an empty page for a filter nothing passes', async () => {
    const data = await ask(`{
      proposals(proposerId: "${broker}", statuses: ["accepted"]) { totalCount edges { node { id title status date { precision earliest latest } } } }
      statements(speakerId: "place:gaza") { totalCount edges { node { id } } pageInfo { hasNextPage endCursor } }
      claims(sourceId: "${north}") { edges { node { figure value unit sources { actor { ... on Organization { name } } } } } }
    }`);
    expect(data.proposals).toEqual({
      totalCount: 1,
      edges: [
        {
          node: {
            id: 'proposal:test-lists-c',
            title: 'A prisoner swap',
            status: 'accepted',
            date: { precision: 'YEAR', earliest: '2023-01-01', latest: '2023-12-31' },
          },
        },
      ],
    });
    expect(data.statements).toEqual({ totalCount: 0, edges: [], pageInfo: { hasNextPage: false, endCursor: null } });
    expect(data.claims.edges).toEqual([
      { node: { figure: '12', value: 12, unit: 'delegates at the table', sources: [{ actor: { name: 'Northmark' } }] } },
    ]);
  });

  it.each([
    ['proposals(first: 0)', 'first', 'first: expected a whole number from 1 to 100, got 0'],
    ['claims(first: 101)', 'first', 'first: expected a whole number from 1 to 100, got 101'],
    ['statements(after: "not-a-cursor")', 'after', "after: expected a cursor returned by this query's pageInfo.endCursor"],
    ['proposals(proposerId: "Northmark")', 'proposerId', 'proposerId: expected a node id such as person:adam-boehler'],
    ['claims(subjectId: "")', 'subjectId', 'subjectId: expected a node id'],
    ['statements(articleId: "article:")', 'articleId', 'articleId: expected a node id'],
    ['proposals(statuses: [])', 'statuses', 'statuses: expected 1 to 50 proposal statuses such as "proposed", or null for all, got []'],
    ['proposals(statuses: ["  "])', 'statuses', 'statuses: expected 1 to 50 proposal statuses'],
    [
      'proposals(statuses: ["Accepted", "proposed"])',
      'statuses',
      'statuses: expected statuses among proposed, demanded, under negotiation, accepted, rejected, got "Accepted"',
    ],
    ['proposals(from: "2024-02-30")', 'from', 'from: expected an ISO date such as 2023-10-07, got "2024-02-30"'],
    ['statements(from: "2024-03-01", to: "2024-02-01")', 'to', 'to: expected a date on or after from (2024-03-01), got "2024-02-01"'],
    ['claims(unit: "   ")', 'unit', 'unit: expected some words of at most 200 characters, or null for all, got "   "'],
  ])('refuses %s, naming %s, before any statement', async (call, argument, message) => {
    const before = api.db.statementCount;
    const response = await postGraphql(api.server.url, `{ list: ${call} { totalCount edges { node { id } } } }`);
    expect(response.body.errors).toHaveLength(1);
    const [error] = response.body.errors!;
    expect(error!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument });
    expect(error!.message).toContain(message);
    expect(api.db.statementCount).toBe(before);
  });

  it('refuses a cursor of another list: an articles cursor is no id', async () => {
    const { articles } = await ask('{ articles(first: 1) { pageInfo { endCursor } } }');
    const response = await postGraphql(api.server.url, 'query($after: String) { claims(after: $after) { totalCount } }', {
      after: articles.pageInfo.endCursor,
    });
    expect(response.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'after' });
  });

  it('answers NOT_FOUND for a filter id no node has, naming the argument, as the timeline does for its actorId', async () => {
    for (const [call, argument] of [
      ['statements(speakerId: "person:nobody-at-all")', 'speakerId'],
      ['proposals(addresseeId: "org:nobody-at-all")', 'addresseeId'],
      ['claims(sourceId: "org:hamas", subjectId: "event:nothing-of-the-kind")', 'subjectId'],
    ] as const) {
      const response = await postGraphql(api.server.url, `{ list: ${call} { edges { node { id } } } }`);
      expect(response.body.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', argument });
    }
  });

  it("refuses another top-level list's cursor, which would start the page at that id's place", async () => {
    const { statements } = await ask('{ statements(first: 1) { pageInfo { endCursor } } }');
    for (const list of ['proposals', 'claims']) {
      const response = await postGraphql(api.server.url, `query($after: String) { ${list}(after: $after) { totalCount } }`, {
        after: statements.pageInfo.endCursor,
      });
      expect(response.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'after' });
      expect(response.body.errors?.[0]?.message).toContain('expected a cursor of this list');
    }
  });
});

describe('Node.subjectOf', () => {
  // One node of each type that something is about: an event and an organization of the seed, a proposal and an
  // organization of this article, and a term of the seed (the half-of-the-hostages figure is about it).
  const subjects = [hostages, 'org:hamas', 'proposal:test-lists-a', north, 'term:witkoff-half-hostages-for-extension'];
  const direct = (id: string) => idsOf('MATCH (:Node {id: $id})<-[:ABOUT]-(about) RETURN DISTINCT about.id AS id ORDER BY id', { id });

  const query = (ids: string[]) =>
    `{ ${ids
      .map(
        (id, index) =>
          `n${index}: entity(id: "${id}") { __typename subjectOf(first: 50) { __typename id } subjectOfConnection(first: 2) { totalCount edges { node { id } } } }`,
      )
      .join(' ')} }`;

  it('lists what is about nodes of every type, as a direct query finds it, in one round trip for them all', async () => {
    const before = api.db.statementCount;
    const data = await ask(query(subjects));
    const statements = api.db.statementCount - before;
    expect(subjects.map((_id, index) => data[`n${index}`].__typename)).toEqual([
      'Event',
      'Organization',
      'Proposal',
      'Organization',
      'Term',
    ]);
    for (const [index, id] of subjects.entries()) {
      const want = await direct(id);
      expect(want.length).toBeGreaterThan(0);
      expect(data[`n${index}`].subjectOf.map((node: Data) => node.id)).toEqual(want);
      expect(data[`n${index}`].subjectOfConnection.totalCount).toBe(want.length);
      expect(data[`n${index}`].subjectOfConnection.edges.map((edge: Data) => edge.node.id)).toEqual(want.slice(0, 2));
    }
    expect(data.n2.subjectOf).toEqual([
      { __typename: 'Claim', id: 'claim:test-lists-x' },
      { __typename: 'Claim', id: 'claim:test-lists-y' },
      { __typename: 'Statement', id: 'statement:test-lists-1' },
    ]);
    // The nodes (one statement), subjectOf for all five (one), each page size of subjectOfConnection (one), the totals (one).
    expect(statements).toBe(4);
    const oneBefore = api.db.statementCount;
    await ask(query(subjects.slice(0, 1)));
    expect(api.db.statementCount - oneBefore).toBe(statements);
  });

  it('answers Query.about and aboutConnection from the same loader, and an empty list for a node nothing is about', async () => {
    const data = await ask(`{
      about(id: "${north}") { id }
      aboutConnection(id: "${north}", first: 1) { totalCount edges { node { id } } }
      entity(id: "${broker}") { subjectOf { id } subjectOfConnection { totalCount } }
    }`);
    const want = await direct(north);
    expect(data.about.map((node: Data) => node.id)).toEqual(want);
    expect(data.aboutConnection).toEqual({ totalCount: want.length, edges: [{ node: { id: want[0] } }] });
    expect(data.entity).toEqual({ subjectOf: [], subjectOfConnection: { totalCount: 0 } });
  });
});

describe('searchAll over terms and articles', () => {
  const search = async (text: string, types?: string[]) =>
    (
      await ask(
        `query($text: String!, $types: [SearchType!]) { searchAll(text: $text, types: $types, first: 50) { field node { __typename id } } }`,
        {
          text,
          ...(types ? { types } : {}),
        },
      )
    ).searchAll as { field: string | null; node: { __typename: string; id: string } }[];

  it('finds a seed term by its text and by its note, and the seed article by its title', async () => {
    expect(await search('Palestinian prisoners', ['TERM'])).toEqual([
      { field: 'text', node: { __typename: 'Term', id: 'term:witkoff-omits-palestinian-prisoners' } },
    ]);
    expect(await search('key component')).toContainEqual({
      field: 'note',
      node: { __typename: 'Term', id: 'term:witkoff-omits-palestinian-prisoners' },
    });
    expect(await search('historic shift')).toContainEqual({
      field: 'title',
      node: { __typename: 'Article', id: 'article:us-hamas-direct-talks' },
    });
    // One kind asked of an index shared by several: the hits of that kind, though other kinds score higher.
    const outscored = await ask('{ searchAll(text: "hostages", types: [TERM], first: 1) { node { __typename id } } }');
    expect(outscored.searchAll).toEqual([{ node: { __typename: 'Term', id: 'term:witkoff-half-hostages-for-extension' } }]);
    const everything = await ask('{ searchAll(text: "hostages", first: 3) { node { __typename } } }');
    expect((everything.searchAll as { node: { __typename: string } }[]).map((hit) => hit.node.__typename)).not.toContain('Term');
    // Words of the article's body alone find no article: only titles are indexed.
    expect((await search('Boehler', ['ARTICLE'])).map((hit) => hit.node.id)).toEqual([]);
  });

  it('gives an existing store the new index definition at start: the old fact_texts goes, node_texts and article_titles come', async () => {
    const indexes = async () =>
      (
        await api.db.read(
          "SHOW INDEXES YIELD name, type, labelsOrTypes, properties WHERE type = 'FULLTEXT' RETURN name, labelsOrTypes, properties ORDER BY name",
        )
      ).map((row) => ({ name: row.name, labels: [...(row.labelsOrTypes as string[])].sort(), properties: row.properties }));
    try {
      // A store as the previous schema left it.
      await api.db.schema('DROP INDEX node_texts IF EXISTS');
      await api.db.schema('DROP INDEX article_titles IF EXISTS');
      await api.db.schema(
        'CREATE FULLTEXT INDEX fact_texts IF NOT EXISTS FOR (n:Event|Proposal|Statement|Claim) ON EACH [n.title, n.summary, n.quote, n.text, n.figure, n.unit]',
      );
      expect((await indexes()).map((index) => index.name)).toEqual(['entity_names', 'fact_texts']);
    } finally {
      await applySchema(api.db);
    }
    expect(await indexes()).toEqual([
      { name: 'article_titles', labels: ['Article'], properties: ['title'] },
      { name: 'entity_names', labels: ['Entity'], properties: ['name', 'aliases'] },
      {
        name: 'node_texts',
        labels: ['Claim', 'Event', 'Proposal', 'Statement', 'Term'],
        properties: ['title', 'summary', 'quote', 'text', 'figure', 'unit', 'note'],
      },
    ]);
    expect((await search('Palestinian prisoners', ['TERM'])).map((hit) => hit.node.id)).toEqual([
      'term:witkoff-omits-palestinian-prisoners',
    ]);
  });
});

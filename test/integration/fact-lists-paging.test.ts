import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadArticle, unloadArticle, type AnnotationFile, type AnnotationNode, type AnnotationRelation } from '../../src/ingest';
import { postGraphql } from '../support/http';
import { seededServer } from '../support/seededServer';

/**
 * A crowded article: a casualty figure that 105 organizations give, a joint declaration that 105 organizations
 * signed and that is about each of them, a plan with 105 terms that one of them made to all of them, whose first
 * term binds all of them, 105 figures about that plan, and 104 of them part of the first: more than the cap of 100 these lists used to
 * stop at without a sign. Paging each list returns every item exactly once, by id, and totalCount equals a direct
 * count in the graph.
 */
// Declared before seededServer's hooks, so that it runs while the driver is still open (afterAll hooks run in order).
afterAll(async () => {
  await unloadArticle(api.db, article);
  fs.rmSync(dir, { recursive: true, force: true });
});
const api = seededServer();
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fact-lists-'));
const article = 'article:test-crowded-declaration';
const claim = 'claim:test-crowded-toll';
const statement = 'statement:test-crowded-declaration';
const plan = 'proposal:test-crowded-plan';
const signatories = Array.from({ length: 105 }, (_, i) => `org:test-signatory-${String(i).padStart(3, '0')}`);
const terms = Array.from({ length: 105 }, (_, i) => `term:test-crowded-plan-${String(i).padStart(3, '0')}`);
const counts = Array.from({ length: 105 }, (_, i) => `claim:test-crowded-count-${String(i).padStart(3, '0')}`);

type Data = Record<string, any>;

async function ask(query: string, variables: Record<string, unknown> = {}): Promise<Data> {
  const response = await postGraphql(api.server.url, query, variables);
  expect(response.body.errors).toBeUndefined();
  return response.body.data as Data;
}

/** The annotation file: every signatory gives the figure, speaks the declaration and is its subject; each quote its own sentence. */
function writeCrowdedArticle(): string {
  const sentences: string[] = [];
  const quote = (words: string) => {
    const tag = `[${String(sentences.length).padStart(3, '0')}] ${words}`;
    sentences.push(`${tag}.`);
    return tag;
  };
  const nodes: AnnotationNode[] = [
    {
      id: claim,
      type: 'Claim',
      figure: 'about 300',
      value: 300,
      qualifier: 'about',
      unit: 'people killed',
      evidence: [quote('about 300 people were killed')],
    },
    {
      id: statement,
      type: 'Statement',
      quote: 'We call on all sides to stop',
      medium: 'official statement',
      paraphrase: false,
      evidence: [quote('We call on all sides to stop')],
    },
    {
      id: plan,
      type: 'Proposal',
      title: 'A crowded plan',
      status: 'proposed',
      summary: 'A plan with many terms.',
      evidence: [quote('a plan with many terms')],
    },
    ...signatories.map((id): AnnotationNode => ({
      id,
      type: 'Organization',
      kind: 'government body',
      name: id.slice('org:'.length),
      evidence: [quote(id)],
    })),
    ...terms.map((id): AnnotationNode => ({ id, type: 'Term', kind: 'demand', text: id, evidence: [quote(id)] })),
    ...counts.map((id, i): AnnotationNode => ({
      id,
      type: 'Claim',
      figure: String(i),
      value: i,
      qualifier: 'exactly',
      unit: 'terms counted',
      evidence: [quote(id)],
    })),
  ];
  const relations: AnnotationRelation[] = signatories
    .flatMap((id): AnnotationRelation[] => [
      { type: 'CLAIMED', from: id, to: claim, evidence: [quote(`${id} counted about 300 dead`)] },
      { type: 'STATED', from: id, to: statement, evidence: [quote(`${id} signed the declaration`)] },
      { type: 'ABOUT', from: statement, to: id, evidence: [quote(`${id} is named in the declaration`)] },
    ])
    .concat(
      terms.map((id): AnnotationRelation => ({ type: 'HAS_TERM', from: plan, to: id, evidence: [quote(`${id} is a term of the plan`)] })),
      counts.map((id): AnnotationRelation => ({ type: 'ABOUT', from: id, to: plan, evidence: [quote(`${id} counts the plan's terms`)] })),
      signatories.map((id): AnnotationRelation => ({
        type: 'ADDRESSED_TO',
        from: plan,
        to: id,
        evidence: [quote(`${id} receives the plan`)],
      })),
      signatories.map((id): AnnotationRelation => ({
        type: 'BINDS',
        from: terms[0]!,
        to: id,
        evidence: [quote(`${id} is bound by the first term`)],
      })),
      signatories.slice(1).map((id): AnnotationRelation => ({
        type: 'PART_OF',
        from: id,
        to: signatories[0]!,
        evidence: [quote(`${id} belongs to the first signatory`)],
      })),
      [
        { type: 'PROPOSED', from: signatories[0]!, to: plan, evidence: [quote('the first signatory drew up the plan')] },
        { type: 'DEMANDED', from: signatories[0]!, to: terms[0]!, evidence: [quote('the first signatory demanded the first term')] },
      ],
    );
  const textFile = 'test-crowded-declaration.txt';
  fs.writeFileSync(path.join(dir, textFile), sentences.join(' '));
  const doc: AnnotationFile = {
    article: { id: article, title: 'A crowded declaration', textFile, source: 'written for this test' },
    nodes,
    relations,
  };
  const file = path.join(dir, 'test-crowded-declaration.annotations.json');
  fs.writeFileSync(file, JSON.stringify(doc));
  return file;
}

beforeAll(async () => {
  await unloadArticle(api.db, article);
  await loadArticle(api.db, { annotations: writeCrowdedArticle() });
});

/** Follows a connection field of one node page by page; returns every item's id and the totalCount of each page. */
async function pageThrough(id: string, type: string, field: string, target: string, first: number) {
  const seen: string[] = [];
  const totals: number[] = [];
  let after: string | null = null;
  for (let page = 0; page < 50; page += 1) {
    const data = await ask(
      `query($id: ID!, $after: String) { entity(id: $id) { ... on ${type} { ${field}(first: ${first}, after: $after) { totalCount edges { node { ${target} { ... on Node { id } } } } pageInfo { hasNextPage endCursor } } } } }`,
      {
        id,
        after,
      },
    );
    const connection = data.entity[field];
    seen.push(...connection.edges.map((edge: Data) => edge.node[target].id));
    totals.push(connection.totalCount);
    if (!connection.pageInfo.hasNextPage) return { seen, totals };
    after = connection.pageInfo.endCursor;
  }
  throw new Error(`${field} of ${id} did not end within 50 pages`);
}

const directCount = async (query: string, params: Record<string, unknown>) => Number((await api.db.read(query, params))[0]?.count);

describe.each([
  {
    list: 'sources',
    type: 'Claim',
    id: claim,
    target: 'actor',
    items: signatories,
    relation: '<-[r:CLAIMED]-',
    said: 'counted about 300 dead',
  },
  {
    list: 'speakers',
    type: 'Statement',
    id: statement,
    target: 'actor',
    items: signatories,
    relation: '<-[r:STATED]-',
    said: 'signed the declaration',
  },
  {
    list: 'about',
    type: 'Statement',
    id: statement,
    target: 'subject',
    items: signatories,
    relation: '-[r:ABOUT]->',
    said: 'is named in the declaration',
  },
  { list: 'terms', type: 'Proposal', id: plan, target: 'term', items: terms, relation: '-[r:HAS_TERM]->', said: 'is a term of the plan' },
  {
    list: 'addressedTo',
    type: 'Proposal',
    id: plan,
    target: 'actor',
    items: signatories,
    relation: '-[r:ADDRESSED_TO]->',
    said: 'receives the plan',
  },
  {
    list: 'binds',
    type: 'Term',
    id: terms[0]!,
    target: 'actor',
    items: signatories,
    relation: '-[r:BINDS]->',
    said: 'is bound by the first term',
  },
  {
    list: 'parts',
    type: 'Organization',
    id: signatories[0]!,
    target: 'organization',
    items: signatories.slice(1),
    relation: '<-[r:PART_OF]-',
    said: 'belongs to the first signatory',
  },
])("a $type's $list", ({ list, type, id, target, items, relation, said }) => {
  const select = `${target} { ... on Node { id } }`;

  it('takes first (default 20), by id, each with its quote', async () => {
    const data = await ask(
      `{ entity(id: "${id}") { ... on ${type} { few: ${list}(first: 2) { ${select} evidence { quote } } ${list} { ${select} } most: ${list}(first: 100) { ${select} } } } }`,
    );
    expect(data.entity.few).toEqual(
      items.slice(0, 2).map((item) => ({ [target]: { id: item }, evidence: [{ quote: expect.stringContaining(`${item} ${said}`) }] })),
    );
    expect(data.entity[list].map((link: Data) => link[target].id)).toEqual(items.slice(0, 20));
    expect(data.entity.most.map((link: Data) => link[target].id)).toEqual(items.slice(0, 100));
  });

  it('pages through all of them exactly once, by id, with totalCount equal to a direct count', async () => {
    const { seen, totals } = await pageThrough(id, type, `${list}Connection`, target, 40);
    expect(seen).toEqual(items);
    const direct = await directCount(`MATCH ({id: $id})${relation}() RETURN count(r) AS count`, { id });
    expect(direct).toBe(items.length);
    expect(new Set(totals)).toEqual(new Set([direct]));
  });

  it('refuses a page size out of 1 to 100 and a cursor it did not issue, naming the argument', async () => {
    const tooMany = await postGraphql(api.server.url, `{ entity(id: "${id}") { ... on ${type} { ${list}(first: 101) { ${select} } } } }`);
    expect(tooMany.body.errors?.[0]).toMatchObject({
      message: 'first: expected a whole number from 1 to 100, got 101',
      extensions: { code: 'BAD_USER_INPUT' },
    });
    const forged = await postGraphql(
      api.server.url,
      `{ entity(id: "${id}") { ... on ${type} { ${list}Connection(after: "nope") { totalCount } } } }`,
    );
    expect(forged.body.errors?.[0]).toMatchObject({
      message: expect.stringMatching(/^after: expected a cursor/),
      extensions: { code: 'BAD_USER_INPUT' },
    });
  });
});

describe('the statements, claims and proposals about a node (Query.about)', () => {
  it('about takes first; aboutConnection pages through all 105 exactly once, by id, with totalCount equal to a direct count', async () => {
    const data = await ask(`{ about(id: "${plan}", first: 50) { id } }`);
    expect(data.about.map((node: Data) => node.id)).toEqual(counts.slice(0, 50));
    const seen: string[] = [];
    const totals: number[] = [];
    let after: string | null = null;
    for (let page = 0; page < 10; page += 1) {
      const { aboutConnection } = await ask(
        'query($id: ID!, $after: String) { aboutConnection(id: $id, first: 40, after: $after) { totalCount edges { node { id } } pageInfo { hasNextPage endCursor } } }',
        { id: plan, after },
      );
      seen.push(...aboutConnection.edges.map((edge: Data) => edge.node.id));
      totals.push(aboutConnection.totalCount);
      if (!aboutConnection.pageInfo.hasNextPage) break;
      after = aboutConnection.pageInfo.endCursor;
    }
    expect(seen).toEqual(counts);
    const direct = await directCount('MATCH ({id: $plan})<-[:ABOUT]-(about) RETURN count(DISTINCT about) AS count', { plan });
    expect(direct).toBe(counts.length);
    expect(new Set(totals)).toEqual(new Set([direct]));
  });

  it('is empty with totalCount 0 for an id no node has, and refuses bad first, after and id', async () => {
    const { aboutConnection } = await ask(
      '{ aboutConnection(id: "org:test-nobody") { totalCount edges { cursor } pageInfo { hasNextPage endCursor } } }',
    );
    expect(aboutConnection).toEqual({ totalCount: 0, edges: [], pageInfo: { hasNextPage: false, endCursor: null } });
    const tooMany = await postGraphql(api.server.url, `{ aboutConnection(id: "${plan}", first: 101) { totalCount } }`);
    expect(tooMany.body.errors?.[0]).toMatchObject({
      message: 'first: expected a whole number from 1 to 100, got 101',
      extensions: { code: 'BAD_USER_INPUT' },
    });
    const forged = await postGraphql(api.server.url, `{ aboutConnection(id: "${plan}", after: "nope") { totalCount } }`);
    expect(forged.body.errors?.[0]).toMatchObject({
      message: expect.stringMatching(/^after: expected a cursor/),
      extensions: { code: 'BAD_USER_INPUT' },
    });
    const noId = await postGraphql(api.server.url, '{ aboutConnection(id: "") { totalCount } }');
    expect(noId.body.errors?.[0]).toMatchObject({ message: expect.stringMatching(/^id: /), extensions: { code: 'BAD_USER_INPUT' } });
  });
});

describe("a proposal's and a term's parties", () => {
  it('keep each relation type apart: 105 recipients push neither the proposer nor the demanding party out', async () => {
    const data = await ask(`{ plan: entity(id: "${plan}") { ... on Proposal {
      proposedByConnection { totalCount edges { node { actor { ... on Node { id } } } } }
      addressedTo(first: 100) { actor { ... on Node { id } } }
      demandedByConnection { totalCount } rejectedBy { actor { ... on Node { id } } }
    } } term: entity(id: "${terms[0]!}") { ... on Term { demandedByConnection { totalCount edges { node { actor { ... on Node { id } } } } } bindsConnection(first: 1) { totalCount } } } }`);
    expect(data.plan.proposedByConnection).toEqual({ totalCount: 1, edges: [{ node: { actor: { id: signatories[0] } } }] });
    expect(data.plan.addressedTo).toHaveLength(100);
    expect(data.plan.demandedByConnection.totalCount).toBe(0);
    expect(data.plan.rejectedBy).toEqual([]);
    expect(data.term.demandedByConnection).toEqual({ totalCount: 1, edges: [{ node: { actor: { id: signatories[0] } } }] });
    expect(data.term.bindsConnection.totalCount).toBe(signatories.length);
  });

  it("keep an organization's partOf apart from its parts", async () => {
    const data =
      await ask(`{ first: entity(id: "${signatories[0]!}") { ... on Organization { partOfConnection { totalCount } parts(first: 1) { organization { id } } } }
      second: entity(id: "${signatories[1]!}") { ... on Organization { partOfConnection { totalCount edges { node { organization { id } } } } partsConnection { totalCount } } } }`);
    expect(data.first).toEqual({ partOfConnection: { totalCount: 0 }, parts: [{ organization: { id: signatories[1] } }] });
    expect(data.second).toEqual({
      partOfConnection: { totalCount: 1, edges: [{ node: { organization: { id: signatories[0] } } }] },
      partsConnection: { totalCount: 0 },
    });
  });
});

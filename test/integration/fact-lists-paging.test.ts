import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadArticle, unloadArticle, type AnnotationFile, type AnnotationNode, type AnnotationRelation } from '../../src/ingest';
import { postGraphql } from '../support/http';
import { seededServer } from '../support/seededServer';

/**
 * A crowded article: a casualty figure that 105 organizations give, and a joint declaration that 105 organizations
 * signed, more than the cap of 100 these lists used to stop at without a sign. Paging each list returns every actor
 * exactly once, by id, and totalCount equals a direct count in the graph.
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
const signatories = Array.from({ length: 105 }, (_, i) => `org:test-signatory-${String(i).padStart(3, '0')}`);

type Data = Record<string, any>;

async function ask(query: string, variables: Record<string, unknown> = {}): Promise<Data> {
  const response = await postGraphql(api.server.url, query, variables);
  expect(response.body.errors).toBeUndefined();
  return response.body.data as Data;
}

/** The annotation file: every signatory both gives the figure and speaks the declaration, each quote its own sentence. */
function writeCrowdedArticle(): string {
  const sentences: string[] = [];
  const quote = (words: string) => {
    const tag = `[${String(sentences.length).padStart(3, '0')}] ${words}`;
    sentences.push(`${tag}.`);
    return tag;
  };
  const nodes: AnnotationNode[] = [
    { id: claim, type: 'Claim', figure: 'about 300', value: 300, qualifier: 'about', unit: 'people killed', evidence: [quote('about 300 people were killed')] },
    { id: statement, type: 'Statement', quote: 'We call on all sides to stop', medium: 'official statement', paraphrase: false, evidence: [quote('We call on all sides to stop')] },
    ...signatories.map((id): AnnotationNode => ({ id, type: 'Organization', kind: 'government body', name: id.slice('org:'.length), evidence: [quote(id)] })),
  ];
  const relations: AnnotationRelation[] = signatories.flatMap((id): AnnotationRelation[] => [
    { type: 'CLAIMED', from: id, to: claim, evidence: [quote(`${id} counted about 300 dead`)] },
    { type: 'STATED', from: id, to: statement, evidence: [quote(`${id} signed the declaration`)] },
  ]);
  const textFile = 'test-crowded-declaration.txt';
  fs.writeFileSync(path.join(dir, textFile), sentences.join(' '));
  const doc: AnnotationFile = { article: { id: article, title: 'A crowded declaration', textFile, source: 'written for this test' }, nodes, relations };
  const file = path.join(dir, 'test-crowded-declaration.annotations.json');
  fs.writeFileSync(file, JSON.stringify(doc));
  return file;
}

beforeAll(async () => {
  await unloadArticle(api.db, article);
  await loadArticle(api.db, { annotations: writeCrowdedArticle() });
});

/** Follows a connection field of one node page by page; returns every actor id and the totalCount of each page. */
async function pageThrough(id: string, type: string, field: string, first: number) {
  const seen: string[] = [];
  const totals: number[] = [];
  let after: string | null = null;
  for (let page = 0; page < 50; page += 1) {
    const data = await ask(`query($id: ID!, $after: String) { entity(id: $id) { ... on ${type} { ${field}(first: ${first}, after: $after) { totalCount edges { node { actor { ... on Node { id } } } } pageInfo { hasNextPage endCursor } } } } }`, {
      id,
      after,
    });
    const connection = data.entity[field];
    seen.push(...connection.edges.map((edge: Data) => edge.node.actor.id));
    totals.push(connection.totalCount);
    if (!connection.pageInfo.hasNextPage) return { seen, totals };
    after = connection.pageInfo.endCursor;
  }
  throw new Error(`${field} of ${id} did not end within 50 pages`);
}

const directCount = async (query: string, params: Record<string, unknown>) => Number((await api.db.read(query, params))[0]?.count);

describe.each([
  { list: 'sources', type: 'Claim', id: claim, relation: 'CLAIMED', said: 'counted about 300 dead' },
  { list: 'speakers', type: 'Statement', id: statement, relation: 'STATED', said: 'signed the declaration' },
])("a $type's $list", ({ list, type, id, relation, said }) => {
  it('takes first (default 20), by actor id, each with its quote', async () => {
    const data = await ask(`{ entity(id: "${id}") { ... on ${type} { few: ${list}(first: 2) { actor { ... on Node { id } } evidence { quote } } ${list} { actor { ... on Node { id } } } most: ${list}(first: 100) { actor { ... on Node { id } } } } } }`);
    expect(data.entity.few).toEqual(signatories.slice(0, 2).map((actor) => ({ actor: { id: actor }, evidence: [{ quote: expect.stringContaining(`${actor} ${said}`) }] })));
    expect(data.entity[list].map((link: Data) => link.actor.id)).toEqual(signatories.slice(0, 20));
    expect(data.entity.most.map((link: Data) => link.actor.id)).toEqual(signatories.slice(0, 100));
  });

  it('pages through all 105 exactly once, by actor id, with totalCount equal to a direct count', async () => {
    const { seen, totals } = await pageThrough(id, type, `${list}Connection`, 40);
    expect(seen).toEqual(signatories);
    const direct = await directCount(`MATCH ({id: $id})<-[r:${relation}]-() RETURN count(r) AS count`, { id });
    expect(direct).toBe(signatories.length);
    expect(new Set(totals)).toEqual(new Set([direct]));
  });

  it('refuses a page size out of 1 to 100 and a cursor it did not issue, naming the argument', async () => {
    const tooMany = await postGraphql(api.server.url, `{ entity(id: "${id}") { ... on ${type} { ${list}(first: 101) { actor { ... on Node { id } } } } } }`);
    expect(tooMany.body.errors?.[0]).toMatchObject({ message: 'first: expected a whole number from 1 to 100, got 101', extensions: { code: 'BAD_USER_INPUT' } });
    const forged = await postGraphql(api.server.url, `{ entity(id: "${id}") { ... on ${type} { ${list}Connection(after: "nope") { totalCount } } } }`);
    expect(forged.body.errors?.[0]).toMatchObject({ message: expect.stringMatching(/^after: expected a cursor/), extensions: { code: 'BAD_USER_INPUT' } });
  });
});

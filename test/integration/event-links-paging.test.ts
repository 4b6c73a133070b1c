import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadArticle, unloadArticle, type AnnotationFile, type AnnotationNode, type AnnotationRelation } from '../../src/ingest';
import type { EventKind } from '../../src/ingest/types';
import { postGraphql } from '../support/http';
import { seededServer } from '../support/seededServer';

/**
 * A busy event: a war with more parts than any page (130, against the cap of 100 a list used to stop at without a
 * sign), a few causes and places beside them, a place where all of them occurred, and a node that more articles
 * mention than one evidence page holds.
 * Paging each list returns every item exactly once, and totalCount equals a direct count in the graph.
 */
// Declared before seededServer's hooks, so that it runs while the driver is still open (afterAll hooks run in order).
afterAll(async () => {
  await unloadArticle(api.db, 'article:test-busy-war');
  await removeMentioned();
  fs.rmSync(dir, { recursive: true, force: true });
});
const api = seededServer();
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'event-links-'));
const war = 'event:test-busy-war';
const parts = Array.from({ length: 130 }, (_, i) => `event:test-busy-war-part-${String(i).padStart(3, '0')}`);
const causes = ['event:test-busy-war-cause-a', 'event:test-busy-war-cause-b', 'event:test-busy-war-cause-c'];
const places = ['place:test-busy-front-north', 'place:test-busy-front-south'];
const mentioned = 'org:test-much-mentioned';
const mentioningArticles = 123;

type Data = Record<string, any>;

async function ask(query: string, variables: Record<string, unknown> = {}): Promise<Data> {
  const response = await postGraphql(api.server.url, query, variables);
  expect(response.body.errors).toBeUndefined();
  return response.body.data as Data;
}

/** The annotation file of the busy war, every quote a numbered sentence of its text. */
function writeBusyWar(): string {
  const sentences: string[] = [];
  const quote = (words: string) => {
    const tag = `[${String(sentences.length).padStart(3, '0')}] ${words}`;
    sentences.push(`${tag}.`);
    return tag;
  };
  const event = (id: string, kind: EventKind = 'attack'): AnnotationNode => ({
    id,
    type: 'Event',
    kind,
    title: id,
    summary: 'a test event',
    date: { text: null, precision: 'unknown' },
    evidence: [quote(id)],
  });
  const nodes: AnnotationNode[] = [
    event(war, 'war'),
    ...parts.map((id) => event(id)),
    ...causes.map((id) => event(id)),
    ...places.map((id): AnnotationNode => ({ id, type: 'Place', name: id.slice('place:'.length), evidence: [quote(id)] })),
  ];
  const relations: AnnotationRelation[] = [
    ...parts.map((part): AnnotationRelation => ({
      type: 'PART_OF_EVENT',
      from: part,
      to: war,
      evidence: [quote(`${part} was part of the war`)],
    })),
    ...causes.map((cause): AnnotationRelation => ({
      type: 'TRIGGERED',
      from: cause,
      to: war,
      evidence: [quote(`${cause} set off the war`)],
    })),
    ...places.map((place): AnnotationRelation => ({
      type: 'OCCURRED_IN',
      from: war,
      to: place,
      evidence: [quote(`the war was fought at ${place}`)],
    })),
    // Every part on the northern front too, so that the place has more events than a page.
    ...parts.map((part): AnnotationRelation => ({
      type: 'OCCURRED_IN',
      from: part,
      to: places[0]!,
      evidence: [quote(`${part} took place on the northern front`)],
    })),
  ];
  const textFile = 'test-busy-war.txt';
  fs.writeFileSync(path.join(dir, textFile), sentences.join(' '));
  const doc: AnnotationFile = {
    article: { id: 'article:test-busy-war', title: 'A busy war', textFile, source: 'written for this test' },
    nodes,
    relations,
  };
  const file = path.join(dir, 'test-busy-war.annotations.json');
  fs.writeFileSync(file, JSON.stringify(doc));
  return file;
}

// The many articles that mention one organization are written as the loader shapes them (cypher/bench/grow-sources
// does the same): loading 123 articles one by one would take minutes. The later an article's number, the earlier its
// rank, so that resolution order (accounts) runs against article id order (evidence); article 000 only refers to the
// organization (no rank), so it has a mention but no account.
const removeMentioned = () =>
  api.db.write("MATCH (n:Node) WHERE n.id = $mentioned OR n.id STARTS WITH 'article:test-mentioning-' DETACH DELETE n", { mentioned });

beforeAll(async () => {
  await unloadArticle(api.db, 'article:test-busy-war');
  await loadArticle(api.db, { annotations: writeBusyWar() });
  await removeMentioned();
  await api.db.write(
    `CREATE (n:Node:Entity:Organization {id: $mentioned, name: 'Much Mentioned', aliases: []})
     WITH n UNWIND range(0, $count - 1) AS i
     WITH n, i, 'article:test-mentioning-' + right('00' + i, 3) AS article
     CREATE (a:Node:Article {id: article, title: article, source: 'test', textFile: 'none', textSha256: 'none', text: 'Much Mentioned.', rank: '2020-01-01|' + article})
     CREATE (n)-[:MENTIONED_IN {article: article, subject: $mentioned, rank: CASE WHEN i = 0 THEN null ELSE toString(2100 - i) + '-01-01|' + article END, name: 'Much Mentioned', evidence: ['Much Mentioned'], evidenceStart: [0], evidenceEnd: [14]}]->(a)`,
    { mentioned, count: mentioningArticles },
  );
});

/** Follows a connection field of one node page by page; returns every item's key and the totalCount of each page. */
async function pageThrough(id: string, type: string, field: string, selection: string, key: (node: Data) => string, first: number) {
  const seen: string[] = [];
  const totals: number[] = [];
  let after: string | null = null;
  for (let page = 0; page < 50; page += 1) {
    const data = await ask(
      `query($id: ID!, $after: String) { entity(id: $id) { ... on ${type} { ${field}(first: ${first}, after: $after) { totalCount edges { node { ${selection} } } pageInfo { hasNextPage endCursor } } } } }`,
      {
        id,
        after,
      },
    );
    const connection = data.entity[field];
    seen.push(...connection.edges.map((edge: Data) => key(edge.node)));
    totals.push(connection.totalCount);
    if (!connection.pageInfo.hasNextPage) return { seen, totals };
    after = connection.pageInfo.endCursor;
  }
  throw new Error(`${field} of ${id} did not end within 50 pages`);
}

const directCount = async (query: string, params: Record<string, unknown>) => Number((await api.db.read(query, params))[0]?.count);

describe("an event's link lists", () => {
  it('keep each list apart: the causes and places of a war with 130 parts are all there beside a full page of parts', async () => {
    const data = await ask(`{ entity(id: "${war}") { ... on Event {
      parts(first: 100) { event { id } } causes { event { id } } places { place { id } }
    } } }`);
    expect(data.entity.parts).toHaveLength(100);
    expect(data.entity.parts.map((link: Data) => link.event.id)).toEqual(parts.slice(0, 100));
    expect(data.entity.causes.map((link: Data) => link.event.id)).toEqual(causes);
    expect(data.entity.places.map((link: Data) => link.place.id)).toEqual(places);
  });

  it('page through all 130 parts exactly once, in id order, with totalCount equal to a direct count', async () => {
    const { seen, totals } = await pageThrough(war, 'Event', 'partsConnection', 'event { id }', (node) => node.event.id, 30);
    expect(seen).toEqual(parts);
    const direct = await directCount('MATCH (:Event {id: $war})<-[r:PART_OF_EVENT]-() RETURN count(r) AS count', { war });
    expect(direct).toBe(130);
    expect(new Set(totals)).toEqual(new Set([direct]));
  });

  it('count each list on its own: causes, places, and a part’s partOf', async () => {
    const data = await ask(`{ war: entity(id: "${war}") { ... on Event {
      causesConnection(first: 2) { totalCount edges { node { event { id } } } pageInfo { hasNextPage } }
      placesConnection { totalCount edges { node { place { id } } } }
      consequencesConnection { totalCount edges { cursor } }
    } } part: entity(id: "${String(parts[7])}") { ... on Event { partOfConnection { totalCount edges { node { event { id } } } } } } }`);
    expect(data.war.causesConnection).toEqual({
      totalCount: 3,
      edges: causes.slice(0, 2).map((id) => ({ node: { event: { id } } })),
      pageInfo: { hasNextPage: true },
    });
    expect(data.war.placesConnection.totalCount).toBe(2);
    expect(data.war.consequencesConnection).toEqual({ totalCount: 0, edges: [] });
    expect(data.part.partOfConnection).toEqual({ totalCount: 1, edges: [{ node: { event: { id: war } } }] });
  });

  it('refuses a page size over 100 and a cursor it did not issue, naming the argument', async () => {
    const tooMany = await postGraphql(api.server.url, `{ entity(id: "${war}") { ... on Event { parts(first: 101) { event { id } } } } }`);
    expect(tooMany.body.errors?.[0]).toMatchObject({
      message: 'first: expected a whole number from 1 to 100, got 101',
      extensions: { code: 'BAD_USER_INPUT' },
    });
    const forged = await postGraphql(
      api.server.url,
      `{ entity(id: "${war}") { ... on Event { partsConnection(after: "nope") { totalCount } } } }`,
    );
    expect(forged.body.errors?.[0]).toMatchObject({
      message: expect.stringMatching(/^after: expected a cursor/),
      extensions: { code: 'BAD_USER_INPUT' },
    });
  });
});

describe("a place's events", () => {
  it('page through all 131 events of the northern front exactly once (undated, so by id), with totalCount equal to a direct count', async () => {
    const { seen, totals } = await pageThrough(places[0]!, 'Place', 'eventsConnection', 'event { id }', (node) => node.event.id, 50);
    expect(seen).toEqual([war, ...parts]);
    const direct = await directCount('MATCH (:Place {id: $place})<-[r:OCCURRED_IN]-(:Event) RETURN count(r) AS count', {
      place: places[0],
    });
    expect(new Set(totals)).toEqual(new Set([direct]));
    const data = await ask(`{ entity(id: "${String(places[0])}") { ... on Place { events(first: 2) { event { id } } } } }`);
    expect(data.entity.events.map((link: Data) => link.event.id)).toEqual([war, parts[0]]);
  });
});

describe("a node's evidence", () => {
  it('takes first, counted in articles, by article id', async () => {
    const data = await ask(
      `{ entity(id: "${mentioned}") { evidence(first: 3) { articleId quote } all: evidence(first: 100) { articleId } } }`,
    );
    expect(data.entity.evidence).toEqual(
      ['000', '001', '002'].map((n) => ({ articleId: `article:test-mentioning-${n}`, quote: 'Much Mentioned' })),
    );
    expect(data.entity.all).toHaveLength(100);
  });

  it('pages through every one of the 123 articles that mention a node exactly once, with totalCount equal to a direct count', async () => {
    const { seen, totals } = await pageThrough(
      mentioned,
      'Organization',
      'mentionsConnection',
      'articleId article { id } evidence { quote }',
      (node) => `${node.articleId} ${node.article.id} ${node.evidence[0].quote}`,
      40,
    );
    expect(seen).toEqual(
      Array.from({ length: mentioningArticles }, (_, i) => {
        const article = `article:test-mentioning-${String(i).padStart(3, '0')}`;
        return `${article} ${article} Much Mentioned`;
      }),
    );
    const direct = await directCount('MATCH (:Node {id: $mentioned})-[m:MENTIONED_IN]->(:Article) RETURN count(m) AS count', { mentioned });
    expect(new Set(totals)).toEqual(new Set([direct]));
    expect(direct).toBe(mentioningArticles);
  });

  it('is empty for an article, which mentions nothing', async () => {
    const data = await ask(
      '{ entity(id: "article:test-mentioning-000") { evidence { quote } mentionsConnection { totalCount edges { cursor } } } }',
    );
    expect(data.entity).toEqual({ evidence: [], mentionsConnection: { totalCount: 0, edges: [] } });
  });
});

describe("a node's accounts", () => {
  // Resolution order: the earliest rank first, so article 122 down to 001; 000 is a reference and gives no account.
  const inResolutionOrder = Array.from(
    { length: mentioningArticles - 1 },
    (_, i) => `article:test-mentioning-${String(mentioningArticles - 1 - i).padStart(3, '0')}`,
  );

  it('takes first (default 20), in resolution order', async () => {
    const data = await ask(
      `{ entity(id: "${mentioned}") { few: accounts(first: 3) { article { id } name } accounts { article { id } } most: accounts(first: 100) { article { id } } } }`,
    );
    expect(data.entity.few).toEqual(inResolutionOrder.slice(0, 3).map((id) => ({ article: { id }, name: 'Much Mentioned' })));
    expect(data.entity.accounts.map((account: Data) => account.article.id)).toEqual(inResolutionOrder.slice(0, 20));
    expect(data.entity.most.map((account: Data) => account.article.id)).toEqual(inResolutionOrder.slice(0, 100));
  });

  it('pages through all 122 accounts of a node exactly once, in resolution order, with totalCount equal to a direct count', async () => {
    const { seen, totals } = await pageThrough(
      mentioned,
      'Organization',
      'accountsConnection',
      'article { id } name',
      (node) => `${node.article.id} ${node.name}`,
      40,
    );
    expect(seen).toEqual(inResolutionOrder.map((id) => `${id} Much Mentioned`));
    const direct = await directCount(
      'MATCH ()-[m:MENTIONED_IN {subject: $mentioned}]->(:Article) WHERE m.rank IS NOT NULL RETURN count(m) AS count',
      { mentioned },
    );
    expect(direct).toBe(mentioningArticles - 1);
    expect(new Set(totals)).toEqual(new Set([direct]));
  });

  it('is empty for an article, which no article describes', async () => {
    const data = await ask(
      '{ entity(id: "article:test-mentioning-000") { accounts { name } accountsConnection { totalCount edges { cursor } pageInfo { hasNextPage endCursor } } } }',
    );
    expect(data.entity).toEqual({
      accounts: [],
      accountsConnection: { totalCount: 0, edges: [], pageInfo: { hasNextPage: false, endCursor: null } },
    });
  });

  it('refuses a page size out of 1 to 100 and a cursor it did not issue, naming the argument', async () => {
    const tooMany = await postGraphql(api.server.url, `{ entity(id: "${mentioned}") { accounts(first: 101) { name } } }`);
    expect(tooMany.body.errors?.[0]).toMatchObject({
      message: 'first: expected a whole number from 1 to 100, got 101',
      extensions: { code: 'BAD_USER_INPUT' },
    });
    const none = await postGraphql(api.server.url, `{ entity(id: "${mentioned}") { accountsConnection(first: 0) { totalCount } } }`);
    expect(none.body.errors?.[0]).toMatchObject({
      message: 'first: expected a whole number from 1 to 100, got 0',
      extensions: { code: 'BAD_USER_INPUT' },
    });
    const forged = await postGraphql(api.server.url, `{ entity(id: "${mentioned}") { accountsConnection(after: "nope") { totalCount } } }`);
    expect(forged.body.errors?.[0]).toMatchObject({
      message: expect.stringMatching(/^after: expected a cursor/),
      extensions: { code: 'BAD_USER_INPUT' },
    });
  });
});

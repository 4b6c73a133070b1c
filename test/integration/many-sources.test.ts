import fs from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../../src/config';
import { cypherDir, QueryLibrary } from '../../src/db';
import { startGraphqlServer, type GraphqlServer } from '../../src/server';
import { dryRunArticle, loadArticle, prepareAgainstGraph, seedFiles, unloadArticle, type ArticleFiles } from '../../src/ingest';
import { expectSameGraph, graphSnapshot, type GraphSnapshot } from '../fixtures/graph';
import { testDatabase } from '../support/database';
import { postGraphql } from '../support/http';
import { testServerConfig } from '../support/seededServer';

/**
 * Three articles on one graph: the seed, and two short articles written for these tests (test/fixtures/articles)
 * that share people, organizations, events and facts with it, and give another figure for the living hostages.
 */
const db = testDatabase();
const fixture = (name: string): ArticleFiles => ({
  annotations: path.join(__dirname, '..', 'fixtures', 'articles', `${name}.annotations.json`),
});
interface Source {
  id: string;
  files: ArticleFiles;
}
const seed: Source = { id: 'article:us-hamas-direct-talks', files: seedFiles };
const doha = { id: 'article:test-doha-round', files: fixture('doha-round') };
const family = { id: 'article:test-family-waits', files: fixture('family-waits') };
const all = [seed, doha, family];

async function clear(): Promise<void> {
  for (const source of all) await unloadArticle(db, source.id);
}

async function loadAll(order: readonly Source[]): Promise<GraphSnapshot> {
  await clear();
  for (const source of order) await loadArticle(db, source.files);
  return graphSnapshot(db);
}

/** The lines of a snapshot that are one article's own words: its mentions and its Evidence records. */
const ownRecords = (snapshot: GraphSnapshot, article: string) => snapshot.content.filter((line) => line.includes(`"article":"${article}"`));

const one = async (query: string, params: Record<string, unknown> = {}) => (await db.read(query, params))[0] ?? {};

beforeAll(clear);

afterAll(async () => {
  await clear();
  await db.close();
});

describe('three articles on one graph', () => {
  let seedOnly: GraphSnapshot;
  let together: GraphSnapshot;

  beforeAll(async () => {
    seedOnly = await loadAll([seed]);
    together = await loadAll([seed, doha, family]);
  });

  it('loses nothing the seed says: every one of its values and quotes is there, word for word', () => {
    const before = ownRecords(seedOnly, seed.id);
    expect(before.length).toBe(54 + 92);
    expect(ownRecords(together, seed.id)).toEqual(before);
  });

  it('keeps a fact that several articles state as one relationship, with each article’s evidence', async () => {
    const fact = async (from: string, type: string, to: string) =>
      one(
        `MATCH (:Node {id: $from})-[r]->(:Node {id: $to}) WHERE type(r) = $type
         RETURN count(r) AS relationships, min(r.sources) AS sources,
                COLLECT { MATCH (e:Evidence {fact: $from + '|' + $type + '|' + $to}) RETURN e.article ORDER BY e.article } AS articles`,
        { from, type, to },
      );
    expect(await fact('person:adam-boehler', 'PARTICIPATED_IN', 'event:us-hamas-direct-talks')).toEqual({
      relationships: 1,
      sources: 2,
      articles: [doha.id, seed.id],
    });
    expect(await fact('org:israeli-officials', 'CLAIMED', 'claim:living-hostages-in-gaza')).toEqual({
      relationships: 1,
      sources: 2,
      articles: [family.id, seed.id],
    });
    expect(await fact('person:steve-witkoff', 'PARTICIPATED_IN', 'event:doha-talks-march-2025')).toEqual({
      relationships: 1,
      sources: 2,
      articles: [doha.id, family.id],
    });
    const [doubles] = await db.read(
      'MATCH (a)-[r]->(b) WHERE NOT r:MENTIONED_IN WITH a, type(r) AS type, b, count(*) AS n WHERE n > 1 RETURN count(*) AS doubles',
    );
    expect(doubles?.doubles).toBe(0);
  });

  it('shows a resolved view by the documented rule, beside every source’s own values', async () => {
    // The earliest published source gives the values; the seed is undated, so the Doha article's come first.
    const hamas = await one("MATCH (n:Node {id: 'org:hamas'}) RETURN n.description AS description, n.resolvedFrom AS resolvedFrom");
    expect(hamas).toEqual({ description: 'Holds hostages in Gaza; says 22 of its 59 hostages are alive.', resolvedFrom: doha.id });
    const descriptions = await db.read(
      "MATCH (:Node {id: 'org:hamas'})-[m:MENTIONED_IN]->() RETURN m.article AS article, m.description AS description ORDER BY m.rank",
    );
    expect(descriptions.map((row) => row.article)).toEqual([doha.id, seed.id]);
    expect(String(descriptions[1]?.description)).toMatch(/^Islamist group, designated a terrorist organization/);
    // The date comes from the narrowest interval: the seed says "recent" (after October 7, 2023, open), the
    // Doha article "earlier in the month" of March 2025.
    const talks = await one(
      "MATCH (n:Node {id: 'event:us-hamas-direct-talks'}) RETURN toString(n.earliest) AS earliest, toString(n.latest) AS latest, n.dateText AS dateText, n.datedFrom AS datedFrom",
    );
    expect(talks).toEqual({ earliest: '2025-03-01', latest: '2025-03-12', dateText: 'earlier in the month', datedFrom: doha.id });
    const seedDate = await one(
      "MATCH (:Node {id: 'event:us-hamas-direct-talks'})-[m:MENTIONED_IN {article: $seed}]->() RETURN toString(m.earliest) AS earliest, m.latest AS latest, m.dateText AS dateText",
      { seed: seed.id },
    );
    expect(seedDate).toEqual({ earliest: '2023-10-07', latest: null, dateText: 'recent' });
    // Aliases: every name any source gives, sorted.
    expect((await one("MATCH (n:Node {id: 'org:united-states'}) RETURN n.aliases AS aliases")).aliases).toEqual(
      expect.arrayContaining(['American', 'US', 'Washington']),
    );
  });

  it('lists the disagreeing figures side by side, each with its source actor, article and date', async () => {
    const query = fs.readFileSync(path.join(cypherDir, 'queries', 'claim-disagreements.cypher'), 'utf8');
    const rows = await db.read(query, { subjectId: 'event:hostages-held-in-gaza', limit: 10 });
    expect(rows.map((row) => [row.subject, row.unit])).toEqual([['event:hostages-held-in-gaza', 'living hostages held in Gaza']]);
    const claims = rows[0]!.claims as Record<string, unknown>[];
    expect(claims.map((claim) => [claim.claim, claim.figure, claim.sources])).toEqual([
      ['claim:hamas-living-hostages-march-2025', '22', ['org:hamas']],
      ['claim:living-hostages-in-gaza', 'about 24', ['org:israeli-officials']],
    ]);
    expect(claims[0]!.statedIn).toEqual([{ article: doha.id, published: '2025-03-12', figure: '22', value: 22 }]);
    expect((claims[1]!.statedIn as { article: string }[]).map((stated) => stated.article)).toEqual([family.id, seed.id]);
  });

  it('gives the same graph, property by property, whatever order the three are loaded in', async () => {
    const orders: Source[][] = [
      [seed, doha, family],
      [seed, family, doha],
      [doha, seed, family],
      [doha, family, seed],
      [family, seed, doha],
      [family, doha, seed],
    ];
    for (const order of orders.slice(1)) expectSameGraph(await loadAll(order), together);
  });
});

describe('unloading an article', () => {
  it('after the seed and another, leaves exactly the seed alone', async () => {
    const seedOnly = await loadAll([seed]);
    await loadArticle(db, doha.files);
    const summary = await unloadArticle(db, doha.id);
    expect(summary.found).toBe(true);
    expectSameGraph(await graphSnapshot(db), seedOnly);
  });

  it('of the seed, leaves the other article intact, as if loaded alone', async () => {
    const dohaOnly = await loadAll([doha]);
    await loadAll([doha, seed]);
    await unloadArticle(db, seed.id);
    expectSameGraph(await graphSnapshot(db), dohaOnly);
  });

  it('that is not loaded changes nothing and says so', async () => {
    await loadAll([seed]);
    const before = await graphSnapshot(db);
    expect((await unloadArticle(db, 'article:test-never-loaded')).found).toBe(false);
    expectSameGraph(await graphSnapshot(db), before);
  });
});

describe('a dry run', () => {
  it('writes nothing, and reports exactly what the real load then changes', async () => {
    await loadAll([seed, family]);
    const before = await graphSnapshot(db);
    const report = await dryRunArticle(db, await prepareAgainstGraph(db, doha.files));
    expectSameGraph(await graphSnapshot(db), before);

    const real = await loadArticle(db, doha.files, { changes: true });
    expect(real.changes).toEqual(report);
    expect(report.added).toEqual(
      expect.arrayContaining([
        'article article:test-doha-round',
        'node place:doha',
        'mention org:hamas',
        'fact org:israel|PARTICIPATED_IN|event:doha-talks-march-2025',
      ]),
    );
    expect(report.removed).toEqual([]);
    const hamas = report.changed.find((change) => change.item === 'node org:hamas');
    expect(hamas?.properties).toEqual(
      expect.arrayContaining([
        { name: 'resolvedFrom', old: seed.id, new: doha.id },
        {
          name: 'description',
          old: expect.stringMatching(/^Islamist group/),
          new: 'Holds hostages in Gaza; says 22 of its 59 hostages are alive.',
        },
      ]),
    );
    const witkoffTalks = report.changed.find(
      (change) => change.item === 'fact person:steve-witkoff|PARTICIPATED_IN|event:doha-talks-march-2025',
    );
    expect(witkoffTalks?.properties).toEqual(expect.arrayContaining([{ name: 'sources', old: 1, new: 2 }]));
  });
});

describe('concurrent loads and unloads of different articles', () => {
  it('lose no write and mix none', async () => {
    const expected = await loadAll([seed, doha, family]);
    await loadAll([seed]);
    await Promise.all([loadArticle(db, doha.files), loadArticle(db, family.files)]);
    expectSameGraph(await graphSnapshot(db), expected);

    const seedAndFamily = await loadAll([seed, family]);
    await loadAll([seed, doha]);
    await Promise.all([unloadArticle(db, doha.id), loadArticle(db, family.files)]);
    expectSameGraph(await graphSnapshot(db), seedAndFamily);
  });
});

describe('the README worked example, through GraphQL', () => {
  let server: GraphqlServer;

  beforeAll(async () => {
    await loadAll([seed, doha, family]);
    server = await startGraphqlServer(db, QueryLibrary.load(), testServerConfig);
  });

  afterAll(async () => {
    await server.stop();
  });

  it('answers the disagreement query as the README prints it', async () => {
    const readme = fs.readFileSync(path.join(projectRoot, 'README.md'), 'utf8');
    const example = readme.slice(readme.indexOf('#### Worked example'));
    const query = /```graphql\n([\s\S]*?)```/.exec(example)![1]!;
    const variables = JSON.parse(/Variables: `(.*?)`/.exec(example)![1]!) as Record<string, unknown>;
    const printed: unknown = JSON.parse(/```json\n([\s\S]*?)```/.exec(example)![1]!);
    const { body } = await postGraphql(server.url, query, variables);
    expect(body).toEqual(printed);
  });

  it('gives an article its record and text, and any quote its passage in context', async () => {
    const { body } = await postGraphql(
      server.url,
      `{ entity(id: "claim:hamas-living-hostages-march-2025") {
           evidence { quote article { publisher url retrieved language text } passage(context: 12) { before quote after } } } }`,
    );
    const [evidence] = (body.data?.entity as { evidence: Record<string, any>[] }).evidence;
    expect(evidence?.article).toMatchObject({
      publisher: 'Test Gazette (fictional)',
      url: 'https://example.org/test/doha-round',
      retrieved: '2025-03-13',
      language: 'en',
    });
    expect(evidence?.article.text).toContain('by its own count, 22 of them are alive');
    expect(evidence?.passage).toEqual({ before: 'a and that, ', quote: 'by its own count, 22 of them are alive', after: '.\nAdam Boehl' });
  });

  it('shows a node’s resolved view beside what each article says, in resolution order', async () => {
    const { body } = await postGraphql(
      server.url,
      `{ hamas: entity(id: "org:hamas") { ... on Organization { description
           accounts { article { id title published } published name description evidence { articleId } } } }
         talks: entity(id: "event:us-hamas-direct-talks") { ... on Event { date { text earliest latest }
           accounts { article { id } title date { text precision earliest latest } } } }
         doha: entity(id: "place:doha") { accounts { article { id } } }
         article: entity(id: "article:test-doha-round") { accounts { article { id } } } }`,
    );
    expect(body.errors).toBeUndefined();
    const data = body.data as Record<string, any>;
    // The Doha article is published, the seed is not: the Doha article ranks first and gives the shown description.
    expect(data.hamas.description).toBe(data.hamas.accounts[0].description);
    expect(data.hamas.accounts.map((account: any) => account.article.id)).toEqual([doha.id, seed.id]);
    expect(data.hamas.accounts[0]).toMatchObject({
      published: '2025-03-12',
      name: 'Hamas',
      description: 'Holds hostages in Gaza; says 22 of its 59 hostages are alive.',
    });
    expect(data.hamas.accounts[0].article).toEqual({ id: doha.id, title: expect.any(String), published: '2025-03-12' });
    expect(data.hamas.accounts[1]).toMatchObject({
      published: null,
      name: 'Hamas',
      description: expect.stringMatching(/^Islamist group, designated a terrorist organization/),
    });
    // Each account carries only its own article's quotes.
    for (const account of data.hamas.accounts) {
      expect(account.evidence.length).toBeGreaterThan(0);
      expect(account.evidence.every((quote: any) => quote.articleId === account.article.id)).toBe(true);
    }
    // The shown date is the narrowest; the seed's open "recent" stays visible in its own account.
    expect(data.talks.date).toEqual({ text: 'earlier in the month', earliest: '2025-03-01', latest: '2025-03-12' });
    expect(data.talks.accounts.map((account: any) => [account.article.id, account.date])).toEqual([
      [doha.id, expect.objectContaining({ text: 'earlier in the month', earliest: '2025-03-01', latest: '2025-03-12' })],
      [seed.id, { text: 'recent', precision: 'UNKNOWN', earliest: '2023-10-07', latest: null }],
    ]);
    expect(data.doha.accounts.map((account: any) => account.article.id)).toEqual([doha.id]);
    // An article is the source of accounts, never described by one.
    expect(data.article.accounts).toEqual([]);
  });

  it('lists the articles in resolution order, filtered by publisher, language and publication date, page by page', async () => {
    const list = async (args: string) => {
      const { body } = await postGraphql(
        server.url,
        `{ articles(${args}) { edges { cursor node { id publisher published } } pageInfo { hasNextPage endCursor } } }`,
      );
      expect(body.errors).toBeUndefined();
      return (body.data as Record<string, any>).articles as {
        edges: { cursor: string; node: Record<string, unknown> }[];
        pageInfo: Record<string, any>;
      };
    };
    const ids = (page: Awaited<ReturnType<typeof list>>) => page.edges.map((edge) => edge.node.id);
    // Dated articles by publication date, the undated seed last.
    expect(ids(await list('first: 20'))).toEqual([doha.id, family.id, seed.id]);
    expect(ids(await list('publishers: ["Test Wire (fictional)"]'))).toEqual([family.id]);
    expect(ids(await list('from: "2025-03-13"'))).toEqual([family.id]);
    expect(ids(await list('to: "2025-03-12"'))).toEqual([doha.id]);
    expect(ids(await list('languages: ["fr"]'))).toEqual([]);
    // Pages follow each other without overlap or gap.
    const first = await list('first: 2');
    expect(ids(first)).toEqual([doha.id, family.id]);
    expect(first.pageInfo).toEqual({ hasNextPage: true, endCursor: first.edges[1]?.cursor });
    const second = await list(`first: 2, after: "${first.pageInfo.endCursor}"`);
    expect(ids(second)).toEqual([seed.id]);
    expect(second.pageInfo.hasNextPage).toBe(false);
  });

  it('refuses a bad articles argument, naming it, and reads nothing', async () => {
    const errorOf = async (args: string) =>
      (await postGraphql(server.url, `{ articles(${args}) { edges { node { id } } } }`)).body.errors?.[0]?.message;
    expect(await errorOf('first: 101')).toMatch(/first.*expected a whole number from 1 to 100, got 101/);
    expect(await errorOf('after: "not-a-cursor"')).toMatch(/after.*expected a cursor returned by this query/);
    expect(await errorOf('from: "2025-02-30"')).toMatch(/from/);
    expect(await errorOf('from: "2025-03-20", to: "2025-03-01"')).toMatch(/to.*expected a date on or after from/);
    expect(await errorOf('publishers: []')).toMatch(/publishers.*expected 1 to 50 publishers/);
  });

  it('gives a place the events that occurred there, earliest first, with the quotes of every article that says so', async () => {
    const { body } = await postGraphql(
      server.url,
      '{ entity(id: "place:doha") { ... on Place { events { event { id date { earliest } } evidence { articleId } } } } }',
    );
    expect(body.errors).toBeUndefined();
    const events = (body.data?.entity as { events: { event: { id: string }; evidence: { articleId: string }[] }[] }).events;
    expect(events.map((link) => link.event.id)).toEqual(['event:doha-talks-march-2025']);
    expect(events[0]?.evidence.map((quote) => quote.articleId)).toEqual([doha.id]);
  });

  it('refuses a context out of range, naming the argument', async () => {
    const { body } = await postGraphql(
      server.url,
      '{ entity(id: "claim:hamas-living-hostages-march-2025") { evidence { passage(context: 5000) { quote } } } }',
    );
    expect(body.errors?.[0]?.message).toMatch(/context.*expected a whole number from 0 to 2000, got 5000/);
  });
});

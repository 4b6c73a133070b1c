import fs from 'node:fs';
import path from 'node:path';
import {
  AnnotationError,
  loadArticle,
  loadArticles,
  prepareArticle,
  seedFiles,
  unloadArticle,
  writeArticles,
  type AnnotationFile,
  type ArticleFiles,
} from '../../src/ingest';
import { tempFolder } from '../fixtures/annotations';
import { expectSameGraph, graphSnapshot, type GraphSnapshot } from '../fixtures/graph';
import { testDatabase } from '../support/database';

/**
 * Several articles per transaction (loadArticles, npm run load:batch): the same graph as loading them one by
 * one, and each article still its own unit for errors.
 */
const db = testDatabase();
const folder = tempFolder('batch-load-');
const fixture = (name: string): ArticleFiles => ({
  annotations: path.join(__dirname, '..', 'fixtures', 'articles', `${name}.annotations.json`),
});
const seed = { id: 'article:us-hamas-direct-talks', files: seedFiles };
const doha = { id: 'article:test-doha-round', files: fixture('doha-round') };
const family = { id: 'article:test-family-waits', files: fixture('family-waits') };

/** A short article of our own that declares no organization and points at two of the seed's by reference. */
const followUpText = 'Hamas and the United States met once more in Cairo on March 20, 2025, officials said.';
const followUp = {
  id: 'article:test-cairo-follow-up',
  doc: {
    article: {
      id: 'article:test-cairo-follow-up',
      title: 'Another Cairo meeting',
      textFile: 'cairo-follow-up.txt',
      source: 'Written for the test suite.',
      published: '2025-03-21',
    },
    references: ['org:hamas', 'org:united-states'],
    nodes: [
      {
        id: 'event:test-cairo-follow-up',
        type: 'Event',
        kind: 'talks',
        title: 'Cairo follow-up meeting',
        summary: 'Hamas and the United States met again in Cairo.',
        date: { text: 'March 20, 2025', precision: 'day', value: '2025-03-20' },
        evidence: ['met once more in Cairo on March 20, 2025'],
      },
    ],
    relations: [
      {
        type: 'PARTICIPATED_IN',
        from: 'org:hamas',
        to: 'event:test-cairo-follow-up',
        role: 'party',
        evidence: ['Hamas and the United States met'],
      },
      {
        type: 'PARTICIPATED_IN',
        from: 'org:united-states',
        to: 'event:test-cairo-follow-up',
        role: 'party',
        evidence: ['Hamas and the United States met'],
      },
    ],
  } as unknown as AnnotationFile,
};
const followUpFiles = (): ArticleFiles => {
  fs.writeFileSync(path.join(folder.dir, 'cairo-follow-up.txt'), followUpText);
  const annotations = path.join(folder.dir, 'cairo-follow-up.annotations.json');
  fs.writeFileSync(annotations, JSON.stringify(followUp.doc));
  return { annotations };
};

const twinId = 'article:test-doha-twin';
const ids = [seed.id, doha.id, family.id, followUp.id, twinId];
async function clear(): Promise<void> {
  for (const id of ids) await unloadArticle(db, id);
}

async function oneByOne(files: ArticleFiles[]): Promise<GraphSnapshot> {
  await clear();
  for (const article of files) await loadArticle(db, article);
  return graphSnapshot(db);
}

beforeAll(clear);

afterAll(async () => {
  await clear();
  await db.close();
  folder.cleanup();
});

describe('loadArticles', () => {
  it('writes three articles in one transaction to exactly the graph that loading them one by one gives', async () => {
    const expected = await oneByOne([seed.files, doha.files, family.files]);
    await clear();
    const before = db.statementCount;
    const results = await loadArticles(db, [seed.files, doha.files, family.files], { batchSize: 3 });
    const batchedStatements = db.statementCount - before;
    expect(results.map((result) => ('summary' in result ? result.summary.article : result.error.message))).toEqual([
      seed.id,
      doha.id,
      family.id,
    ]);
    expectSameGraph(await graphSnapshot(db), expected);

    // The point of a batch: the statements run once for the three, not three times.
    await clear();
    const single = db.statementCount;
    await loadArticle(db, doha.files);
    expect(batchedStatements).toBeLessThan(2 * (db.statementCount - single));
  });

  it('names a file that fails its checks, writes nothing of it, and loads the others', async () => {
    const broken = JSON.parse(fs.readFileSync(doha.files.annotations, 'utf8')) as AnnotationFile;
    broken.nodes[0]!.evidence = ['words the Doha article never says'];
    fs.copyFileSync(path.join(path.dirname(doha.files.annotations), 'doha-round.txt'), path.join(folder.dir, 'doha-round.txt'));
    const brokenFile = path.join(folder.dir, 'broken-doha.annotations.json');
    fs.writeFileSync(brokenFile, JSON.stringify(broken));

    const expected = await oneByOne([seed.files, family.files]);
    await clear();
    const results = await loadArticles(db, [seed.files, { annotations: brokenFile }, family.files], { batchSize: 3 });
    const refused = results[1]!;
    expect('error' in refused && refused.error).toBeInstanceOf(AnnotationError);
    expect('error' in refused && refused.error.message).toMatch(
      /broken-doha\.annotations\.json.*nodes\[0\] \(person:steve-witkoff\).*words the Doha article never says/s,
    );
    expect(results.filter((result) => 'summary' in result)).toHaveLength(2);
    expectSameGraph(await graphSnapshot(db), expected);
  });

  it('retries a batch the database refuses article by article: the refused one is named and nothing of it written', async () => {
    // A second copy of the Doha article under its own id and the same headline passes every check of the loader;
    // a uniqueness constraint on headlines, made for this test, has the database refuse it inside the batch.
    const twin = JSON.parse(fs.readFileSync(doha.files.annotations, 'utf8')) as AnnotationFile;
    twin.article.id = twinId;
    fs.copyFileSync(path.join(path.dirname(doha.files.annotations), 'doha-round.txt'), path.join(folder.dir, 'doha-round.txt'));
    const twinFile = path.join(folder.dir, 'doha-twin.annotations.json');
    fs.writeFileSync(twinFile, JSON.stringify(twin));

    const expected = await oneByOne([seed.files, doha.files, family.files]);
    await clear();
    await db.write('CREATE CONSTRAINT test_unique_headline IF NOT EXISTS FOR (a:Article) REQUIRE a.title IS UNIQUE');
    try {
      const results = await loadArticles(db, [seed.files, doha.files, { annotations: twinFile }, family.files], { batchSize: 4 });
      expect(results.map((result) => ('summary' in result ? result.summary.article : 'refused'))).toEqual([
        seed.id,
        doha.id,
        'refused',
        family.id,
      ]);
      const refused = results[2]!;
      expect(refused.files.annotations).toBe(twinFile);
      expect('error' in refused && refused.error.message).toMatch(new RegExp(`already exists.*${twin.article.title}`, 's'));
      const [written] = await db.read('MATCH (n) WHERE n.id = $id OR n.article = $id RETURN count(n) AS count', { id: twinId });
      expect(written?.count).toBe(0);
    } finally {
      await db.write('DROP CONSTRAINT test_unique_headline IF EXISTS');
    }
    expectSameGraph(await graphSnapshot(db), expected);
  });

  it('lets an article reference a node that an earlier article of the same batch declares', async () => {
    const files = followUpFiles();
    const expected = await oneByOne([seed.files, files]);
    await clear();
    const results = await loadArticles(db, [seed.files, files], { batchSize: 10 });
    expect(results.every((result) => 'summary' in result)).toBe(true);
    expectSameGraph(await graphSnapshot(db), expected);
    const [linked] = await db.read(
      'MATCH (:Node {id: $id})-[m:MENTIONED_IN {reference: true}]->(:Article {id: $article}) RETURN count(m) AS references',
      { id: 'org:hamas', article: followUp.id },
    );
    expect(linked?.references).toBe(1);
  });

  it('loads an article given twice as a reload: the graph is that of one load', async () => {
    const expected = await oneByOne([seed.files]);
    await clear();
    const results = await loadArticles(db, [seed.files, seed.files], { batchSize: 5 });
    expect(results.map((result) => 'summary' in result && result.summary.removed)).toEqual([
      { relationships: 0, mentions: 0, nodes: 0 },
      { relationships: 0, mentions: 0, nodes: 0 },
    ]);
    expectSameGraph(await graphSnapshot(db), expected);
  });

  it('refuses a batch size that is not a whole number of at least 1, before writing', async () => {
    await clear();
    const before = await graphSnapshot(db);
    await expect(loadArticles(db, [seed.files], { batchSize: 0 })).rejects.toThrow(
      /batchSize: expected a whole number of at least 1, got 0/,
    );
    expectSameGraph(await graphSnapshot(db), before);
  });
});

describe('writeArticles', () => {
  it('refuses one article twice in a batch, naming it, and writes nothing', async () => {
    await clear();
    const before = await graphSnapshot(db);
    const prepared = prepareArticle(seed.files);
    await expect(writeArticles(db, [prepared, prepared])).rejects.toThrow(
      /article:us-hamas-direct-talks: the article appears twice in one batch/,
    );
    expectSameGraph(await graphSnapshot(db), before);
  });
});

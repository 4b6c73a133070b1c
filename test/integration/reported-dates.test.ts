import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadArticle, seedFiles, unloadArticle, type AnnotationFile } from '../../src/ingest';
import { expectSameGraph, graphSnapshot } from '../fixtures/graph';
import { testDatabase } from '../support/database';

/**
 * A dated statement with an open end is bounded by the publication date of the articles that report it
 * (cypher/derive/bound-reported.cypher): the seed dates the Hamas official's remark only as after the talks, and
 * has no publication date; two later articles of our own report the remark again.
 */
const db = testDatabase();
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'reported-dates-'));
const statement = 'statement:hamas-official-step-promising';

/** An article published on `published` that reports the remark, without dating it. */
function reportingArticle(name: string, published: string): { id: string; files: { annotations: string } } {
  const text = `A Hamas official said again that the step itself is promising and more talks are expected, ${name} recalls.`;
  const doc: AnnotationFile = {
    article: { id: `article:${name}`, title: name, textFile: `${name}.txt`, source: 'written for this test', published },
    nodes: [
      {
        id: statement,
        type: 'Statement',
        quote: 'the step itself is promising and more talks are expected',
        medium: 'unspecified',
        paraphrase: true,
        evidence: ['the step itself is promising and more talks are expected'],
      },
    ],
    relations: [],
  };
  fs.writeFileSync(path.join(dir, `${name}.txt`), text);
  const annotations = path.join(dir, `${name}.annotations.json`);
  fs.writeFileSync(annotations, JSON.stringify(doc));
  return { id: `article:${name}`, files: { annotations } };
}

const later = reportingArticle('test-report-later', '2025-03-15');
const earlier = reportingArticle('test-report-earlier', '2025-03-10');

async function remark(): Promise<Record<string, unknown>> {
  const [row] = await db.read(
    'MATCH (s:Statement {id: $statement}) RETURN toString(s.earliest) AS earliest, toString(s.latest) AS latest, s.latestFrom AS latestFrom, s.span.y AS spanY',
    { statement },
  );
  return row ?? {};
}

const day = (iso: string) => Math.round(Date.parse(`${iso}T00:00:00Z`) / 86_400_000);

async function clear(): Promise<void> {
  await unloadArticle(db, later.id);
  await unloadArticle(db, earlier.id);
}

beforeAll(async () => {
  await clear();
  await loadArticle(db, seedFiles);
});

afterAll(async () => {
  await clear();
  await db.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('a statement bounded by the articles that report it', () => {
  it('stays open on the seed alone, which has no publication date', async () => {
    expect(await remark()).toEqual({ earliest: '2023-10-07', latest: null, latestFrom: null, spanY: day('9999-12-31') });
  });

  it('ends by the earliest publication date of its reporters, whatever the load order, and its unloads restore the graph', async () => {
    const seedOnly = await graphSnapshot(db);
    await loadArticle(db, later.files);
    expect(await remark()).toEqual({ earliest: '2023-10-07', latest: '2025-03-15', latestFrom: later.id, spanY: day('2025-03-15') });
    await loadArticle(db, earlier.files);
    expect(await remark()).toEqual({ earliest: '2023-10-07', latest: '2025-03-10', latestFrom: earlier.id, spanY: day('2025-03-10') });
    const both = await graphSnapshot(db);

    await unloadArticle(db, earlier.id);
    expect(await remark()).toEqual({ earliest: '2023-10-07', latest: '2025-03-15', latestFrom: later.id, spanY: day('2025-03-15') });
    await unloadArticle(db, later.id);
    expectSameGraph(await graphSnapshot(db), seedOnly);

    await loadArticle(db, earlier.files);
    await loadArticle(db, later.files);
    expectSameGraph(await graphSnapshot(db), both);
  });
});

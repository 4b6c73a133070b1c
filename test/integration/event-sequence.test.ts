import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadArticle, seedFiles, unloadArticle, type AnnotationFile, type AnnotationNode, type AnnotationRelation } from '../../src/ingest';
import { expectSameGraph, graphSnapshot } from '../fixtures/graph';
import { testDatabase } from '../support/database';

/**
 * The timeline's `sequence`, stored on each event by the derive step of every load (cypher/derive/sequences.cypher),
 * checked against the walk the timeline query used to run on every request: on the seed, on a generated chain,
 * after a second article puts an event in front of that chain, and after that article is unloaded.
 */
const db = testDatabase();
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'event-sequence-'));

/** The walk timeline.cypher ran before the value was stored, over every event, beside the stored value. */
async function sequences(): Promise<{ id: string; walked: number; stored: unknown }[]> {
  const rows = await db.read(
    `MATCH (e:Event)
     CALL (e) {
       OPTIONAL MATCH chain = (e) ((x)-[r:FOLLOWED|TRIGGERED|PART_OF_EVENT]-(:Event)
         WHERE (type(r) <> 'TRIGGERED' AND startNode(r) = x) OR (type(r) = 'TRIGGERED' AND endNode(r) = x)){1,4} (:Event)
       RETURN coalesce(max(length(chain)), 0) AS walked
     }
     RETURN e.id AS id, walked, e.sequence AS stored ORDER BY id`,
  );
  return rows.map((row) => ({ id: String(row.id), walked: Number(row.walked), stored: row.stored }));
}

async function expectStoredEqualsWalk(): Promise<Map<string, number>> {
  const rows = await sequences();
  expect(rows.length).toBeGreaterThan(0);
  expect(rows.filter((row) => row.stored !== row.walked)).toEqual([]);
  return new Map(rows.map((row) => [row.id, row.walked]));
}

/** Writes an article whose every quote is a numbered token found once in its text; returns its annotation file. */
function writeArticle(name: string, build: (quote: (words: string) => string) => Omit<AnnotationFile, 'article'>): string {
  const sentences: string[] = [];
  const quote = (words: string) => {
    const tag = `[${name} ${String(sentences.length).padStart(2, '0')}] ${words}`;
    sentences.push(`${tag}.`);
    return tag;
  };
  const body = build(quote);
  const textFile = `${name}.txt`;
  fs.writeFileSync(path.join(dir, textFile), sentences.join(' '));
  const file = path.join(dir, `${name}.annotations.json`);
  const doc: AnnotationFile = { article: { id: `article:${name}`, title: name, textFile, source: 'written for this test' }, ...body };
  fs.writeFileSync(file, JSON.stringify(doc));
  return file;
}

const undatedEvent = (id: string, quote: (words: string) => string): AnnotationNode => ({
  id,
  type: 'Event',
  kind: 'talks',
  title: id,
  summary: 'an event of a test chain',
  date: { text: null, precision: 'unknown' },
  evidence: [quote(`the event ${id}`)],
});

// Eight events, each after the one before it by a FOLLOWED, TRIGGERED or PART_OF_EVENT relation in turn.
const chain = Array.from({ length: 8 }, (_, i) => `event:test-chain-${i}`);
const chainFile = writeArticle('test-chain', (quote) => {
  const relations: AnnotationRelation[] = [];
  for (let i = 1; i < chain.length; i += 1) {
    const [earlier, later] = [chain[i - 1]!, chain[i]!];
    const evidence = [quote(`${later} came after ${earlier}`)];
    if (i % 3 === 1) relations.push({ type: 'FOLLOWED', from: later, to: earlier, evidence });
    else if (i % 3 === 2) relations.push({ type: 'TRIGGERED', from: earlier, to: later, evidence });
    else relations.push({ type: 'PART_OF_EVENT', from: later, to: earlier, evidence });
  }
  return { nodes: chain.map((id) => undatedEvent(id, quote)), relations };
});
// A second article: an event before the chain's first, which every event of the chain now follows.
const prelude = 'event:test-chain-prelude';
const preludeFile = writeArticle('test-chain-prelude', (quote) => ({
  references: [chain[0]!],
  nodes: [undatedEvent(prelude, quote)],
  relations: [{ type: 'FOLLOWED', from: chain[0]!, to: prelude, evidence: [quote('the chain began after the prelude')] }],
}));

async function clear(): Promise<void> {
  await unloadArticle(db, 'article:test-chain-prelude');
  await unloadArticle(db, 'article:test-chain');
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

describe('the sequence stored at load', () => {
  it('equals the walk on the seed: the talks and the war after the raid, the ceasefire after the war', async () => {
    const walked = await expectStoredEqualsWalk();
    expect(walked.get('event:october-7-raid')).toBe(0);
    expect(walked.get('event:gaza-war')).toBe(1);
    expect(walked.get('event:us-hamas-direct-talks')).toBe(1);
    expect(walked.get('event:israel-hamas-ceasefire')).toBe(2);
    expect(walked.get('event:leavitt-remarks')).toBe(2);
  });

  it('equals the walk on a generated chain, counting at most four relations back', async () => {
    await loadArticle(db, { annotations: chainFile });
    const walked = await expectStoredEqualsWalk();
    expect(chain.map((id) => walked.get(id))).toEqual([0, 1, 2, 3, 4, 4, 4, 4]);
  });

  it('is recomputed for the chain when another article puts an event in front of it, and restored by its unload', async () => {
    const before = await graphSnapshot(db);
    await loadArticle(db, { annotations: preludeFile });
    let walked = await expectStoredEqualsWalk();
    expect([prelude, ...chain].map((id) => walked.get(id))).toEqual([0, 1, 2, 3, 4, 4, 4, 4, 4]);

    await unloadArticle(db, 'article:test-chain-prelude');
    walked = await expectStoredEqualsWalk();
    expect(chain.map((id) => walked.get(id))).toEqual([0, 1, 2, 3, 4, 4, 4, 4]);
    expectSameGraph(await graphSnapshot(db), before);
  });
});

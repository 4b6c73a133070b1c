import { loadArticle, seedFiles, type AnnotationFile, type AnnotationNode, type AnnotationRelation } from '../../src/ingest';
import type { OrganizationNode } from '../../src/ingest/types';
import { nodeAt, seedAnnotations, tempFolder, writeAnnotations } from '../fixtures/annotations';
import { graphSnapshot, removeArticles, type GraphSnapshot } from '../fixtures/graph';
import { testDatabase } from '../support/database';

const db = testDatabase();
const folder = tempFolder('load-replace-');
const seedArticle = 'article:us-hamas-direct-talks';
const other = 'article:test-regional-talks';
let seedOnly: GraphSnapshot;

/** A second article over the same text that shares Hamas and Egypt with the seed and adds nodes of its own. */
function otherArticle(): AnnotationFile {
  const seed = seedAnnotations();
  const hamas = nodeAt(seed, 'org:hamas').node as OrganizationNode;
  const nodes: AnnotationNode[] = [
    { ...hamas, aliases: [...(hamas.aliases ?? []), 'Harakat al-Muqawama al-Islamiya'] },
    nodeAt(seed, 'org:egypt').node,
    {
      id: 'place:middle-east',
      type: 'Place',
      name: 'Middle East',
      aliases: [],
      evidence: [{ quote: 'Middle East diplomacy', occurrence: 1 }],
    },
    {
      id: 'event:test-regional-talks',
      type: 'Event',
      kind: 'talks',
      title: 'Regional talks',
      summary: 'Talks in the region.',
      date: { text: null, precision: 'unknown' },
      evidence: ['Future talks may see increased involvement from neighboring countries'],
    },
  ];
  const relations: AnnotationRelation[] = [
    {
      type: 'PARTICIPATED_IN',
      from: 'org:hamas',
      to: 'event:test-regional-talks',
      role: 'party',
      side: 'org:hamas',
      evidence: ['direct engagement between the US and Hamas'],
    },
    {
      type: 'PARTICIPATED_IN',
      from: 'org:egypt',
      to: 'event:test-regional-talks',
      role: 'mediator',
      evidence: ['The involvement of Egyptian and Qatari mediators'],
    },
    {
      type: 'OCCURRED_IN',
      from: 'event:test-regional-talks',
      to: 'place:middle-east',
      evidence: ['which could help stabilize the region'],
    },
  ];
  return { article: { ...seed.article, id: other, title: 'Regional talks (test)' }, nodes, relations };
}

async function load(name: string, doc: AnnotationFile) {
  return loadArticle(db, { annotations: writeAnnotations(folder.dir, name, doc) });
}

beforeAll(async () => {
  await removeArticles(db, [seedArticle, other]);
  await loadArticle(db, seedFiles);
  seedOnly = await graphSnapshot(db);
});

afterAll(async () => {
  await removeArticles(db, [seedArticle, other]);
  await db.close();
  folder.cleanup();
});

const aliases = async (id: string) => (await db.read('MATCH (n:Node {id: $id}) RETURN n.aliases AS aliases', { id }))[0]?.aliases;

describe('loading an edited annotation file for the same article', () => {
  it('adds a second article beside the seed, sharing its entities and merging their aliases', async () => {
    const summary = await load('other.json', otherArticle());
    expect(summary.written).toEqual({ nodes: 4, relationships: 3, mentions: 4 });
    expect(await aliases('org:hamas')).toEqual(['Harakat al-Muqawama al-Islamiya', 'Islamist group', 'the Islamist group']);
    const now = await graphSnapshot(db);
    // What the seed says (its mentions and its evidence records) is all still there, word for word.
    expect(now.content).toEqual(expect.arrayContaining(seedOnly.content.filter((line) => line.includes(`"article":"${seedArticle}"`))));
    const mentions = await db.read("MATCH (:Node {id: 'org:hamas'})-[m:MENTIONED_IN]->(a:Article) RETURN a.id AS article ORDER BY article");
    expect(mentions.map((row) => row.article)).toEqual([other, seedArticle]);
  });

  it("replaces that article's facts: dropped nodes, relations and aliases go, changed ones change, the seed's stay", async () => {
    const edited = otherArticle();
    edited.nodes = edited.nodes.filter((node) => node.id !== 'place:middle-east' && node.id !== 'org:egypt');
    (edited.nodes[0] as { aliases: string[] }).aliases = ['the Islamist group'];
    edited.relations = [{ ...edited.relations[0]!, role: 'negotiator' }];

    const summary = await load('other.json', edited);
    expect(summary.removed).toEqual({ relationships: 2, mentions: 2, nodes: 1 });
    expect(summary.labels).toEqual({ Node: 3, Article: 1, Entity: 1, Organization: 1, Event: 1 });
    expect(summary.relationshipTypes).toEqual({ MENTIONED_IN: 2, PARTICIPATED_IN: 1 });

    expect(await db.read("MATCH (n:Node {id: 'place:middle-east'}) RETURN n")).toEqual([]);
    const egypt = await db.read(
      "MATCH (:Node {id: 'org:egypt'})-[r]->(x) WHERE NOT r:MENTIONED_IN MATCH (e:Evidence {fact: r.key}) RETURN type(r) AS type, e.article AS article, x.id AS to ORDER BY type, to",
    );
    expect(egypt.every((row) => row.article === seedArticle)).toBe(true);
    expect(egypt.length).toBe(2);
    const [role] = await db.read(
      "MATCH (e:Evidence {article: $other, type: 'PARTICIPATED_IN', from: 'org:hamas'}) RETURN e.role AS role, e.side AS side",
      { other },
    );
    expect(role).toEqual({ role: 'negotiator', side: 'org:hamas' });
    // Hamas' name from the other article is gone; the seed's names remain, and so does everything else the seed wrote.
    expect(await aliases('org:hamas')).toEqual(['Islamist group', 'the Islamist group']);
    expect((await graphSnapshot(db)).content).toEqual(
      expect.arrayContaining(seedOnly.content.filter((line) => line.includes(`"article":"${seedArticle}"`))),
    );

    const before = await graphSnapshot(db);
    await load('other.json', edited);
    expect((await graphSnapshot(db)).content).toEqual(before.content);
  });

  it('leaves exactly the seed (and the empty Article) when the other article is loaded with no facts', async () => {
    const empty = { ...otherArticle(), nodes: [], relations: [] };
    const summary = await load('other.json', empty);
    expect(summary.removed).toEqual({ relationships: 1, mentions: 2, nodes: 1 });
    const now = await graphSnapshot(db);
    expect(now.content.filter((line) => !line.includes(`"${other}"`))).toEqual(seedOnly.content);
    expect(now.nodes).toBe(seedOnly.nodes + 1);
  });
});

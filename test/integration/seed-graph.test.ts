import { loadArticle, seedFiles, type LoadSummary } from '../../src/ingest';
import { testDatabase } from '../support/database';
import { sliceCodePoints as slice } from '../fixtures/annotations';
import { expectSameGraph, graphSnapshot, removeArticles } from '../fixtures/graph';

const db = testDatabase();
const article = 'article:us-hamas-direct-talks';
let summary: LoadSummary;

beforeAll(async () => {
  await removeArticles(db, [article]);
  summary = await loadArticle(db, seedFiles);
});

afterAll(async () => {
  await removeArticles(db, [article]);
  await db.close();
});

describe('the seed article in Neo4j', () => {
  it('reports what it loaded: counts per label and relationship type', () => {
    expect(summary.written).toEqual({ nodes: 54, relationships: 92, mentions: 54 });
    expect(summary.removed).toEqual({ relationships: 0, mentions: 0, nodes: 0 });
    expect(summary.labels).toMatchObject({
      Node: 55,
      Article: 1,
      Entity: 19,
      Person: 7,
      Organization: 10,
      Place: 2,
      Event: 18,
      Claim: 5,
      Statement: 6,
    });
    expect(summary.relationshipTypes).toMatchObject({ MENTIONED_IN: 54, PARTICIPATED_IN: 33 });
    const relations = Object.entries(summary.relationshipTypes).filter(([type]) => type !== 'MENTIONED_IN');
    expect(relations.reduce((total, [, count]) => total + count, 0)).toBe(92);
  });

  it('stores the Article with its text, hash and provenance', async () => {
    const [row] = await db.read('MATCH (a:Node:Article {id: $article}) RETURN a {.*} AS a', { article });
    expect(row?.a).toMatchObject({
      title: 'US-Hamas Talks: A Historic Shift in Middle East Diplomacy',
      textFile: 'us-hamas-direct-talks.txt',
      textSha256: 'e34c60bad4b139aad16cd2ebadb1a350c640c13b7c0544879e236c8bf11b5a91',
      source: expect.stringContaining('Web article'),
    });
    expect(row?.a).not.toHaveProperty('published');
    expect((row?.a as { text: string }).text).toMatch(/^US-Hamas Talks: A Historic Shift/);
  });

  it('has Boehler leading the direct talks on the US side, with Egypt and Qatar mediating', async () => {
    const lead = await db.read(
      `MATCH (p:Person)-[r:PARTICIPATED_IN]->(e:Event {id: 'event:us-hamas-direct-talks'})
       WHERE r.role = 'lead negotiator'
       RETURN p.id AS person, p.name AS name, r.side AS side, e.kind AS kind`,
    );
    expect(lead).toEqual([{ person: 'person:adam-boehler', name: 'Adam Boehler', side: 'org:united-states', kind: 'talks' }]);
    const parties = await db.read(
      `MATCH (o)-[r:PARTICIPATED_IN {role: 'party'}]->(:Event {id: 'event:us-hamas-direct-talks'}) RETURN o.id AS id, r.side AS side ORDER BY id`,
    );
    expect(parties).toEqual([
      { id: 'org:hamas', side: 'org:hamas' },
      { id: 'org:united-states', side: 'org:united-states' },
    ]);
    const mediators = await db.read(
      `MATCH (m:Organization)-[:PARTICIPATED_IN {role: 'mediator'}]->(:Event {id: 'event:us-hamas-direct-talks'}) RETURN m.name AS name ORDER BY name`,
    );
    expect(mediators.map((row) => row.name)).toEqual(['Egypt', 'Qatar']);
  });

  it("has Witkoff's proposal trade half of Hamas's remaining hostages for an extension and a promise, without Palestinian prisoners", async () => {
    const [proposal] = await db.read(
      `MATCH (w:Person)-[:PROPOSED]->(p:Proposal {id: 'proposal:witkoff-ceasefire-proposal'})-[:ADDRESSED_TO]->(to)
       RETURN w.name AS proposer, p.status AS status, to.id AS addressee`,
    );
    expect(proposal).toEqual({ proposer: 'Steve Witkoff', status: 'proposed', addressee: 'org:hamas' });
    const terms = await db.read(
      `MATCH (:Proposal {id: 'proposal:witkoff-ceasefire-proposal'})-[:HAS_TERM]->(t:Term)-[:BINDS]->(party)
       RETURN t.kind AS kind, t.text AS text, t.inExchangeFor AS inExchangeFor, party.id AS binds ORDER BY kind`,
    );
    expect(terms).toEqual([
      {
        kind: 'exchange',
        text: 'Hamas releases half of its remaining hostages',
        inExchangeFor: ['a ceasefire extension', 'a promise to negotiate a lasting truce'],
        binds: 'org:hamas',
      },
      { kind: 'omission', text: 'releasing more Palestinian prisoners', inExchangeFor: null, binds: 'org:israel' },
    ]);
    const [half] = await db.read(
      `MATCH (c:Claim)-[:ABOUT]->(:Term {kind: 'exchange'})<-[:HAS_TERM]-(:Proposal {id: 'proposal:witkoff-ceasefire-proposal'})
       RETURN c.qualifier AS qualifier, c.value AS value`,
    );
    expect(half).toEqual({ qualifier: 'half', value: 0.5 });
  });

  it('keeps the figures with their qualifiers, as floats, with their sources', async () => {
    const claims = await db.read(
      `MATCH (c:Claim) WHERE c.qualifier IN ['over', 'about', 'at least', 'exactly']
       OPTIONAL MATCH (source)-[:CLAIMED]->(c)
       RETURN c.figure AS figure, c.qualifier AS qualifier, c.value AS value, valueType(c.value) AS type, c.unit AS unit, source.id AS source
       ORDER BY value DESC`,
    );
    expect(claims).toEqual([
      { figure: 'over 1,200', qualifier: 'over', value: 1200, type: 'FLOAT NOT NULL', unit: 'people killed', source: null },
      {
        figure: 'at least 35',
        qualifier: 'at least',
        value: 35,
        type: 'FLOAT NOT NULL',
        unit: 'bodies of hostages held in Gaza',
        source: 'org:israeli-officials',
      },
      {
        figure: 'about 24',
        qualifier: 'about',
        value: 24,
        type: 'FLOAT NOT NULL',
        unit: 'living hostages held in Gaza',
        source: 'org:israeli-officials',
      },
      {
        figure: 'Four',
        qualifier: 'exactly',
        value: 4,
        type: 'FLOAT NOT NULL',
        unit: 'other US hostages declared dead, bodies not recovered',
        source: 'org:israeli-officials',
      },
    ]);
    const [toll] = await db.read(`MATCH (:Claim {figure: 'over 1,200'})-[:ABOUT]->(e:Event) RETURN e.id AS event`);
    expect(toll).toEqual({ event: 'event:october-7-raid' });
  });

  it('keeps the statements verbatim with their speakers, the quote at its offsets in the text', async () => {
    const statements = await db.read(
      `MATCH (speaker)-[:STATED]->(s:Statement), (a:Article {id: $article})
       WHERE s.id IN ['statement:leavitt-dialogue', 'statement:trump-finish-the-job']
       RETURN speaker.name AS speaker, s.quote AS quote, s.quoteStart AS start, s.quoteEnd AS end, a.text AS text ORDER BY speaker`,
      { article },
    );
    expect(statements.map(({ speaker, quote }) => ({ speaker, quote }))).toEqual([
      {
        speaker: 'Donald Trump',
        quote: 'I am sending Israel everything it needs to finish the job.',
      },
      {
        speaker: 'Karoline Leavitt',
        quote:
          'Look, dialogue and talking to people around the world to do what’s in the best interest of the American people is something that the president… believes is a good-faith effort to do what’s right for the American people',
      },
    ]);
    for (const { quote, start, end, text } of statements) expect(slice(text as string, start as number, end as number)).toBe(quote);
  });

  it('orders the dated events: the 1997 designation, the October 7, 2023 raid, then the talks (open-ended)', async () => {
    const events = await db.read(
      `MATCH (e:Event) WHERE e.id IN ['event:hamas-terrorist-designation', 'event:october-7-raid', 'event:us-hamas-direct-talks']
       RETURN e.id AS id, e.datePrecision AS precision, e.dateText AS text, toString(e.earliest) AS earliest, toString(e.latest) AS latest
       ORDER BY e.earliest, e.latest`,
    );
    expect(events).toEqual([
      { id: 'event:hamas-terrorist-designation', precision: 'year', text: '1997', earliest: '1997-01-01', latest: '1997-12-31' },
      { id: 'event:october-7-raid', precision: 'day', text: 'October 7, 2023', earliest: '2023-10-07', latest: '2023-10-07' },
      { id: 'event:us-hamas-direct-talks', precision: 'unknown', text: 'recent', earliest: '2023-10-07', latest: null },
    ]);
    const [check] = await db.read(
      `MATCH (t:Event {id: 'event:us-hamas-direct-talks'}), (r:Event {id: 'event:october-7-raid'})
       RETURN t.earliest >= date('2023-10-07') AS afterRaid, t.latest IS NULL AS open, valueType(t.earliest) AS type, EXISTS { (t)-[:FOLLOWED]->(r) } AS followed`,
    );
    expect(check).toEqual({ afterRaid: true, open: true, type: 'DATE NOT NULL', followed: true });
  });

  it('stores on every dated Event its interval as span (days since 1970, an open latest as 9999-12-31), and keeps it on reload', async () => {
    const days = (iso: string): number =>
      Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / 86_400_000;
    const spans = async () =>
      (
        await db.read(
          `MATCH (e:Event) WHERE e.earliest IS NOT NULL
           RETURN e.id AS id, toString(e.earliest) AS earliest, toString(e.latest) AS latest, e.span.x AS x, e.span.y AS y, e.span.srid AS srid
           ORDER BY id`,
        )
      ).map((row) => ({
        id: row.id,
        x: row.x,
        y: row.y,
        srid: row.srid,
        expected: { x: days(String(row.earliest)), y: days(row.latest === null ? '9999-12-31' : String(row.latest)), srid: 7203 },
      }));
    const before = await spans();
    expect(before.length).toBeGreaterThanOrEqual(3);
    expect(before.some((row) => row.expected.y === 2_932_896)).toBe(true);
    for (const row of before) expect({ id: row.id, x: row.x, y: row.y, srid: row.srid }).toEqual({ id: row.id, ...row.expected });
    const [undated] = await db.read('MATCH (e:Event) WHERE e.earliest IS NULL AND e.span IS NOT NULL RETURN count(e) AS n');
    expect(undated?.n).toBe(0);
    await loadArticle(db, seedFiles);
    expect(await spans()).toEqual(before);
  });

  it('stores for every mention and every fact in the graph evidence that equals the article text at its offsets', async () => {
    const texts = new Map(
      (await db.read('MATCH (a:Article) RETURN a.id AS id, a.text AS text')).map((row) => [row.id, Array.from(row.text as string)]),
    );
    const rows = await db.read(
      `MATCH (a)-[r:MENTIONED_IN]->(b) WHERE r.reference IS NULL
       RETURN a.id AS from, type(r) AS type, b.id AS to, r.article AS article, r.evidence AS evidence, r.evidenceStart AS starts, r.evidenceEnd AS ends
       UNION ALL
       MATCH (a)-[r]->(b) WHERE NOT r:MENTIONED_IN
       MATCH (e:Evidence {fact: r.key})
       RETURN a.id AS from, type(r) AS type, b.id AS to, e.article AS article, e.evidence AS evidence, e.evidenceStart AS starts, e.evidenceEnd AS ends`,
    );
    const seedRows = rows.filter((row) => row.article === article);
    expect(seedRows).toHaveLength(92 + 54);
    const [unsupported] = await db.read(
      'MATCH ()-[r]->() WHERE NOT r:MENTIONED_IN AND NOT EXISTS { MATCH (:Evidence {fact: r.key}) } RETURN count(r) AS n',
    );
    expect(unsupported?.n).toBe(0);
    let quotes = 0;
    for (const row of rows) {
      const where = `${String(row.from)} -[${String(row.type)}]-> ${String(row.to)}`;
      const text = texts.get(row.article);
      expect({ where, hasArticle: text !== undefined }).toEqual({ where, hasArticle: true });
      const evidence = row.evidence as string[];
      expect(evidence.length).toBeGreaterThan(0);
      expect((row.starts as number[]).length).toBe(evidence.length);
      evidence.forEach((quote, index) => {
        const found = slice(text!, (row.starts as number[])[index]!, (row.ends as number[])[index]!);
        expect({ where, index, found }).toEqual({ where, index, found: quote });
        quotes += 1;
      });
    }
    expect(quotes).toBeGreaterThan(200);
  });

  it('changes nothing when loaded again: the same nodes, relationships and properties', async () => {
    const before = await graphSnapshot(db);
    const again = await loadArticle(db, seedFiles);
    expectSameGraph(await graphSnapshot(db), before);
    expect(again.labels).toEqual(summary.labels);
    expect(again.relationshipTypes).toEqual(summary.relationshipTypes);
    expect(again.removed).toEqual({ relationships: 0, mentions: 0, nodes: 0 });
  });
});

import path from 'node:path';
import { QueryLibrary } from '../../src/db';
import { loadArticle, unloadArticle, type ArticleFiles } from '../../src/ingest';
import { startGraphqlServer, type GraphqlServer } from '../../src/server';
import { testDatabase } from '../support/database';
import { postGraphql } from '../support/http';
import { testServerConfig } from '../support/seededServer';

/**
 * Table sides: the Doha fixture seats the US (and its envoy Witkoff) with Israel on one side of the table and
 * Hamas on the other, while each delegation still represents its own state (`side`).
 */
const db = testDatabase();
const queries = QueryLibrary.load(['negotiations', 'negotiation-network']);
const doha = {
  id: 'article:test-doha-round',
  files: { annotations: path.join(__dirname, '..', 'fixtures', 'articles', 'doha-round.annotations.json') } satisfies ArticleFiles,
};
const seedId = 'article:us-hamas-direct-talks';
const talks = 'event:doha-talks-march-2025';

const idOf = (value: unknown): string => (value as { id: string }).id;

async function counterparts(actorId: string): Promise<string[]> {
  const rows = await db.read(queries.get('negotiations'), {
    actorId,
    rollUp: false,
    limit: 50,
    mediators: true,
    sides: true,
    brief: false,
  });
  return rows.map((row) => idOf(row.counterpart));
}

async function pairs(): Promise<string[][]> {
  const rows = await db.read(queries.get('negotiation-network'), { rollUp: false, limit: 100 });
  return rows.map((row) => [row.source as string, row.target as string]);
}

let server: GraphqlServer;

beforeAll(async () => {
  await unloadArticle(db, seedId);
  await unloadArticle(db, doha.id);
  await loadArticle(db, doha.files);
  server = await startGraphqlServer(db, QueryLibrary.load(), testServerConfig);
});

afterAll(async () => {
  await server.stop();
  await unloadArticle(db, doha.id);
  await db.close();
});

describe('negotiation sides with the Doha article loaded', () => {
  it('stores the table side per article in Evidence and resolves it onto the participation', async () => {
    const rows = await db.read(
      `MATCH (a:Node)-[r:PARTICIPATED_IN]->(:Event {id: $talks}), (e:Evidence {fact: r.key})
       RETURN a.id AS actor, r.side AS side, r.table AS table, e.table AS evidenceTable, e.article AS article ORDER BY actor`,
      { talks },
    );
    const byRole = rows.filter((row) => row.actor !== 'org:egypt' && row.actor !== 'org:qatar');
    expect(byRole).toEqual([
      { actor: 'org:hamas', side: 'org:hamas', table: 'org:hamas', evidenceTable: 'org:hamas', article: doha.id },
      { actor: 'org:israel', side: 'org:israel', table: 'org:israel', evidenceTable: 'org:israel', article: doha.id },
      { actor: 'org:united-states', side: 'org:united-states', table: 'org:israel', evidenceTable: 'org:israel', article: doha.id },
      { actor: 'person:steve-witkoff', side: 'org:united-states', table: 'org:israel', evidenceTable: 'org:israel', article: doha.id },
    ]);
  });

  it('never makes the US and Israel, seated on one table side, counterparts; both face Hamas', async () => {
    expect(await counterparts('org:united-states')).toEqual(['org:hamas']);
    expect(await counterparts('org:israel')).toEqual(['org:hamas']);
    expect(await counterparts('person:steve-witkoff')).toEqual(['org:hamas']);
    expect(await counterparts('org:hamas')).toEqual(expect.arrayContaining(['org:israel', 'org:united-states', 'person:steve-witkoff']));
    expect(await counterparts('org:hamas')).not.toContain('org:hamas');
  });

  it('draws no network edge between delegations at one table side', async () => {
    const network = await pairs();
    expect(network).toEqual(
      expect.arrayContaining([
        ['org:hamas', 'org:israel'],
        ['org:hamas', 'org:united-states'],
        ['org:hamas', 'person:steve-witkoff'],
      ]),
    );
    const together = ['org:israel', 'org:united-states', 'person:steve-witkoff'];
    expect(network.filter(([a, b]) => together.includes(a!) && together.includes(b!))).toEqual([]);
  });

  it('falls back to the side represented where no table side is given', async () => {
    // The US-Hamas direct talks carry sides but no table: Boehler (for the US) still faces Hamas.
    expect(await counterparts('person:adam-boehler')).toEqual(['org:hamas']);
  });

  it('shows the table beside the side through GraphQL, on participations and negotiation roles', async () => {
    const { body } = await postGraphql(
      server.url,
      `query ($talks: ID!) {
         talks: entity(id: $talks) { ... on Event { participants(roles: ["party", "lead negotiator"], first: 10) { actor { ... on Node { id } } side { ... on Node { id } } table } } }
         negotiations(actorId: "org:hamas") { counterpart { ... on Node { id } } roles { side actor { ... on Node { id } } table event { id } } }
       }`,
      { talks },
    );
    expect(body.errors).toBeUndefined();
    const data = body.data as Record<string, any>;
    expect(data.talks.participants).toEqual(
      expect.arrayContaining([
        { actor: { id: 'org:united-states' }, side: { id: 'org:united-states' }, table: 'org:israel' },
        { actor: { id: 'org:israel' }, side: { id: 'org:israel' }, table: 'org:israel' },
        { actor: { id: 'org:hamas' }, side: { id: 'org:hamas' }, table: 'org:hamas' },
        { actor: { id: 'person:steve-witkoff' }, side: { id: 'org:united-states' }, table: 'org:israel' },
      ]),
    );
    const withIsrael = (data.negotiations as Record<string, any>[]).find((n) => n.counterpart.id === 'org:israel');
    expect(withIsrael?.roles).toEqual([
      { side: 'ACTOR', actor: { id: 'org:hamas' }, table: 'org:hamas', event: { id: talks } },
      { side: 'COUNTERPART', actor: { id: 'org:israel' }, table: 'org:israel', event: { id: talks } },
    ]);
  });
});

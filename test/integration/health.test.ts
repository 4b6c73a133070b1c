import { loadConfig } from '../../src/config';
import { Database, QueryLibrary } from '../../src/db';
import { startGraphqlServer, type GraphqlServer } from '../../src/server';
import { testDatabase } from '../support/database';
import { postGraphql } from '../support/http';

const config = { ...loadConfig(), http: { host: '127.0.0.1', port: 0 } };

describe('the health field', () => {
  let db: Database;
  let server: GraphqlServer;

  afterEach(async () => {
    await server?.stop();
    await db?.close();
  });

  it('answers true when Neo4j answers', async () => {
    db = testDatabase();
    server = await startGraphqlServer(db, QueryLibrary.load(), config);
    const response = await postGraphql(server.url, '{ health { ok database } }');
    expect(response).toEqual({ status: 200, body: { data: { health: { ok: true, database: true } } } });
  });

  it('answers false, and the server stays up, when the configured database cannot be reached', async () => {
    db = Database.connect('bolt://127.0.0.1:9', { user: 'neo4j', password: 'x' }, { queryTimeoutMs: 1000 });
    server = await startGraphqlServer(db, QueryLibrary.load(), config);
    const first = await postGraphql(server.url, '{ health { ok database } }');
    expect(first).toEqual({ status: 200, body: { data: { health: { ok: false, database: false } } } });
    const second = await postGraphql(server.url, '{ health { database } }');
    expect(second.body).toEqual({ data: { health: { database: false } } });
  });
});

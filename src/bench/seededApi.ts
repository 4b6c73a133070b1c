import { loadConfig } from '../config';
import { applySchema, connect, QueryLibrary, type Connection } from '../db';
import { loadArticle, seedFiles } from '../ingest';
import { startGraphqlServer, type GraphqlServer } from '../server';

/**
 * Runs `work` against the API served on a free loopback port over the configured database (the local one,
 * attached to when it runs), with the seed loaded: what the fuzz and the HTTP benchmark aim at.
 */
export async function withSeededApi<T>(
  log: (line: string) => void,
  work: (server: GraphqlServer, connection: Connection) => Promise<T>,
): Promise<T> {
  const config = loadConfig();
  const connection = await connect(config, log, 'diplomacy-graph-checks');
  let server: GraphqlServer | undefined;
  try {
    await applySchema(connection.db);
    await loadArticle(connection.db, seedFiles);
    server = await startGraphqlServer(connection.db, QueryLibrary.load(), { ...config, http: { host: '127.0.0.1', port: 0 } });
    log(`API on ${server.url}`);
    return await work(server, connection);
  } finally {
    await server?.stop();
    await connection.close();
  }
}

/** POSTs one GraphQL request; returns the status, the error codes, and how long it took. */
export async function post(url: string, body: unknown): Promise<{ status: number; codes: string[]; ms: number; text: string }> {
  const started = performance.now();
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  const text = await response.text();
  const ms = performance.now() - started;
  let codes: string[] = [];
  try {
    const parsed = JSON.parse(text) as { errors?: { extensions?: { code?: string } }[] };
    codes = (parsed.errors ?? []).map((error) => error.extensions?.code ?? 'NO_CODE');
  } catch {
    codes = ['NOT_JSON'];
  }
  return { status: response.status, codes, ms, text };
}

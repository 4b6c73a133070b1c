import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { CorsOrigins } from '../../src/config';
import { QueryLibrary, type Database } from '../../src/db';
import { startGraphqlServer, type GraphqlServer } from '../../src/server';
import { testDatabase } from '../support/database';
import { testServerConfig } from '../support/seededServer';

/**
 * The HTTP front: the dashboard's files at /, the explorer page for browsers at /graphql, JSON clients unchanged,
 * the security headers and CORS_ORIGINS. A small stand-in for the built dashboard keeps this tier free of the
 * bundle (the browser tests serve the real one).
 */

const dashboardDir = mkdtempSync(path.join(os.tmpdir(), 'dashboard-'));
writeFileSync(path.join(dashboardDir, 'index.html'), '<!doctype html><title>dashboard page</title>');
writeFileSync(path.join(dashboardDir, 'explorer.html'), '<!doctype html><title>explorer page</title>');
writeFileSync(path.join(dashboardDir, 'dashboard.js'), 'void 0;');

let db: Database;
const servers: GraphqlServer[] = [];

async function serve(corsOrigins: CorsOrigins = []): Promise<string> {
  const server = await startGraphqlServer(db, QueryLibrary.load(), { ...testServerConfig, corsOrigins }, { dashboardDir });
  servers.push(server);
  return server.dashboardUrl.replace(/\/$/, '');
}

function postHealth(root: string, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(`${root}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query: '{ health { ok } }' }),
  });
}

beforeAll(() => {
  db = testDatabase();
});

afterAll(async () => {
  for (const server of servers) await server.stop();
  await db.close();
  rmSync(dashboardDir, { recursive: true, force: true });
});

describe('what the server serves', () => {
  let root: string;
  beforeAll(async () => {
    root = await serve();
  });

  it('serves the dashboard at / with a policy that names no other source', async () => {
    const response = await fetch(`${root}/`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await response.text()).toContain('dashboard page');
    const policy = response.headers.get('content-security-policy') ?? '';
    expect(policy).toContain("default-src 'self'");
    expect(policy).toContain("script-src 'self';");
    expect(policy).not.toMatch(/https?:|\*/);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('x-frame-options')).toBe('DENY');
    expect((await fetch(`${root}/dashboard.js`)).headers.get('content-type')).toBe('text/javascript; charset=utf-8');
  });

  it('gives a browser the explorer at /graphql, and a JSON client the API as before', async () => {
    const page = await fetch(`${root}/graphql`, { headers: { accept: 'text/html,application/xhtml+xml,*/*;q=0.8' } });
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('explorer page');
    const answer = await postHealth(root, { accept: 'application/json' });
    expect(answer.status).toBe(200);
    expect(await answer.json()).toEqual({ data: { health: { ok: true } } });
    // A GET without a query is not for the explorer when it does not ask for HTML: Apollo answers it, as before.
    expect((await fetch(`${root}/graphql`, { headers: { accept: 'application/json' } })).status).toBe(400);
  });

  it('answers 404 for files it does not have, including paths that try to climb out of the dashboard', async () => {
    for (const url of ['/missing.js', '/../package.json', '/%2e%2e/package.json', '/%2e%2e%2fpackage.json', '/..%5cpackage.json']) {
      const response = await fetch(`${root}${url}`);
      expect([url, response.status]).toEqual([url, 404]);
    }
    expect((await fetch(`${root}/`, { method: 'POST' })).status).toBe(405);
  });

  it('refuses a malformed or oversized body with a message saying what is wrong', async () => {
    const broken = await fetch(`${root}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query": ' });
    expect(broken.status).toBe(400);
    expect(((await broken.json()) as { errors: { message: string }[] }).errors[0]!.message).toMatch(/^request body: expected JSON/);
    const huge = await fetch(`${root}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: `{ health { ok } }${' '.repeat(1_100_000)}` }),
    });
    expect(huge.status).toBe(413);
  });
});

describe('CORS_ORIGINS', () => {
  it('by default lets no other origin read the API (no CORS headers, preflight unanswered)', async () => {
    const root = await serve();
    const answer = await postHealth(root, { origin: 'http://elsewhere.example' });
    expect(answer.headers.get('access-control-allow-origin')).toBeNull();
    const preflight = await fetch(`${root}/graphql`, {
      method: 'OPTIONS',
      headers: { origin: 'http://elsewhere.example', 'access-control-request-method': 'POST' },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('lets the listed origins in, by name, and no others', async () => {
    const root = await serve(['http://analysts.example:8080']);
    const allowed = await postHealth(root, { origin: 'http://analysts.example:8080' });
    expect(allowed.headers.get('access-control-allow-origin')).toBe('http://analysts.example:8080');
    expect(allowed.headers.get('vary')).toContain('Origin');
    const preflight = await fetch(`${root}/graphql`, {
      method: 'OPTIONS',
      headers: {
        origin: 'http://analysts.example:8080',
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'content-type',
      },
    });
    expect(preflight.headers.get('access-control-allow-methods')).toContain('POST');
    expect(preflight.headers.get('access-control-allow-headers')).toContain('content-type');
    expect((await postHealth(root, { origin: 'http://analysts.example' })).headers.get('access-control-allow-origin')).toBeNull();
  });

  it("lets any origin in when asked with '*'", async () => {
    const root = await serve('*');
    expect((await postHealth(root, { origin: 'http://anyone.example' })).headers.get('access-control-allow-origin')).toBe('*');
  });
});

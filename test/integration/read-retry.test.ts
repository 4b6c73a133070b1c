import net from 'node:net';
import { loadConfig } from '../../src/config';
import { Database } from '../../src/db';
import { UnavailableError } from '../../src/errors';

/**
 * Database.read runs auto-commit transactions, which the driver does not retry, so the gateway retries a read itself
 * on failures the driver calls retryable. Here the test Neo4j sits behind a loopback proxy that can cut every open
 * connection and refuse new ones for a while, as a network hiccup or a restarting database would.
 */

let proxy: net.Server;
let proxyPort = 0;
const open = new Set<net.Socket>();
let refuseUntil = 0;
let refused = 0;

beforeAll(async () => {
  const target = loadConfig().neo4j;
  if (target.kind !== 'external') throw new Error('integration tests run under jest globalSetup, which sets NEO4J_URI');
  const upstream = new URL(target.uri);
  proxy = net.createServer((client) => {
    if (Date.now() < refuseUntil) {
      refused += 1;
      client.destroy();
      return;
    }
    const server = net.connect(Number(upstream.port), upstream.hostname);
    for (const socket of [client, server]) {
      open.add(socket);
      socket.on('close', () => open.delete(socket));
      socket.on('error', () => undefined);
    }
    client.pipe(server).pipe(client);
  });
  await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
  proxyPort = (proxy.address() as net.AddressInfo).port;
});

afterAll(async () => {
  for (const socket of open) socket.destroy();
  await new Promise((resolve) => proxy.close(resolve));
});

function throughProxy(): Database {
  const target = loadConfig().neo4j;
  if (target.kind !== 'external') throw new Error('no test Neo4j');
  return Database.connect(`bolt://127.0.0.1:${proxyPort}`, target, { queryTimeoutMs: 30_000 });
}

/** Cuts every connection the proxy holds and refuses new ones for `ms`. */
function outage(ms: number): void {
  refused = 0;
  refuseUntil = Date.now() + ms;
  for (const socket of open) socket.destroy();
}

it('retries a read through a short outage and answers once the database is reachable again', async () => {
  const db = throughProxy();
  try {
    expect(await db.read('RETURN 1 AS one')).toEqual([{ one: 1 }]);
    outage(700);
    const started = Date.now();
    expect(await db.read('RETURN 2 AS two')).toEqual([{ two: 2 }]);
    // It waited the outage out rather than failing at the first refused connection.
    expect(Date.now() - started).toBeGreaterThanOrEqual(600);
    expect(refused).toBeGreaterThanOrEqual(2);
  } finally {
    await db.close();
  }
});

it('gives up within the five-second retry budget, as UNAVAILABLE', async () => {
  const db = throughProxy();
  try {
    await db.read('RETURN 1 AS one');
    outage(20_000);
    const started = Date.now();
    await expect(db.read('RETURN 1 AS one')).rejects.toBeInstanceOf(UnavailableError);
    const waited = Date.now() - started;
    expect(waited).toBeGreaterThan(2_000);
    expect(waited).toBeLessThan(9_000);
  } finally {
    refuseUntil = 0;
    await db.close();
  }
}, 20_000);

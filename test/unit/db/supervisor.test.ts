import type { Connection } from '../../../src/db/connect';
import type { Database } from '../../../src/db';
import type { LocalNeo4j } from '../../../src/db/localNeo4j';
import { superviseDatabase } from '../../../src/db/supervisor';

/** A database whose pings fail, as a dead or frozen Neo4j's do, and which records being marked down. */
function failingDatabase() {
  let down: string | undefined;
  const db = {
    ping: () => Promise.resolve(false),
    markDown: (reason: string) => (down = reason),
    markUp: () => (down = undefined),
    get isDown() {
      return down !== undefined;
    },
  } as unknown as Database;
  return db;
}

/** A local Neo4j that exits `afterMs` after the test starts (never, for null), and a restart that fails. */
function localExiting(afterMs: number | null): Pick<Connection, 'local' | 'restartLocal'> {
  const exited = new Promise<string>((resolve) => {
    if (afterMs !== null) setTimeout(() => resolve('SIGKILL'), afterMs);
  });
  const local = { pid: 4242, uri: 'bolt://127.0.0.1:7999', auth: { user: 'neo4j', password: 'x' }, exited, stop: async () => {} };
  return { local: local as unknown as LocalNeo4j, restartLocal: () => Promise.reject(new Error('no JVM in a unit test')) };
}

async function linesAfter(connection: Connection, ms: number): Promise<string[]> {
  const lines: string[] = [];
  const stop = superviseDatabase(connection, (line) => lines.push(line), 20);
  await new Promise((resolve) => setTimeout(resolve, ms));
  stop();
  return lines;
}

const connection = (parts: Partial<Connection>): Connection => ({
  db: failingDatabase(),
  uri: 'bolt://127.0.0.1:7999',
  close: async () => {},
  ...parts,
});

describe('superviseDatabase', () => {
  it('reports a local JVM that exits just after a ping failed by its exit, not by the ping', async () => {
    const lines = await linesAfter(connection(localExiting(120)), 400);
    expect(lines.filter((line) => line.startsWith('database lost'))).toEqual([
      'database lost: the local Neo4j (pid 4242) exited (SIGKILL); GraphQL answers UNAVAILABLE until it is back',
    ]);
    expect(lines).toContain('restarting the local Neo4j (try 1 of 3)');
  });

  it('reports a failed ping when the local JVM does not exit (frozen), once the grace for its exit is over', async () => {
    const lines = await linesAfter(connection(localExiting(null)), 800);
    expect(lines).toEqual(['database lost: bolt://127.0.0.1:7999 does not answer a ping; GraphQL answers UNAVAILABLE until it is back']);
  });

  // A frozen JVM is reported by its ping; when it is then killed, its exit logs nothing more but must still restart it.
  it('restarts a local JVM that exits after the grace, when its failed ping was already reported', async () => {
    const lines = await linesAfter(connection(localExiting(1_000)), 1_300);
    expect(lines).toEqual([
      'database lost: bolt://127.0.0.1:7999 does not answer a ping; GraphQL answers UNAVAILABLE until it is back',
      'restarting the local Neo4j (try 1 of 3)',
      'restart 1 failed: no JVM in a unit test',
    ]);
  });

  it('logs nothing for a ping that failed before the supervisor stopped, once its grace is over', async () => {
    const lines: string[] = [];
    const watched = connection(localExiting(null));
    const stop = superviseDatabase(watched, (line) => lines.push(line), 20);
    // Stopped while the first failed ping waits for an exit that never comes (the grace ends about 0.5 s after it).
    await new Promise((resolve) => setTimeout(resolve, 150));
    stop();
    await new Promise((resolve) => setTimeout(resolve, 700));
    expect({ lines, down: watched.db.isDown }).toEqual({ lines: [], down: false });
  });

  // After the restarts gave up, the exited JVM is still the connection's local one; a database that answers on its URI
  // again (started by hand) and is then lost must be reported by its ping, not taken for that JVM's old exit.
  it('reports a lost ping after a comeback on the URI of a local JVM whose restarts gave up', async () => {
    jest.useFakeTimers();
    try {
      let answering = false;
      const db = failingDatabase();
      db.ping = () => Promise.resolve(answering);
      const lines: string[] = [];
      const stop = superviseDatabase(connection({ db, ...localExiting(50) }), (line) => lines.push(line), 20);
      // The exit, then three restarts over 0 + 2 + 8 s, all failing.
      await jest.advanceTimersByTimeAsync(11_000);
      expect(lines.at(-1)).toBe('gave up restarting the local Neo4j after 3 tries; restart the server');
      answering = true;
      await jest.advanceTimersByTimeAsync(100);
      answering = false;
      await jest.advanceTimersByTimeAsync(1_000);
      stop();
      expect(lines.filter((line) => line.startsWith('database'))).toEqual([
        'database lost: the local Neo4j (pid 4242) exited (SIGKILL); GraphQL answers UNAVAILABLE until it is back',
        'database back: bolt://127.0.0.1:7999 answers again',
        'database lost: bolt://127.0.0.1:7999 does not answer a ping; GraphQL answers UNAVAILABLE until it is back',
      ]);
      expect(db.isDown).toBe(true);
    } finally {
      jest.useRealTimers();
    }
  });

  it('reports a failed ping at once for a database this process does not run', async () => {
    const lines = await linesAfter(connection({}), 150);
    expect(lines).toEqual(['database lost: bolt://127.0.0.1:7999 does not answer a ping; GraphQL answers UNAVAILABLE until it is back']);
  });
});

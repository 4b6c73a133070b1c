import type { Connection } from './connect';
import type { LocalNeo4j } from './localNeo4j';

/** How often the supervisor pings the database (each ping is bounded by the ping timeout, 1 s by default). */
const superviseIntervalMs = 2_000;

/**
 * How long a failed ping waits for a local JVM's exit before reporting itself. A killed JVM also fails the ping in
 * flight, sometimes a moment before its exit is seen (under load: db-supervision.test.ts once read the ping's line
 * where it waited for the exit's); the exit says more, so it is given the chance to be the line logged.
 */
const exitGraceMs = 500;

/** Restarts of a dead local Neo4j, and the waits before each (a JVM that dies again at once is not respawned forever). */
const restartDelaysMs = [0, 2_000, 8_000];

/**
 * Watches the database behind `connection`: when it is lost (the local JVM exits, or a ping fails) it logs one
 * line and marks the gateway down, so queries fail as UNAVAILABLE at once instead of waiting on the driver;
 * when it answers again it logs one line and lets queries through. A local Neo4j this process started is
 * restarted (bounded tries, each logged) and the drivers rebuilt. Returns a function that stops watching.
 */
export function superviseDatabase(connection: Connection, log: (line: string) => void, intervalMs = superviseIntervalMs): () => void {
  const { db } = connection;
  let stopped = false;
  let restarting = false;
  const lost = (reason: string): void => {
    if (stopped || db.isDown) return;
    db.markDown(reason);
    log(`database lost: ${reason}; GraphQL answers UNAVAILABLE until it is back`);
  };
  const back = (): void => {
    db.markUp();
    log(`database back: ${connection.uri} answers again`);
  };

  const restart = async (): Promise<void> => {
    const start = connection.restartLocal;
    if (!start) return;
    restarting = true;
    try {
      for (const [index, delay] of restartDelaysMs.entries()) {
        await new Promise((resolve) => setTimeout(resolve, delay));
        if (stopped) return;
        log(`restarting the local Neo4j (try ${index + 1} of ${restartDelaysMs.length})`);
        let local: LocalNeo4j;
        try {
          local = await start();
        } catch (error) {
          log(`restart ${index + 1} failed: ${error instanceof Error ? error.message : String(error)}`);
          continue;
        }
        // Shut down while it was starting: this one is no longer wanted. (TypeScript keeps `stopped` narrowed to
        // false across the await above, though the shutdown may have set it meanwhile.)
        // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition
        if (stopped) {
          await local.stop();
          return;
        }
        connection.local = local;
        watch(local);
        await db.reconnect(local.uri, local.auth);
        back();
        return;
      }
      log(`gave up restarting the local Neo4j after ${restartDelaysMs.length} tries; restart the server`);
    } finally {
      restarting = false;
    }
  };
  // The local JVMs whose exit was seen. One stays the connection's after its restarts gave up, while a database
  // started by hand may answer on its URI and be lost again: that later loss is the ping's to report.
  const exitedLocals = new WeakSet<LocalNeo4j>();
  // Failed pings waiting for the exit. Kept here rather than each racing `exited`: a frozen JVM fails a ping every
  // interval, and each race would leave one more reaction on `exited` that never runs.
  const exitWaiters = new Set<() => void>();
  // A dead JVM is known at once from its exit; pings cover a frozen JVM and an external NEO4J_URI.
  const watch = (local: LocalNeo4j): void => {
    void local.exited.then((how) => {
      exitedLocals.add(local);
      for (const seen of exitWaiters) seen();
      exitWaiters.clear();
      if (stopped) return;
      lost(`the local Neo4j (pid ${local.pid}) exited (${how})`);
      void restart();
    });
  };
  if (connection.local) watch(connection.local);

  /**
   * Whether the local Neo4j (if this process runs one, still running) exits within `exitGraceMs`: its exit is then
   * what is reported.
   */
  const localExits = (): Promise<boolean> => {
    const local = connection.local;
    if (!local || exitedLocals.has(local)) return Promise.resolve(false);
    return new Promise((resolve) => {
      const seen = () => {
        clearTimeout(graceOver);
        resolve(true);
      };
      const graceOver = setTimeout(() => {
        exitWaiters.delete(seen);
        resolve(false);
      }, exitGraceMs);
      // As the ping interval: a wait for an exit does not hold the process open once everything else has stopped.
      graceOver.unref();
      exitWaiters.add(seen);
    });
  };

  let pinging = false;
  const timer = setInterval(() => {
    if (pinging || restarting) return;
    pinging = true;
    void db
      .ping()
      .then(async (answered) => {
        if (stopped || restarting) return;
        if (answered) {
          if (db.isDown) back();
        } else if (!(await localExits())) lost(`${connection.uri} does not answer a ping`);
      })
      .finally(() => (pinging = false));
  }, intervalMs);
  timer.unref();
  return () => {
    stopped = true;
    clearInterval(timer);
  };
}

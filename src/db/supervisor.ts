import type { Connection } from './connect';

/** How often the supervisor pings the database (each ping is bounded by the ping timeout, 1 s by default). */
export const superviseIntervalMs = 2_000;

/**
 * Watches the database behind `connection`: when it is lost (the local JVM exits, or a ping fails) it logs one
 * line and marks the gateway down, so queries fail as UNAVAILABLE at once instead of waiting on the driver;
 * when a ping answers again it logs one line and lets queries through. Returns a function that stops watching.
 */
export function superviseDatabase(connection: Connection, log: (line: string) => void, intervalMs = superviseIntervalMs): () => void {
  const { db, local } = connection;
  let stopped = false;
  const lost = (reason: string): void => {
    if (stopped || db.isDown) return;
    db.markDown(reason);
    log(`database lost: ${reason}; GraphQL answers UNAVAILABLE until it is back`);
  };
  // A dead JVM is known at once from its exit; pings cover a frozen JVM and an external NEO4J_URI.
  void local?.exited.then((how) => lost(`the local Neo4j (pid ${local.pid}) exited (${how})`));

  let pinging = false;
  const timer = setInterval(() => {
    if (pinging) return;
    pinging = true;
    void db
      .ping()
      .then((answered) => {
        if (stopped) return;
        if (!answered) lost(`${connection.uri} does not answer a ping`);
        else if (db.isDown) {
          db.markUp();
          log(`database back: ${connection.uri} answers again`);
        }
      })
      .finally(() => (pinging = false));
  }, intervalMs);
  timer.unref();
  return () => {
    stopped = true;
    clearInterval(timer);
  };
}

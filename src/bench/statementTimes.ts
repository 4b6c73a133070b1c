import type { Database } from '../db';

/** Time spent per named statement, in milliseconds, one entry per run. */
export type StatementTimes = Map<string, number[]>;

/**
 * Makes every write transaction of `db` record how long each statement took, by the name of its Cypher file
 * (inline statements count as "inline"), into the returned map until `stop` is called. For benchmarks only: it
 * wraps the gateway's method on this one object, so where a load spends its time shows without changing the loader.
 */
export function recordStatementTimes(db: Database): { times: StatementTimes; stop: () => void } {
  const times: StatementTimes = new Map();
  let recording = true;
  const writeTransaction = db.writeTransaction.bind(db);
  db.writeTransaction = (work, operation) =>
    writeTransaction(
      (tx) =>
        work({
          run: async (query, params) => {
            const started = performance.now();
            try {
              return await tx.run(query, params);
            } finally {
              if (recording) {
                const name = typeof query === 'string' ? 'inline' : query.name;
                times.set(name, [...(times.get(name) ?? []), performance.now() - started]);
              }
            }
          },
        }),
      operation,
    );
  return { times, stop: () => (recording = false) };
}

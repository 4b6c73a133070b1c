import neo4j, {
  Neo4jError,
  type Driver,
  type ManagedTransaction,
  type Plan,
  type Transaction as NeoTransaction,
  type QueryResult,
  type Session,
} from 'neo4j-driver';
import { UnavailableError } from '../errors';
import { parameterMismatch, type QueryFile } from './queryFile';

/** A row of a query result as a plain object; integers arrive as JavaScript numbers. */
export type Row = Record<string, unknown>;
export type Params = Record<string, unknown>;

/**
 * What the gateway runs: a file of a `QueryLibrary` (what the code runs: its name goes into the transaction's
 * metadata and the parameters passed are checked against its header), or inline Cypher (tests, `npm run cypher -- -e`).
 */
export type Statement = Pick<QueryFile, 'name' | 'text' | 'parameters'> | string;

/** What a write transaction may do: run statements that all commit or all roll back together. */
export interface Transaction {
  run(query: Statement, params?: Params): Promise<Row[]>;
}

export interface DatabaseOptions {
  database?: string;
  queryTimeoutMs: number;
  /** Shown in Neo4j's query log and `SHOW TRANSACTIONS`, so a researcher can tell the API's queries apart. */
  application?: string;
  /** Connections the query pool may hold (the driver's default is 100). */
  maxConnectionPoolSize?: number;
  /** How long a query waits for a free connection before it fails as UNAVAILABLE. */
  connectionAcquisitionTimeoutMs?: number;
  /** The longest `ping` waits before it answers false. */
  pingTimeoutMs?: number;
}

/**
 * How long a failure the driver calls retryable is retried: by the driver for transaction functions (writes), by
 * `read` for auto-commit reads, first after firstRetryDelayMs, then about twice as long each time. A few seconds,
 * not the driver's default 30: a client is waiting.
 */
const retryMs = 5_000;
const firstRetryDelayMs = 200;

/** Health answers false when the database has not answered a ping in this long. */
const defaultPingTimeoutMs = 1_000;

const unavailableCodes = new Set(['ServiceUnavailable', 'SessionExpired']);

/**
 * The database cannot serve this request now, though a retry may succeed: it does not answer, or every connection
 * of the pool is busy (the driver gives that one no code, only its message).
 */
function isUnavailable(error: unknown): boolean {
  const code = (error as { code?: unknown } | null | undefined)?.code;
  if (typeof code === 'string' && unavailableCodes.has(code)) return true;
  const message = (error as { message?: unknown } | null | undefined)?.message;
  return typeof message === 'string' && message.startsWith('Connection acquisition timed out');
}

/** The name the metadata gives a statement: its file's, or `inline` for Cypher that comes from no file. */
function nameOf(query: Statement): string {
  return typeof query === 'string' ? 'inline' : query.name;
}

function rows(result: QueryResult): Row[] {
  return result.records.map((record) => record.toObject());
}

/**
 * The one gateway to Neo4j: every session is opened and closed here, with timeouts and metadata set
 * here, and driver failures turned into the project's errors here.
 */
export class Database {
  /** Statements sent to Neo4j since this gateway was made; the round-trip tests and benchmarks read it. */
  statementCount = 0;
  /** Why the database is known to be down (set by the supervisor); queries then fail at once instead of waiting. */
  private downReason: string | undefined;

  constructor(
    private driver: Driver,
    private readonly options: DatabaseOptions,
    /** The driver `ping` uses: a pool of its own, so health answers while queries hold every query connection. */
    private probe: Driver = driver,
  ) {}

  /** Connects to `uri`; integers come back as numbers, which is safe for the counts and offsets this graph holds. */
  static connect(uri: string, auth: { user: string; password: string }, options: DatabaseOptions): Database {
    const { driver, probe } = Database.drivers(uri, auth, options);
    return new Database(driver, options, probe);
  }

  /** Swaps in fresh drivers for `uri` (a restarted Neo4j), so no query meets a connection to the dead one. */
  async reconnect(uri: string, auth: { user: string; password: string }): Promise<void> {
    const old = [this.driver, this.probe];
    ({ driver: this.driver, probe: this.probe } = Database.drivers(uri, auth, this.options));
    await Promise.all(old.map((driver) => driver.close().catch(() => undefined)));
  }

  private static drivers(
    uri: string,
    auth: { user: string; password: string },
    options: DatabaseOptions,
  ): { driver: Driver; probe: Driver } {
    const token = neo4j.auth.basic(auth.user, auth.password);
    const pingTimeout = options.pingTimeoutMs ?? defaultPingTimeoutMs;
    const driver = neo4j.driver(uri, token, {
      disableLosslessIntegers: true,
      maxConnectionPoolSize: options.maxConnectionPoolSize ?? 100,
      connectionAcquisitionTimeout: options.connectionAcquisitionTimeoutMs ?? 10_000,
      connectionTimeout: 5_000,
      maxTransactionRetryTime: retryMs,
    });
    const probe = neo4j.driver(uri, token, {
      disableLosslessIntegers: true,
      maxConnectionPoolSize: 2,
      connectionAcquisitionTimeout: pingTimeout,
      connectionTimeout: pingTimeout,
    });
    return { driver, probe };
  }

  /**
   * Runs a read-only query as an auto-commit transaction: RUN and PULL go in one round trip, where a transaction
   * function adds BEGIN and COMMIT, two more (three socket writes against one; `RETURN 1` p50 2.06 -> 1.37 ms on
   * this machine). A read commits nothing, so it is retried here as a transaction function would be, on failures
   * the driver calls retryable, for up to `retryMs`.
   */
  read(query: Statement, params: Params = {}): Promise<Row[]> {
    return this.session('READ', async (session) => {
      const started = Date.now();
      for (let delayMs = firstRetryDelayMs; ; delayMs *= 2) {
        try {
          return rows(await session.run(this.textToRun(query, params), params, this.txConfig({ query: nameOf(query) })));
        } catch (error) {
          // Jitter, so that requests that failed together do not all come back at the same moment.
          const wait = delayMs * (0.8 + 0.4 * Math.random());
          if (!Neo4jError.isRetryable(error) || Date.now() + wait - started > retryMs) throw error;
          await new Promise((resolve) => setTimeout(resolve, wait));
        }
      }
    });
  }

  /** Neo4j's plan for a read query, without running it (EXPLAIN); false when it gives none. */
  explain(query: Statement, params: Params = {}): Promise<Plan | false> {
    return this.session('READ', (session) =>
      session.executeRead(
        async (tx) => {
          this.statementCount += 1;
          return (await tx.run(`EXPLAIN ${typeof query === 'string' ? query : query.text}`, params)).summary.plan;
        },
        this.txConfig({ query: nameOf(query) }),
      ),
    );
  }

  /** Runs one write statement in its own transaction. */
  write(query: Statement, params: Params = {}): Promise<Row[]> {
    return this.session('WRITE', (session) =>
      session.executeWrite((tx) => this.runIn(tx, query, params), this.txConfig({ query: nameOf(query) })),
    );
  }

  /**
   * Runs `work` in one write transaction: everything it writes commits together or not at all. A transaction's
   * metadata is fixed when it begins, so it names the `operation`; each statement's text starts with its file's
   * header line, which `SHOW TRANSACTIONS` shows as the current query.
   */
  writeTransaction<T>(work: (tx: Transaction) => Promise<T>, operation = 'write-transaction'): Promise<T> {
    return this.session('WRITE', (session) =>
      session.executeWrite((tx) => work({ run: (query, params = {}) => this.runIn(tx, query, params) }), this.txConfig({ operation })),
    );
  }

  /**
   * Runs `work` in a write transaction that is always rolled back: it sees its own writes, and nothing it does
   * is ever committed (a dry run). Not retried: a rehearsal that fails reports the failure.
   */
  rehearse<T>(work: (tx: Transaction) => Promise<T>, operation = 'rehearsal'): Promise<T> {
    return this.session('WRITE', async (session) => {
      const tx = session.beginTransaction(this.txConfig({ operation }));
      try {
        return await work({ run: (query, params = {}) => this.runIn(tx, query, params) });
      } finally {
        await tx.rollback();
      }
    });
  }

  /** Schema statements (constraints, indexes) must each run in an auto-commit transaction of their own. */
  async schema(statement: string): Promise<void> {
    await this.session('WRITE', async (session) => {
      this.statementCount += 1;
      await session.run(statement, {}, this.txConfig({ operation: 'schema' }));
    });
  }

  /**
   * True when the database answers a trivial query within the ping timeout; never throws, never waits on the
   * driver's retries, and never waits behind queries for a connection (it has a pool of its own). A frozen
   * database gives false after the timeout, not a hung health check.
   */
  async ping(): Promise<boolean> {
    const timeoutMs = this.options.pingTimeoutMs ?? defaultPingTimeoutMs;
    const session = this.probe.session({
      defaultAccessMode: neo4j.session.READ,
      ...(this.options.database ? { database: this.options.database } : {}),
    });
    let timer: NodeJS.Timeout | undefined;
    const timedOut = new Promise<boolean>((resolve) => {
      timer = setTimeout(() => resolve(false), timeoutMs);
    });
    const answered = session.run('RETURN 1 AS ok', {}, { timeout: timeoutMs }).then(
      () => true,
      () => false,
    );
    try {
      return await Promise.race([answered, timedOut]);
    } finally {
      clearTimeout(timer);
      // A session stuck on a frozen server would hold close() too: let it finish in the background.
      void answered.finally(() => session.close().catch(() => undefined));
    }
  }

  /** Marks the database as lost: every query fails as UNAVAILABLE at once until `markUp`. */
  markDown(reason: string): void {
    this.downReason = reason;
  }

  markUp(): void {
    this.downReason = undefined;
  }

  get isDown(): boolean {
    return this.downReason !== undefined;
  }

  async close(): Promise<void> {
    await this.driver.close();
    if (this.probe !== this.driver) await this.probe.close();
  }

  /** Metadata shown in `SHOW TRANSACTIONS` and the query log: the application, and the query file or operation. */
  private txConfig(label: { query: string } | { operation: string }) {
    return { timeout: this.options.queryTimeoutMs, metadata: { app: this.options.application ?? 'diplomacy-graph', ...label } };
  }

  private async runIn(tx: ManagedTransaction | NeoTransaction, query: Statement, params: Params): Promise<Row[]> {
    return rows(await tx.run(this.textToRun(query, params), params));
  }

  /** The statement's text, once its parameters are checked against its file's header; counts it as sent. */
  private textToRun(query: Statement, params: Params): string {
    if (typeof query !== 'string') {
      // A mismatch is a bug in the calling code, found by any test that reaches it rather than by a null in an answer.
      const mismatch = parameterMismatch(query, params);
      if (mismatch !== null) throw new Error(mismatch);
    }
    this.statementCount += 1;
    return typeof query === 'string' ? query : query.text;
  }

  private async session<T>(mode: 'READ' | 'WRITE', work: (session: Session) => Promise<T>): Promise<T> {
    if (this.downReason !== undefined) throw new UnavailableError(`${UnavailableError.summary}: ${this.downReason}`);
    const session = this.driver.session({
      defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE,
      ...(this.options.database ? { database: this.options.database } : {}),
    });
    try {
      return await work(session);
    } catch (error) {
      if (isUnavailable(error)) {
        throw new UnavailableError(`${UnavailableError.summary}: ${(error as Error).message}`);
      }
      throw error;
    } finally {
      await session.close();
    }
  }
}

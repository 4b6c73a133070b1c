import neo4j, { type Driver, type ManagedTransaction, type QueryResult, type RecordShape, type Session } from 'neo4j-driver';
import { UnavailableError } from '../errors';

/** A row of a query result as a plain object; integers arrive as JavaScript numbers. */
export type Row = Record<string, unknown>;
export type Params = Record<string, unknown>;

/** What a write transaction may do: run statements that all commit or all roll back together. */
export interface Transaction {
  run(query: string, params?: Params): Promise<Row[]>;
}

export interface DatabaseOptions {
  database?: string;
  queryTimeoutMs: number;
  /** Shown in Neo4j's query log and `SHOW TRANSACTIONS`, so a researcher can tell the API's queries apart. */
  application?: string;
}

const unavailableCodes = new Set(['ServiceUnavailable', 'SessionExpired']);

function isUnavailable(error: unknown): boolean {
  const code = (error as { code?: unknown })?.code;
  return typeof code === 'string' && unavailableCodes.has(code);
}

function rows(result: QueryResult<RecordShape>): Row[] {
  return result.records.map((record) => record.toObject());
}

/**
 * The one gateway to Neo4j: every session is opened and closed here, with timeouts and metadata set
 * here, and driver failures turned into the project's errors here.
 */
export class Database {
  /** Statements sent to Neo4j since this gateway was made; the round-trip tests and benchmarks read it. */
  statementCount = 0;

  constructor(
    private readonly driver: Driver,
    private readonly options: DatabaseOptions,
  ) {}

  /** Connects to `uri`; integers come back as numbers, which is safe for the counts and offsets this graph holds. */
  static connect(uri: string, auth: { user: string; password: string }, options: DatabaseOptions): Database {
    const driver = neo4j.driver(uri, neo4j.auth.basic(auth.user, auth.password), {
      disableLosslessIntegers: true,
      connectionAcquisitionTimeout: 10_000,
      connectionTimeout: 5_000,
      // Transient failures are retried for a few seconds, not the driver's default 30: a client is waiting.
      maxTransactionRetryTime: 5_000,
    });
    return new Database(driver, options);
  }

  /** Runs a read-only query (retried by the driver on transient failures). */
  read(query: string, params: Params = {}): Promise<Row[]> {
    return this.session('READ', (session) => session.executeRead((tx) => this.runIn(tx, query, params), this.txConfig()));
  }

  /** Runs one write statement in its own transaction. */
  write(query: string, params: Params = {}): Promise<Row[]> {
    return this.writeTransaction((tx) => tx.run(query, params));
  }

  /** Runs `work` in one write transaction: everything it writes commits together or not at all. */
  writeTransaction<T>(work: (tx: Transaction) => Promise<T>): Promise<T> {
    return this.session('WRITE', (session) =>
      session.executeWrite((tx) => work({ run: (query, params = {}) => this.runIn(tx, query, params) }), this.txConfig()),
    );
  }

  /** Schema statements (constraints, indexes) must each run in an auto-commit transaction of their own. */
  async schema(statement: string): Promise<void> {
    await this.session('WRITE', async (session) => {
      this.statementCount += 1;
      await session.run(statement, {}, this.txConfig());
    });
  }

  /** True when the database answers a trivial query; never throws, and never waits on the driver's retries. */
  async ping(): Promise<boolean> {
    try {
      await this.session('READ', (session) => session.run('RETURN 1 AS ok', {}, this.txConfig()));
      return true;
    } catch {
      return false;
    }
  }

  close(): Promise<void> {
    return this.driver.close();
  }

  private txConfig() {
    return { timeout: this.options.queryTimeoutMs, metadata: { app: this.options.application ?? 'diplomacy-graph' } };
  }

  private async runIn(tx: ManagedTransaction, query: string, params: Params): Promise<Row[]> {
    this.statementCount += 1;
    return rows(await tx.run(query, params));
  }

  private async session<T>(mode: 'READ' | 'WRITE', work: (session: Session) => Promise<T>): Promise<T> {
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

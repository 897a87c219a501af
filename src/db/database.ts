import neo4j, { Neo4jError, type Driver, type ManagedTransaction } from "neo4j-driver";
import { DatabaseTimeoutError, DatabaseUnavailableError } from "../errors.js";
import type { Logger } from "../logger.js";
import { toPlain } from "./plain.js";

export type Params = Record<string, unknown>;
export type Row = Record<string, unknown>;

export interface DatabaseOptions {
  database: string | undefined;
  txTimeoutMs: number;
  log: Logger;
}

/**
 * The one door to Neo4j. Opens a session on the configured database, runs a managed read or
 * write transaction with a timeout, always closes the session, returns plain rows, and turns
 * driver failures into the typed errors clients are allowed to see.
 */
export class Database {
  /** Cypher round trips since start; tests and benchmarks read it to check batching. */
  roundTrips = 0;

  constructor(
    readonly driver: Driver,
    private readonly options: DatabaseOptions,
  ) {}

  static connect(uri: string, username: string, password: string, options: DatabaseOptions): Database {
    const driver = neo4j.driver(uri, neo4j.auth.basic(username, password), {
      connectionAcquisitionTimeout: 5_000,
      connectionTimeout: 5_000,
      maxTransactionRetryTime: 5_000,
      logging: { level: "warn", logger: (level, message) => options.log[level === "warn" ? "warn" : "error"]({ neo4j: true }, message) },
    });
    return new Database(driver, options);
  }

  read(cypher: string, params: Params = {}, meta?: Record<string, unknown>): Promise<Row[]> {
    return this.run("READ", (tx) => this.runInTx(tx, cypher, params), meta);
  }

  write(cypher: string, params: Params = {}, meta?: Record<string, unknown>): Promise<Row[]> {
    return this.run("WRITE", (tx) => this.runInTx(tx, cypher, params), meta);
  }

  /** Several statements in one write transaction: all of them apply, or none. */
  writeTransaction<T>(work: (tx: Tx) => Promise<T>, meta?: Record<string, unknown>): Promise<T> {
    return this.run("WRITE", (tx) => work({ run: (cypher, params = {}) => this.runInTx(tx, cypher, params) }), meta);
  }

  /** Runs a statement outside an explicit transaction (schema changes need their own). */
  async runAutoCommit(cypher: string, params: Params = {}): Promise<Row[]> {
    const session = this.session("WRITE");
    try {
      this.roundTrips += 1;
      const result = await session.run(cypher, params);
      return result.records.map((record) => toPlain(record.toObject()) as Row);
    } catch (error) {
      throw this.translate(error);
    } finally {
      await session.close();
    }
  }

  /** True when Neo4j answers a trivial query within a short time. */
  async ping(): Promise<boolean> {
    try {
      const session = this.session("READ");
      try {
        await session.executeRead((tx) => tx.run("RETURN 1"), { timeout: 2_000 });
        return true;
      } finally {
        await session.close();
      }
    } catch {
      return false;
    }
  }

  close(): Promise<void> {
    return this.driver.close();
  }

  private async run<T>(mode: "READ" | "WRITE", work: (tx: ManagedTransaction) => Promise<T>, meta?: Record<string, unknown>): Promise<T> {
    const session = this.session(mode);
    const config = { timeout: this.options.txTimeoutMs, ...(meta ? { metadata: meta } : {}) };
    try {
      return mode === "READ" ? await session.executeRead(work, config) : await session.executeWrite(work, config);
    } catch (error) {
      throw this.translate(error);
    } finally {
      await session.close();
    }
  }

  private async runInTx(tx: ManagedTransaction, cypher: string, params: Params): Promise<Row[]> {
    this.roundTrips += 1;
    const result = await tx.run(cypher, params);
    return result.records.map((record) => toPlain(record.toObject()) as Row);
  }

  private session(mode: "READ" | "WRITE") {
    return this.driver.session({
      defaultAccessMode: mode === "READ" ? neo4j.session.READ : neo4j.session.WRITE,
      ...(this.options.database ? { database: this.options.database } : {}),
    });
  }

  /** Driver errors become typed errors here, and only here. */
  private translate(error: unknown): unknown {
    if (error instanceof Neo4jError) {
      if (error.code === "ServiceUnavailable" || error.code === "SessionExpired") return new DatabaseUnavailableError();
      if (/TransactionTimedOut|Transaction\.TransactionTimedOut/.test(error.code)) return new DatabaseTimeoutError();
      this.options.log.error({ code: error.code, err: error.message }, "Neo4j error");
    }
    return error;
  }
}

export interface Tx {
  run(cypher: string, params?: Params): Promise<Row[]>;
}

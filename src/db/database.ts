import neo4j, { Neo4jError, type Driver, type ManagedTransaction, type QueryResult, type Session } from "neo4j-driver";
import { BulkWriteTimeoutError, DatabaseTimeoutError, DatabaseUnavailableError } from "../errors.js";
import type { Logger } from "../logger.js";
import type { z } from "zod";
import { withoutCallerStack } from "./caller-stack.js";
import { toPlain } from "./plain.js";
import { parseRows, type Row } from "./rows.js";
import { measuredSession } from "./session-metrics.js";
import { neo4jPoolSize, trackDatabase } from "../metrics/registry.js";
import { Reachability } from "./reachability.js";
import { classifyTimeout, hostLoadPerCore, type SlownessMeasure } from "./timeout-cause.js";
import { readBoltMessagesWhole, sendBoltMessagesWhole } from "./whole-messages.js";

export type Params = Record<string, unknown>;
export type { Row } from "./rows.js";

export interface DatabaseOptions {
  database: string | undefined;
  txTimeoutMs: number;
  /**
   * The time budget of one bulk write (the seed, a restore): far above an API request's, since
   * such a write is all or nothing and a slow or busy machine must still finish it. Default 10 min.
   */
  bulkTxTimeoutMs?: number;
  log: Logger;
  /** While Neo4j is unreachable, how often to check whether it is back (ms). */
  probeIntervalMs?: number;
  /**
   * After a statement timed out: how slow the database and the host are now (default: a timed
   * `RETURN 1` and the host's load). Tests inject one to check the advice deterministically.
   */
  measureSlowness?: () => Promise<SlownessMeasure>;
}

/**
 * The one door to Neo4j. Opens a session on the configured database, runs a managed read or
 * write transaction with a timeout, always closes the session, returns plain rows, and turns
 * driver failures into the typed errors clients are allowed to see.
 *
 * Once Neo4j is found unreachable, calls fail at once with DATABASE_UNAVAILABLE (instead of each
 * waiting out the driver's connection timeouts and retries), and calls left waiting by a Neo4j
 * that stops answering learn it within about 2 s; a probe checks every second whether it is back,
 * and the first answer reopens the door, so the product recovers by itself (see `Reachability`).
 */
/**
 * What repositories need of the database: read statements, and writes in their own transaction.
 * `Database` is one (each call its own transaction); `RequestDatabase` is another (every read of
 * one GraphQL request in one transaction).
 */
export interface Queries {
  read(cypher: string, params?: Params, meta?: Record<string, unknown>): Promise<Row[]>;
  /** Reads and parses every row with the statement's row schema (zod): typed rows, or RowShapeError. */
  readRows<T>(cypher: string, params: Params, rows: z.ZodType<T>): Promise<T[]>;
  readAll(statements: Array<{ cypher: string; params: Params }>, meta?: Record<string, unknown>): Promise<Row[][]>;
  write(cypher: string, params?: Params, meta?: Record<string, unknown>): Promise<Row[]>;
  writeTransaction<T>(work: (tx: Tx) => Promise<T>, meta?: Record<string, unknown>): Promise<T>;
}

/** A bulk write's time budget when none is configured (NEO4J_BULK_TX_TIMEOUT_MS's default). */
export const DEFAULT_BULK_TX_TIMEOUT_MS = 600_000;

/** Connections the driver keeps per Neo4j server (the driver's default). */
const POOL_SIZE = 100;

export class Database implements Queries {
  /** Cypher round trips since start; tests and benchmarks read it to check batching. */
  roundTrips = 0;
  /** Transactions begun since start (managed and explicit, reads and writes). */
  transactions = 0;
  /** Sees every statement sent (the benchmark's profiler captures them with it). */
  onStatement: ((cypher: string, params: Params) => void) | undefined;
  /** Cypher statements since start (a round trip of readAll carries several). */
  statements = 0;
  /** Reads run as auto-commit transactions since start (`readAlone`; counted in `transactions` too). */
  readsAlone = 0;
  private readonly reachability: Reachability;

  /**
   * Causal consistency in a cluster: every session of this process shares one bookmark manager,
   * so a transaction starts only on a member that has applied every write this process committed
   * before it (a read after a mutation sees it, whichever member the driver routes the read to).
   */
  readonly bookmarks = neo4j.bookmarkManager();
  /** Stops reporting this door's counts in /metrics. */
  private readonly untrack: () => void;

  constructor(
    readonly driver: Driver,
    private readonly options: DatabaseOptions,
  ) {
    this.untrack = trackDatabase(this);
    this.reachability = new Reachability({ answers: () => this.answers(), log: options.log, probeIntervalMs: options.probeIntervalMs });
  }

  static connect(uri: string, username: string, password: string, options: DatabaseOptions): Database {
    // Outage budget (README "When Neo4j is down"): a request learns that Neo4j is gone within
    // about 2 s (one retry after the driver's 1 s backoff, each connection attempt cut at 1 s;
    // acquiring a connection includes logging in, which a freshly started engine may take a while to do),
    // instead of waiting out long connection timeouts and retries.
    readBoltMessagesWhole();
    sendBoltMessagesWhole();
    const driver = neo4j.driver(uri, neo4j.auth.basic(username, password), {
      maxConnectionPoolSize: POOL_SIZE,
      connectionAcquisitionTimeout: 5_000,
      connectionTimeout: 1_000,
      maxTransactionRetryTime: 1_000,
      // Errors only: while Neo4j is down the driver warns about every failed connection, and
      // those failures already reach us (and the log) as DATABASE_UNAVAILABLE.
      logging: { level: "error", logger: (_level, message) => options.log.error({ neo4j: true }, message) },
    });
    neo4jPoolSize.set(POOL_SIZE);
    return new Database(driver, options);
  }

  /**
   * `deadline` (ms since the epoch, optional on every call): the request's own deadline; the
   * transaction gets only the time left until it, and none once it has passed.
   */
  read(cypher: string, params: Params = {}, meta?: Record<string, unknown>, deadline?: number): Promise<Row[]> {
    return this.run("READ", (tx) => this.runInTx(tx, cypher, params), meta, deadline);
  }

  async readRows<T>(cypher: string, params: Params, rows: z.ZodType<T>): Promise<T[]> {
    return parseRows(rows, await this.read(cypher, params));
  }

  /**
   * Several read statements in one transaction, sent together without waiting for each answer
   * (the driver pipelines them): one round trip to Neo4j for all of them.
   */
  readAll(statements: Array<{ cypher: string; params: Params }>, meta?: Record<string, unknown>, deadline?: number): Promise<Row[][]> {
    return this.run("READ", async (tx) => {
      this.roundTrips += 1;
      this.statements += statements.length;
      for (const { cypher, params } of statements) this.onStatement?.(cypher, params);
      return Promise.all(statements.map(({ cypher, params }) => this.rowsOf(() => tx.run(cypher, params))));
    }, meta, deadline);
  }

  /**
   * One read statement as an auto-commit transaction, for a request whose reads are known to be
   * this one statement (see `ReadShapes`): RUN and PULL go to Neo4j in one write, with no BEGIN
   * and no COMMIT, and Neo4j spends less on it (0.61 against 1.02 ms of CPU for a trivial read in
   * an explicit transaction, docs/benchmarks.md). Same session, bookmarks, metadata and timeout
   * as `read`; a transient failure (a leader switch, a deadlock) is tried once more, as `read`'s
   * managed transaction would be.
   */
  async readAlone(cypher: string, params: Params = {}, meta?: Record<string, unknown>, deadline?: number): Promise<Row[]> {
    this.reachability.assertReachable();
    for (let attempt = 1; ; attempt += 1) {
      const config = { timeout: this.transactionTimeout(deadline), ...(meta ? { metadata: meta } : {}) };
      const session = this.session("READ");
      try {
        this.transactions += 1;
        this.readsAlone += 1;
        this.roundTrips += 1;
        this.statements += 1;
        this.onStatement?.(cypher, params);
        const rows = await this.reachability.watch(this.rowsOf(() => session.run(cypher, params, config)), "READ");
        await this.closeWatched(session, "READ");
        return rows;
      } catch (error) {
        closeInBackground(session);
        if (attempt === 1 && error instanceof Neo4jError && neo4j.isRetryableError(error) && !isUnreachable(error)) continue;
        throw await this.translate(error);
      }
    }
  }

  write(cypher: string, params: Params = {}, meta?: Record<string, unknown>, deadline?: number): Promise<Row[]> {
    return this.run("WRITE", (tx) => this.runInTx(tx, cypher, params), meta, deadline);
  }

  /**
   * Several statements in one write transaction: all of them apply, or none. The driver retries
   * the whole function on transient failures (a lost connection, a leader switch), so it may run
   * more than once: make it idempotent (MERGE on unique keys, SET rather than increment).
   */
  writeTransaction<T>(work: (tx: Tx) => Promise<T>, meta?: Record<string, unknown>, deadline?: number): Promise<T> {
    return this.run("WRITE", (tx) => work({ run: (cypher, params = {}) => this.runInTx(tx, cypher, params) }), meta, deadline);
  }

  /**
   * A bulk write (`what`: "the seed load", "the restore") in one transaction under the bulk time
   * budget (NEO4J_BULK_TX_TIMEOUT_MS), not the API's: all of it applies, or none. Running out of
   * it ends in a BulkWriteTimeoutError that says so and names the variable to raise.
   */
  bulkWriteTransaction<T>(what: string, work: (tx: Tx) => Promise<T>, meta?: Record<string, unknown>): Promise<T> {
    return this.underBulkBudget(what, (timeoutMs) => {
      // Neo4j checks a transaction's timeout only every few seconds; the budget is also checked
      // here before each statement, so a write that has outrun it stops at once, rolled back.
      const deadline = Date.now() + timeoutMs;
      const run = (cypher: string, params: Params = {}) => {
        if (Date.now() > deadline) throw new DatabaseTimeoutError();
        return this.runInTx(tx, cypher, params);
      };
      let tx: Parameters<Database["runInTx"]>[0];
      return this.run("WRITE", (opened) => {
        tx = opened;
        return work({ run });
      }, meta, undefined, timeoutMs);
    });
  }

  /**
   * Single statements of start-up and bulk work (the migrations' bookkeeping, the check for an
   * empty graph) under the bulk budget too: they are no API request, and a short
   * NEO4J_TX_TIMEOUT_MS on a busy machine must not stop the product starting.
   */
  bulk(what: string): { read(cypher: string, params?: Params): Promise<Row[]>; write(cypher: string, params?: Params): Promise<Row[]> } {
    const statement = (mode: "READ" | "WRITE") => (cypher: string, params: Params = {}) =>
      this.underBulkBudget(what, (timeoutMs) => this.run(mode, (tx) => this.runInTx(tx, cypher, params), undefined, undefined, timeoutMs));
    return { read: statement("READ"), write: statement("WRITE") };
  }

  private async underBulkBudget<T>(what: string, work: (timeoutMs: number) => Promise<T>): Promise<T> {
    const timeoutMs = this.options.bulkTxTimeoutMs ?? DEFAULT_BULK_TX_TIMEOUT_MS;
    try {
      return await work(timeoutMs);
    } catch (error) {
      if (error instanceof DatabaseTimeoutError) throw new BulkWriteTimeoutError(what, timeoutMs);
      throw error;
    }
  }

  /** Runs a statement outside an explicit transaction (schema changes need their own). */
  async runAutoCommit(cypher: string, params: Params = {}): Promise<Row[]> {
    this.reachability.assertReachable();
    const session = this.session("WRITE");
    try {
      this.roundTrips += 1;
      this.transactions += 1;
      this.statements += 1;
      const rows = await this.reachability.watch(this.rowsOf(() => session.run(cypher, params)), "WRITE");
      await this.closeWatched(session, "WRITE");
      return rows;
    } catch (error) {
      closeInBackground(session);
      throw await this.translate(error);
    }
  }

  /** False from the moment Neo4j was found unreachable until it answers again. */
  get available(): boolean {
    return this.reachability.available;
  }

  /** True when Neo4j answers a trivial query within a short time; updates `available`. */
  ping(): Promise<boolean> {
    return this.reachability.check();
  }

  async close(): Promise<void> {
    this.untrack();
    await this.reachability.close();
    await this.driver.close();
  }

  /**
   * Opens a read transaction that stays open until `close` (a GraphQL request's reads share it):
   * statements run on it as they come, several at a time pipelined by the driver.
   */
  async beginRead(meta?: Record<string, unknown>, deadline?: number): Promise<OpenReadTransaction> {
    this.reachability.assertReachable();
    const config = { timeout: this.transactionTimeout(deadline), ...(meta ? { metadata: meta } : {}) };
    const session = this.session("READ");
    const watched = <T>(call: Promise<T>) => this.reachability.watch(call, "READ");
    try {
      // BEGIN's answer is not awaited before the first statement is sent (a round trip saved; the
      // driver still writes BEGIN to the socket on its own), and a failed BEGIN fails that statement.
      // A request known to read with one statement skips BEGIN and COMMIT altogether (`readAlone`).
      const tx = session.beginTransaction(config);
      tx.catch(() => undefined);
      this.transactions += 1;
      return {
        run: async (cypher, params) => {
          try {
            return await watched(this.runInTx(tx, cypher, params));
          } catch (error) {
            throw await this.translate(error);
          }
        },
        runAll: async (statements) => {
          this.roundTrips += 1;
          this.statements += statements.length;
          for (const { cypher, params } of statements) this.onStatement?.(cypher, params);
          try {
            return await watched(Promise.all(statements.map(({ cypher, params }) => this.rowsOf(() => tx.run(cypher, params)))));
          } catch (error) {
            throw await this.translate(error);
          }
        },
        close: async () => {
          try {
            if (tx.isOpen()) await watched(tx.commit());
            await this.closeWatched(session, "READ");
          } catch {
            // A read transaction has nothing to lose; a failed commit only ends it.
            closeInBackground(session);
          }
        },
      };
    } catch (error) {
      closeInBackground(session);
      throw await this.translate(error);
    }
  }

  private async run<T>(mode: "READ" | "WRITE", work: (tx: ManagedTransaction) => Promise<T>, meta?: Record<string, unknown>, deadline?: number, timeoutMs?: number): Promise<T> {
    this.reachability.assertReachable();
    const config = { timeout: timeoutMs ?? this.transactionTimeout(deadline), ...(meta ? { metadata: meta } : {}) };
    const session = this.session(mode);
    const counted = (tx: ManagedTransaction) => {
      this.transactions += 1;
      return work(tx);
    };
    try {
      const result = await this.reachability.watch(mode === "READ" ? session.executeRead(counted, config) : session.executeWrite(counted, config), mode);
      await this.closeWatched(session, mode);
      return result;
    } catch (error) {
      closeInBackground(session);
      throw await this.translate(error);
    }
  }

  /**
   * Closes the session after a call that succeeded. Closing hands the connection back (a reset
   * Neo4j must answer): if Neo4j is found gone meanwhile, the call's answer stands and the session
   * finishes closing in the background.
   */
  private async closeWatched(session: Session, mode: "READ" | "WRITE"): Promise<void> {
    await this.reachability.watch(session.close(), mode).catch(() => undefined);
  }

  private async runInTx(tx: Pick<ManagedTransaction, "run">, cypher: string, params: Params): Promise<Row[]> {
    this.roundTrips += 1;
    this.statements += 1;
    this.onStatement?.(cypher, params);
    return this.rowsOf(() => tx.run(cypher, params));
  }

  /**
   * Sends one statement (on a transaction, or alone on a session) and reads its records as plain
   * rows: every statement of a request goes through here, started without the caller's stack
   * (db/caller-stack.ts: the driver captures one per statement, and its cost was per request).
   */
  private async rowsOf(send: () => PromiseLike<QueryResult>): Promise<Row[]> {
    const result = await withoutCallerStack(send);
    return result.records.map((record) => toPlain(record.toObject()) as Row);
  }

  private session(mode: "READ" | "WRITE") {
    const session = this.driver.session({
      defaultAccessMode: mode === "READ" ? neo4j.session.READ : neo4j.session.WRITE,
      ...(this.options.database ? { database: this.options.database } : {}),
      bookmarkManager: this.bookmarks,
    });
    return measuredSession(session, mode);
  }

  /** The transaction timeout, cut to what the request has left until its deadline. */
  private transactionTimeout(deadline: number | undefined): number {
    if (deadline === undefined) return this.options.txTimeoutMs;
    const remaining = deadline - Date.now();
    if (remaining <= 0) throw new DatabaseTimeoutError();
    return Math.min(this.options.txTimeoutMs, Math.ceil(remaining));
  }

  /** A timed trivial question (its own session, at most 2 s) and the host's load, after a timeout. */
  private async measureSlowness(): Promise<SlownessMeasure> {
    const session = this.session("READ");
    const started = performance.now();
    let probeMs: number | null;
    try {
      await session.run("RETURN 1", {}, { timeout: 2_000 });
      probeMs = performance.now() - started;
    } catch {
      probeMs = null;
    } finally {
      await session.close().catch(() => undefined);
    }
    return { probeMs, loadPerCore: hostLoadPerCore() };
  }

  /** One auto-commit statement, no driver retries: a quick yes or no. */
  private async answers(): Promise<"answered" | "refused" | "busy"> {
    const session = this.session("READ");
    try {
      await session.run("RETURN 1", {}, { timeout: 2_000 });
      return "answered";
    } catch (error) {
      // Only a failed connection says Neo4j is gone; anything else (a timeout, a transient error
      // of a loaded server, a pool waiting for a free connection) says it is there but busy.
      const gone = !(error instanceof Neo4jError) || isUnreachable(error);
      if (!gone) this.options.log.debug({ code: error.code }, "Neo4j is busy: RETURN 1 failed");
      return gone ? "refused" : "busy";
    } finally {
      await session.close().catch(() => undefined);
    }
  }

  /**
   * Driver errors become typed errors here, and only here. A timeout is measured once (how slow a
   * trivial question and the host are now) so that its message tells a slow database or host
   * from a query too large.
   */
  private async translate(error: unknown): Promise<unknown> {
    if (error instanceof Neo4jError) {
      if (isUnreachable(error)) {
        this.reachability.markUnreachable(`driver: ${error.code}`);
        return new DatabaseUnavailableError();
      }
      if (/TransactionTimedOut|Transaction\.TransactionTimedOut/.test(error.code)) {
        const measure = await (this.options.measureSlowness ?? (() => this.measureSlowness()))().catch(() => undefined);
        return new DatabaseTimeoutError(measure ? { cause: classifyTimeout(measure), measure } : undefined);
      }
      this.options.log.error({ code: error.code, err: error.message }, "Neo4j error");
    }
    return error;
  }
}

/**
 * After a failure, closes the session without making the caller wait: a session whose call was
 * abandoned (Neo4j gone) would otherwise hold the answer until the driver gives up on it.
 */
function closeInBackground(session: Session): void {
  void session.close().catch(() => undefined);
}

/** The server is gone or cannot serve (stopped, restarting, shutting its database down). */
function isUnreachable(error: Neo4jError): boolean {
  return ["ServiceUnavailable", "SessionExpired", "Neo.TransientError.General.DatabaseUnavailable"].includes(error.code);
}

/** A read transaction held open across several calls (see `Database.beginRead`). */
export interface OpenReadTransaction {
  run(cypher: string, params: Params): Promise<Row[]>;
  /** Several statements sent together: one round trip. */
  runAll(statements: Array<{ cypher: string; params: Params }>): Promise<Row[][]>;
  /** Commits (nothing to write) and closes the session; never throws. */
  close(): Promise<void>;
}

export interface Tx {
  run(cypher: string, params?: Params): Promise<Row[]>;
}

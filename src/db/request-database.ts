import type { z } from "zod";
import type { Database, OpenReadTransaction, Params, Queries, Row, Tx } from "./database.js";
import type { ReadShapes } from "./read-shapes.js";
import { parseRows } from "./rows.js";

/**
 * The database as one GraphQL request sees it: every read of the request, at every level of
 * the query, runs in one read transaction, opened by the first read and committed when the
 * response is sent (`end`). The request pays one BEGIN/COMMIT, and its statements see the graph
 * as committed when each runs (Neo4j's isolation is read-committed: one transaction is not a
 * snapshot, see README "One request, one transaction").
 *
 * Writes keep their own audited transactions: a write first ends the open read transaction, and
 * reads after it open a new one, so a mutation's answer shows what it wrote.
 *
 * A query whose earlier requests each read with one statement (`operation`, `ReadShapes`) sends
 * its first statement as one auto-commit read: still one transaction, with no BEGIN and no
 * COMMIT. Should that request read again after all, the later reads share a transaction of
 * their own (two for that request), and the operation is not read alone again.
 */
export class RequestDatabase implements Queries {
  private open: Promise<OpenReadTransaction> | undefined;
  /** Reads in flight on the open transaction: it is committed only once they are answered. */
  private readonly inFlight = new Set<Promise<unknown>>();
  private ended = false;
  /** Statements this request sent before `end`: what `ReadShapes` learns. */
  private statements = 0;
  /** The query operation this request runs, once named (null: several, or a write: nothing to learn). */
  private learning: { shapes: ReadShapes; key: string; alone: boolean } | null | undefined;

  /**
   * `deadline`: when the request's time is up (ms since the epoch; the HTTP guards set it): each
   * transaction gets only what is left of it. Carried here rather than in AsyncLocalStorage,
   * whose promise hooks cost every promise of every request (Node 20).
   */
  constructor(
    readonly database: Database,
    private readonly options: { meta?: Record<string, unknown>; deadline?: number } = {},
  ) {}

  /**
   * The query operation this request runs (its key in `shapes`: text hash and name). A second
   * operation on the same request (a batch) turns learning off for it.
   */
  operation(shapes: ReadShapes, key: string): void {
    this.learning = this.learning === undefined && this.statements === 0 ? { shapes, key, alone: shapes.oneStatement(key) } : null;
  }

  read(cypher: string, params: Params = {}): Promise<Row[]> {
    if (this.readsAlone()) return this.tracked(this.database.readAlone(cypher, params, this.options.meta, this.options.deadline));
    if (!this.ended) this.statements += 1;
    return this.onTransaction((tx) => tx.run(cypher, params), () => this.database.read(cypher, params, this.options.meta, this.options.deadline));
  }

  async readRows<T>(cypher: string, params: Params, rows: z.ZodType<T>): Promise<T[]> {
    return parseRows(rows, await this.read(cypher, params));
  }

  readAll(statements: Array<{ cypher: string; params: Params }>): Promise<Row[][]> {
    const [only] = statements;
    if (only && statements.length === 1 && this.readsAlone()) {
      return this.tracked(this.database.readAlone(only.cypher, only.params, this.options.meta, this.options.deadline).then((rows) => [rows]));
    }
    if (!this.ended) this.statements += statements.length;
    return this.onTransaction((tx) => tx.runAll(statements), () => this.database.readAll(statements, this.options.meta, this.options.deadline));
  }

  async write(cypher: string, params: Params = {}, meta?: Record<string, unknown>): Promise<Row[]> {
    this.learning = null;
    await this.finishReads();
    return this.database.write(cypher, params, meta, this.options.deadline);
  }

  async writeTransaction<T>(work: (tx: Tx) => Promise<T>, meta?: Record<string, unknown>): Promise<T> {
    this.learning = null;
    await this.finishReads();
    return this.database.writeTransaction(work, meta, this.options.deadline);
  }

  /** The response is sent: commit the read transaction; later reads (if any) run on their own. */
  async end(): Promise<void> {
    if (!this.ended && this.learning) this.learning.shapes.learn(this.learning.key, this.statements);
    this.ended = true;
    await this.finishReads();
  }

  /** The request's first statement, of an operation known to read with one: no transaction to open. */
  private readsAlone(): boolean {
    if (this.ended || !this.learning?.alone || this.statements > 0) return false;
    this.statements = 1;
    return true;
  }

  /** A read outside the open transaction that a write or `end` still waits for. */
  private tracked<T>(running: Promise<T>): Promise<T> {
    this.inFlight.add(running);
    void running.finally(() => this.inFlight.delete(running)).catch(() => undefined);
    return running;
  }

  private onTransaction<T>(work: (tx: OpenReadTransaction) => Promise<T>, alone: () => Promise<T>): Promise<T> {
    if (this.ended) return alone();
    this.open ??= this.database.beginRead(this.options.meta, this.options.deadline);
    const opened = this.open;
    const running = opened.then(work).catch(async (error: unknown) => {
      // A failed statement ends its transaction in Neo4j: the next read opens a new one.
      if (this.open === opened) {
        this.open = undefined;
        await opened.then((tx) => tx.close(), () => undefined);
      }
      throw error;
    });
    return this.tracked(running);
  }

  private async finishReads(): Promise<void> {
    while (this.inFlight.size > 0) await Promise.allSettled([...this.inFlight]);
    const opened = this.open;
    if (!opened) return;
    this.open = undefined;
    await opened.then((tx) => tx.close(), () => undefined);
  }
}

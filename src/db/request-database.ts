import type { z } from "zod";
import type { Database, OpenReadTransaction, Params, Queries, Row, Tx } from "./database.js";
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
 */
export class RequestDatabase implements Queries {
  private open: Promise<OpenReadTransaction> | undefined;
  /** Reads in flight on the open transaction: it is committed only once they are answered. */
  private readonly inFlight = new Set<Promise<unknown>>();
  private ended = false;

  /**
   * `deadline`: when the request's time is up (ms since the epoch; the HTTP guards set it): each
   * transaction gets only what is left of it. Carried here rather than in AsyncLocalStorage,
   * whose promise hooks cost every promise of every request (Node 20).
   */
  constructor(
    readonly database: Database,
    private readonly options: { meta?: Record<string, unknown>; deadline?: number } = {},
  ) {}

  read(cypher: string, params: Params = {}): Promise<Row[]> {
    return this.onTransaction((tx) => tx.run(cypher, params), () => this.database.read(cypher, params, this.options.meta, this.options.deadline));
  }

  async readRows<T>(cypher: string, params: Params, rows: z.ZodType<T>): Promise<T[]> {
    return parseRows(rows, await this.read(cypher, params));
  }

  readAll(statements: Array<{ cypher: string; params: Params }>): Promise<Row[][]> {
    return this.onTransaction((tx) => tx.runAll(statements), () => this.database.readAll(statements, this.options.meta, this.options.deadline));
  }

  async write(cypher: string, params: Params = {}, meta?: Record<string, unknown>): Promise<Row[]> {
    await this.finishReads();
    return this.database.write(cypher, params, meta, this.options.deadline);
  }

  async writeTransaction<T>(work: (tx: Tx) => Promise<T>, meta?: Record<string, unknown>): Promise<T> {
    await this.finishReads();
    return this.database.writeTransaction(work, meta, this.options.deadline);
  }

  /** The response is sent: commit the read transaction; later reads (if any) run on their own. */
  async end(): Promise<void> {
    this.ended = true;
    await this.finishReads();
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
    this.inFlight.add(running);
    void running.finally(() => this.inFlight.delete(running)).catch(() => undefined);
    return running;
  }

  private async finishReads(): Promise<void> {
    const opened = this.open;
    if (!opened) return;
    while (this.inFlight.size > 0) await Promise.allSettled([...this.inFlight]);
    if (this.open !== opened) return;
    this.open = undefined;
    await opened.then((tx) => tx.close(), () => undefined);
  }
}

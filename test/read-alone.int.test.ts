import { afterAll, describe, expect, it } from "vitest";
import { ReadShapes } from "../src/db/read-shapes.js";
import { RequestDatabase } from "../src/db/request-database.js";
import { DatabaseTimeoutError } from "../src/errors.js";
import { testDatabase } from "./helpers.js";

/**
 * A request of a query operation known to read with one statement sends it as one auto-commit
 * read (`Database.readAlone`: RUN and PULL in one write, no BEGIN, no COMMIT). The GraphQL side
 * (an operation learnt from its first request) is in one-transaction.int.test.ts.
 */
const db = testDatabase();
afterAll(() => db.close());

/** An operation's shapes with `key` already learnt as one statement. */
function learntOne(key: string): ReadShapes {
  const shapes = new ReadShapes();
  shapes.learn(key, 1);
  return shapes;
}

async function counted<T>(work: () => Promise<T>): Promise<{ result: T; transactions: number; readsAlone: number; statements: number }> {
  const before = { transactions: db.transactions, readsAlone: db.readsAlone, statements: db.statements };
  const result = await work();
  return { result, transactions: db.transactions - before.transactions, readsAlone: db.readsAlone - before.readsAlone, statements: db.statements - before.statements };
}

describe("a one-statement operation's read, alone", () => {
  it("is one auto-commit transaction with the same rows, and teaches the operation nothing new", async () => {
    const shapes = learntOne("probe");
    const spent = await counted(async () => {
      const request = new RequestDatabase(db);
      request.operation(shapes, "probe");
      const rows = await request.read("MATCH (o:Organization {id: $id}) RETURN o.id AS key", { id: "fg-mv" });
      await request.end();
      return rows;
    });
    expect(spent).toEqual({ result: [{ key: "fg-mv" }], transactions: 1, readsAlone: 1, statements: 1 });
    expect(shapes.oneStatement("probe")).toBe(true);
  });

  it("an operation not yet learnt reads in the request's explicit transaction, then is learnt", async () => {
    const shapes = new ReadShapes();
    const spent = await counted(async () => {
      const request = new RequestDatabase(db);
      request.operation(shapes, "probe");
      const rows = await request.read("RETURN 1 AS x");
      await request.end();
      return rows;
    });
    expect(spent).toEqual({ result: [{ x: 1 }], transactions: 1, readsAlone: 0, statements: 1 });
    expect(shapes.oneStatement("probe")).toBe(true);
  });

  it("a request that reads again after all gets one transaction for the rest, and the operation is not read alone again", async () => {
    const shapes = learntOne("probe");
    const spent = await counted(async () => {
      const request = new RequestDatabase(db);
      request.operation(shapes, "probe");
      const first = await request.read("RETURN 1 AS x");
      const rest = await request.readAll([{ cypher: "RETURN 2 AS x", params: {} }, { cypher: "RETURN $y AS y", params: { y: 3 } }]);
      await request.end();
      return { first, rest };
    });
    expect(spent).toEqual({ result: { first: [{ x: 1 }], rest: [[{ x: 2 }], [{ y: 3 }]] }, transactions: 2, readsAlone: 1, statements: 3 });
    expect(shapes.oneStatement("probe")).toBe(false);
  });

  it("a batch of operations on one request learns nothing and reads in one transaction", async () => {
    const shapes = learntOne("a");
    const spent = await counted(async () => {
      const request = new RequestDatabase(db);
      request.operation(shapes, "a");
      request.operation(shapes, "b");
      const rows = await request.read("RETURN 1 AS x");
      await request.end();
      return rows;
    });
    expect(spent).toMatchObject({ transactions: 1, readsAlone: 0 });
    expect(shapes.oneStatement("b")).toBe(false);
  });

  it("a failed statement read alone fails that read with the driver's error, and the request reads on", async () => {
    const request = new RequestDatabase(db);
    request.operation(learntOne("probe"), "probe");
    await expect(request.read("RETURN toInteger(1) / toInteger($zero) AS x", { zero: 0 })).rejects.toThrow(/by zero/i);
    expect(await request.read("RETURN 2 AS x")).toEqual([{ x: 2 }]);
    await request.end();
  });

  it("gets only what the request has left: once its deadline has passed, no statement is sent", async () => {
    const before = db.roundTrips;
    const request = new RequestDatabase(db, { deadline: Date.now() - 1 });
    request.operation(learntOne("probe"), "probe");
    await expect(request.read("RETURN 1 AS x")).rejects.toBeInstanceOf(DatabaseTimeoutError);
    await request.end();
    expect(db.roundTrips).toBe(before);
  });

  it("a slow statement read alone is stopped by Neo4j at the request's deadline", async () => {
    const started = Date.now();
    const request = new RequestDatabase(db, { deadline: Date.now() + 300 });
    request.operation(learntOne("probe"), "probe");
    await expect(request.read("UNWIND range(1, 200000000) AS x WITH x WHERE x % 7 = 0 RETURN count(x) AS n")).rejects.toBeInstanceOf(DatabaseTimeoutError);
    await request.end();
    expect(Date.now() - started).toBeLessThan(20_000); // not this connection's 30 s transaction timeout
  });
});

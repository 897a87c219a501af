import { spawn, type ChildProcess } from "node:child_process";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startApp, type RunningApp } from "../src/app.js";
import { Database } from "../src/db/database.js";
import { migrate } from "../src/db/migrations.js";
import { BulkWriteTimeoutError } from "../src/errors.js";
import { loadSeed } from "../src/seed/loader.js";
import { toGraph } from "../src/seed/to-graph.js";
import { readSeed } from "../src/seed/validate.js";
import { testConfig, testLog } from "./helpers.js";
import { acquireWritableEngine, type WritableEngine } from "./writable-app.js";

/**
 * The first start on a busy machine (issue 28, item 1): the seed load of an empty graph is a bulk
 * write with its own time budget (NEO4J_BULK_TX_TIMEOUT_MS), not an API request's
 * (NEO4J_TX_TIMEOUT_MS), so a short API timeout and a busy CPU do not stop the product starting.
 */
let engine: WritableEngine;
let db: Database;
beforeAll(async () => {
  engine = await acquireWritableEngine();
  db = Database.connect(engine.uri, engine.username, engine.password, { database: undefined, txTimeoutMs: 60_000, log: testLog });
});
afterAll(async () => {
  await db?.close();
  await engine?.release();
});

/** Nodes and relationships the seed files make. */
function seedSize(): { nodes: number; relationships: number } {
  const graph = toGraph(readSeed());
  return {
    nodes: Object.values(graph.nodes).reduce((sum, rows) => sum + rows.length, 0),
    relationships: Object.values(graph.relationships).reduce((sum, rows) => sum + rows.length, 0),
  };
}

async function graphSize(): Promise<{ nodes: number; relationships: number }> {
  const [row] = await db.read(`
    CALL () { MATCH (n) WHERE NOT n:Migration RETURN count(n) AS nodes }
    CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships }
    RETURN nodes, relationships`);
  return { nodes: row!.nodes as number, relationships: row!.relationships as number };
}

/**
 * A CPU-bound process beside the test (a busy laptop's other work). Bounded: it stops by itself
 * after `ms` even if the test dies; the test kills it when done.
 */
function busyCpu(ms: number): ChildProcess {
  return spawn(process.execPath, ["-e", `const end = Date.now() + ${ms}; while (Date.now() < end) {}`], { stdio: "ignore" });
}

describe("the seed load of an empty graph at start", () => {
  it("completes with a 100 ms API transaction timeout while a CPU-bound process runs beside it", { timeout: 600_000 }, async () => {
    const burner = busyCpu(300_000);
    let app: RunningApp | undefined;
    try {
      // The least NEO4J_TX_TIMEOUT_MS allows; the seed's one transaction takes seconds.
      app = await startApp(testConfig({ ...engine.env, NEO4J_TX_TIMEOUT_MS: "100" }), testLog);
      await app.prepared;
      expect(app.readiness.prepared).toBe(true);
      expect(burner.exitCode).toBeNull(); // it ran beside the whole load
    } finally {
      burner.kill();
      await app?.stop();
    }
    expect(await graphSize()).toEqual(seedSize());
  });

  it("that outruns its own budget is rolled back whole, with a message fitting a bulk write", { timeout: 240_000 }, async () => {
    await db.write("MATCH (n) WHERE NOT n:Migration DETACH DELETE n");
    await migrate(db, testLog);
    const hurried = Database.connect(engine.uri, engine.username, engine.password, { database: undefined, txTimeoutMs: 60_000, bulkTxTimeoutMs: 1, log: testLog });
    try {
      const attempt = loadSeed(hurried, testLog);
      await expect(attempt).rejects.toThrow(BulkWriteTimeoutError);
      await expect(attempt).rejects.toThrow(/^the seed load did not finish within NEO4J_BULK_TX_TIMEOUT_MS \(0 s\) and was rolled back: nothing of it was written\. .*raise NEO4J_BULK_TX_TIMEOUT_MS/);
    } finally {
      await hurried.close();
    }
    expect(await graphSize()).toEqual({ nodes: 0, relationships: 0 });
  });
});

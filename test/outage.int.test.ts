import { rmSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startApp, type RunningApp } from "../src/app.js";
import { LocalNeo4j, localProductPassword, PRODUCT_NEO4J_USER, projectRoot } from "../src/db/neo4j-local.js";
import { DatabaseUnavailableError } from "../src/errors.js";
import { eventually, isProcessAlive, testConfig, testLog, untilProductSeesDatabaseDown, untilStopped } from "./helpers.js";
import { testPorts } from "./ports.js";
import { postJson } from "./raw-http.js";

const COUNT_ORGANIZATIONS = "{ organizations { totalCount } }";

/**
 * Readiness and GraphQL follow the database. This test owns a Neo4j of its own (its own port and data
 * directory), so it can stop and restart it without disturbing the other tests.
 */
// Tests here start a JVM: allow for a slow, busy machine.
describe("while Neo4j goes down and comes back", { timeout: 180_000 }, () => {
  const neo4jOptions = { boltPort: testPorts.outageNeo4j, dataDir: `.neo4j/test-outage-${testPorts.outageNeo4j}`, heap: "512m", log: testLog };
  let neo4j: LocalNeo4j;
  let app: RunningApp;

  beforeAll(async () => {
    rmSync(path.join(projectRoot, neo4jOptions.dataDir), { recursive: true, force: true });
    neo4j = await LocalNeo4j.start(neo4jOptions);
    // An empty graph: the seed is not what this is about, and loading it is slow on a busy machine.
    app = await startApp(testConfig({ ...neo4j.env, SEED_ON_EMPTY: "false" }), testLog);
    await app.prepared;
  });
  afterAll(async () => {
    await app?.stop();
    await neo4j?.stop();
  });

  const readyz = async () => {
    const response = await fetch(`${app.http.url}/readyz`);
    return { status: response.status, body: (await response.json()) as Record<string, unknown> };
  };

  it("is ready while Neo4j answers", async () => {
    expect(await readyz()).toEqual({ status: 200, body: { status: "ready", database: true, migrated: true } });
  });

  it("is not ready while Neo4j is down, and the process stays up", async () => {
    await neo4j.stop();
    const answer = await readyz();
    expect(answer.status).toBe(503);
    expect(answer.body).toMatchObject({ status: "not ready", database: false });
    expect((await fetch(`${app.http.url}/healthz`)).status).toBe(200);
  });

  it("while Neo4j is down, GraphQL refuses at once with DATABASE_UNAVAILABLE, HTTP 503 and Retry-After", async () => {
    // "At once" is once the product knows: /readyz above normally told it, unless its check of
    // Neo4j was cut short on a busy machine; then it is asked again until it knows.
    await untilProductSeesDatabaseDown(app);
    const response = await postJson(app.http.url, { query: COUNT_ORGANIZATIONS });
    expect(response.status).toBe(503);
    expect(response.headers.get("retry-after")).toBe("2");
    expect(response.json).toEqual({
      errors: [{ message: "The graph database is unavailable right now; try again shortly.", extensions: { code: "DATABASE_UNAVAILABLE" } }],
    });
  });

  it("while Neo4j is down, introspection still answers (GraphiQL keeps its schema)", async () => {
    const response = await postJson(app.http.url, { query: "{ __schema { queryType { name } } }" });
    expect(response.json).toEqual({ data: { __schema: { queryType: { name: "Query" } } } });
  });

  it("becomes ready again by itself when Neo4j is back, and GraphQL answers again without a restart", async () => {
    neo4j = await LocalNeo4j.start(neo4jOptions);
    await eventually(async () => (await readyz()).status === 200, 20_000, "/readyz to answer 200");
    await eventually(async () => (await postJson(app.http.url, { query: COUNT_ORGANIZATIONS })).status === 200, 20_000, "GraphQL to answer");
    const response = await postJson(app.http.url, { query: COUNT_ORGANIZATIONS });
    expect(response.json).toEqual({ data: { organizations: { totalCount: expect.any(Number) } } });
  });

  it("a request that meets a Neo4j that stops answering is told DATABASE_UNAVAILABLE by the product's watch, not at its 30 s deadline", async () => {
    // SIGSTOP: the server keeps its sockets open and answers nothing (a hung or partitioned
    // member); only the product's own watch can tell, since no connection ever fails.
    process.kill(neo4j.pid, "SIGSTOP");
    try {
      // The signal takes effect when the kernel gets round to every thread of the JVM: until
      // then, on a busy machine, Neo4j can still answer. The request goes once all are stopped.
      await untilStopped(neo4j.pid);
      const began = Date.now();
      const response = await postJson(app.http.url, { query: COUNT_ORGANIZATIONS });
      const waitedMs = Date.now() - began;
      // It was under way when Neo4j went quiet, so the failing field carries the code (HTTP 200, a field error).
      // The deadline would have answered QUERY_TIMEOUT: this code can only come from the watch,
      // which asks Neo4j a trivial question after 0.5 s of waiting, every 1.5 s or so, and counts
      // it as gone after 4 s without an answer (about 5 s in all on an idle machine).
      expect(response.json).toMatchObject({ errors: [{ extensions: { code: "DATABASE_UNAVAILABLE" } }] });
      expect(waitedMs).toBeLessThan(30_000);
    } finally {
      process.kill(neo4j.pid, "SIGCONT");
    }
    await eventually(async () => (await postJson(app.http.url, { query: COUNT_ORGANIZATIONS })).status === 200, 20_000, "GraphQL to answer again");
  });

  // Writes across a crash (SIGKILL, no clean shutdown): a transaction cut off before its commit
  // leaves nothing behind; one that committed survives. Marker nodes of this run only.
  const runId = `crash-${Date.now()}`;
  afterAll(async () => {
    await app?.db.write("MATCH (m:FaultMarker) WHERE m.id STARTS WITH $runId DETACH DELETE m", { runId }).catch(() => undefined);
  });

  async function crashAndRestart(): Promise<void> {
    const pid = neo4j.pid;
    process.kill(pid, "SIGKILL");
    await eventually(() => !isProcessAlive(pid), 30_000, "Neo4j to die");
  }

  const markers = (id: string) => app.db.read("MATCH (m:FaultMarker {id: $id}) RETURN m.first AS first, m.second AS second", { id });

  it("a committed write survives the crash", async () => {
    const id = `${runId}-committed`;
    await app.db.writeTransaction(async (tx) => {
      await tx.run("MERGE (m:FaultMarker {id: $id}) SET m.first = true", { id });
      await tx.run("MATCH (m:FaultMarker {id: $id}) SET m.second = true", { id });
    });
    await crashAndRestart();
    neo4j = await LocalNeo4j.start(neo4jOptions);
    await eventually(() => app.db.ping(), 20_000, "Neo4j to answer");
    expect(await markers(id)).toEqual([{ first: true, second: true }]);
  });

  it("a write transaction cut off by the crash fails with DATABASE_UNAVAILABLE and leaves nothing behind", async () => {
    const id = `${runId}-cut-off`;
    let crashed = false;
    const write = app.db.writeTransaction(async (tx) => {
      await tx.run("MERGE (m:FaultMarker {id: $id}) SET m.first = true", { id });
      if (!crashed) {
        crashed = true;
        await crashAndRestart();
      }
      await tx.run("MATCH (m:FaultMarker {id: $id}) SET m.second = true", { id });
    });
    await expect(write).rejects.toBeInstanceOf(DatabaseUnavailableError);
    neo4j = await LocalNeo4j.start(neo4jOptions);
    await eventually(() => app.db.ping(), 20_000, "Neo4j to answer");
    expect(await markers(id)).toEqual([]);
  });
});

/** The product comes up without its database, and gets going by itself once it appears. */
describe("starting while Neo4j is down", { timeout: 180_000 }, () => {
  const neo4jOptions = { boltPort: testPorts.lateNeo4j, dataDir: `.neo4j/test-late-${testPorts.lateNeo4j}`, heap: "512m", log: testLog };
  let neo4j: LocalNeo4j | undefined;
  let app: RunningApp;

  beforeAll(async () => {
    rmSync(path.join(projectRoot, neo4jOptions.dataDir), { recursive: true, force: true });
    app = await startApp(testConfig({
      NEO4J_URI: `bolt://127.0.0.1:${neo4jOptions.boltPort}`,
      // The engine that will appear gives the product's user the password its data directory holds: made here, first.
      NEO4J_USERNAME: PRODUCT_NEO4J_USER,
      NEO4J_PASSWORD: localProductPassword(neo4jOptions.dataDir),
      SEED_ON_EMPTY: "false",
    }), testLog);
    app.prepared.catch(() => undefined);
  });
  afterAll(async () => {
    await app?.stop();
    await neo4j?.stop();
  });

  it("serves HTTP: /healthz 200, /readyz 503, GraphQL 503 DATABASE_UNAVAILABLE", async () => {
    expect((await fetch(`${app.http.url}/healthz`)).status).toBe(200);
    const readyz = await fetch(`${app.http.url}/readyz`);
    expect(readyz.status).toBe(503);
    expect(await readyz.json()).toEqual({ status: "not ready", database: false, migrated: false });
    await untilProductSeesDatabaseDown(app);
    const response = await postJson(app.http.url, { query: COUNT_ORGANIZATIONS });
    expect(response.status).toBe(503);
    expect(response.json?.errors?.[0]?.extensions).toEqual({ code: "DATABASE_UNAVAILABLE" });
  });

  it("migrates and answers once Neo4j appears, without a restart", async () => {
    neo4j = await LocalNeo4j.start(neo4jOptions);
    await app.prepared;
    await eventually(async () => (await fetch(`${app.http.url}/readyz`)).status === 200, 20_000, "/readyz to answer 200");
    const response = await postJson(app.http.url, { query: COUNT_ORGANIZATIONS });
    expect(response.json).toEqual({ data: { organizations: { totalCount: 0 } } });
  });
});

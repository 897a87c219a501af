import { rmSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startApp, type RunningApp } from "../src/app.js";
import { LocalNeo4j, projectRoot } from "../src/db/neo4j-local.js";
import { eventually, testConfig, testLog } from "./helpers.js";
import { testPorts } from "./ports.js";

/**
 * Readiness follows the database. This test owns a Neo4j of its own (its own port and data
 * directory), so it can stop and restart it without disturbing the other tests.
 */
describe("/readyz while Neo4j goes down and comes back", () => {
  const neo4jOptions = { boltPort: testPorts.outageNeo4j, dataDir: `.neo4j/test-outage-${testPorts.outageNeo4j}`, heap: "512m", log: testLog };
  let neo4j: LocalNeo4j;
  let app: RunningApp;

  beforeAll(async () => {
    rmSync(path.join(projectRoot, neo4jOptions.dataDir), { recursive: true, force: true });
    neo4j = await LocalNeo4j.start(neo4jOptions);
    app = await startApp(testConfig({ NEO4J_URI: neo4j.uri }), testLog);
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

  it("becomes ready again by itself when Neo4j is back", async () => {
    neo4j = await LocalNeo4j.start(neo4jOptions);
    await eventually(async () => (await readyz()).status === 200, 20_000, "/readyz to answer 200");
  });
});

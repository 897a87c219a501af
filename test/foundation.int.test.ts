import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RunningApp } from "../src/app.js";
import { Database } from "../src/db/database.js";
import { migrate, MigrationError, readMigrations } from "../src/db/migrations.js";
import { postGraphQL, startTestApp, testLog } from "./helpers.js";
import { acquireWritableEngine, type WritableEngine } from "./writable-app.js";

describe("the product on a real Neo4j", () => {
  let app: RunningApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(async () => {
    await app.stop();
  });

  it("starts, migrates, and answers { __typename } over HTTP", async () => {
    const { status, body } = await postGraphQL(app.http.url, "{ __typename }");
    expect(status).toBe(200);
    expect(body).toEqual({ data: { __typename: "Query" } });
  });

  it("says it is alive at /healthz and ready at /readyz", async () => {
    const health = await fetch(`${app.http.url}/healthz`);
    expect(health.status).toBe(200);
    const ready = await fetch(`${app.http.url}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: "ready", database: true, migrated: true });
  });

  it("records every migration file in the graph with its checksum", async () => {
    const files = readMigrations();
    const rows = await app.db.read("MATCH (m:Migration) WHERE m.id IN $ids RETURN m.id AS id, m.checksum AS checksum ORDER BY id", {
      ids: files.map((f) => f.id),
    });
    expect(rows).toEqual(files.map((f) => ({ id: f.id, checksum: f.checksum })));
  });
});

/**
 * Migrations write (Migration nodes, a probe index): on the worker's writable engine, which starts
 * empty, never on the shared graph whose checksum other files compare.
 */
describe("migrations", () => {
  let engine: WritableEngine;
  let db: Database;
  let dir: string;
  beforeAll(async () => {
    engine = await acquireWritableEngine();
    db = Database.connect(engine.uri, engine.username, engine.password, { database: undefined, txTimeoutMs: 60_000, log: testLog });
    dir = mkdtempSync(path.join(tmpdir(), "mvgraph-migrations-"));
  });
  afterAll(async () => {
    await db?.close();
    await engine?.release(); // the next file to lease the engine finds it emptied
    rmSync(dir, { recursive: true, force: true });
  });

  async function schemaSnapshot() {
    const constraints = await db.read("SHOW CONSTRAINTS YIELD name RETURN collect(name) AS names");
    const indexes = await db.read("SHOW INDEXES YIELD name RETURN collect(name) AS names");
    return { constraints: (constraints[0]!.names as string[]).sort(), indexes: (indexes[0]!.names as string[]).sort() };
  }

  it("are idempotent: a second run applies nothing and changes no schema", async () => {
    expect((await migrate(db, testLog)).applied).toEqual(readMigrations().map((f) => f.id));
    const before = await schemaSnapshot();
    const report = await migrate(db, testLog);
    expect(report.applied).toEqual([]);
    expect(report.alreadyApplied).toEqual(readMigrations().map((f) => f.id));
    expect(await schemaSnapshot()).toEqual(before);
    expect(before.constraints).toContain("organization_id");
    expect(before.indexes).toContain("entity_search");
  });

  it("refuse to run when an applied migration file was edited, naming the file", async () => {
    const id = `0001-probe-${randomUUID().slice(0, 8)}.cypher`;
    const file = path.join(dir, id);
    writeFileSync(file, "CREATE INDEX test_probe_index IF NOT EXISTS FOR (n:TestProbe) ON (n.id);\n");
    expect((await migrate(db, testLog, dir)).applied).toEqual([id]);
    expect((await migrate(db, testLog, dir)).applied).toEqual([]);

    writeFileSync(file, "CREATE INDEX test_probe_index IF NOT EXISTS FOR (n:TestProbe) ON (n.name);\n");
    const attempt = migrate(db, testLog, dir);
    await expect(attempt).rejects.toThrow(MigrationError);
    await expect(migrate(db, testLog, dir)).rejects.toThrow(new RegExp(`${id} was edited after it was applied`));
  });

  it("reject a file that is not named NNNN-description.cypher", async () => {
    const badDir = mkdtempSync(path.join(tmpdir(), "mvgraph-bad-migrations-"));
    writeFileSync(path.join(badDir, "constraints.cypher"), "RETURN 1;");
    try {
      await expect(migrate(db, testLog, badDir)).rejects.toThrow(/constraints\.cypher must be named NNNN-description\.cypher/);
    } finally {
      rmSync(badDir, { recursive: true, force: true });
    }
  });
});

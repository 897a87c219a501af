import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../src/db/database.js";
import { projectRoot } from "../src/db/neo4j-local.js";
import { migrate } from "../src/db/migrations.js";
import { loadSeed, restoreSnapshot } from "../src/seed/loader.js";
import { writeSnapshot } from "../src/seed/snapshot.js";
import { testLog } from "./helpers.js";
import { gql, startWritableApp, type WritableApp } from "./writable-app.js";

/**
 * The seed and the API share one graph: a reload of the seed must never undo an edit. Runs on a
 * writable engine: it forces the seed and empties the graph, which the shared test graph must
 * never see.
 */
let w: WritableApp;
let db: Database;
const work = mkdtempSync(path.join(tmpdir(), "mvgraph-snapshot-"));

beforeAll(async () => {
  w = await startWritableApp();
  db = w.app.db;
});
afterAll(async () => {
  await w?.stop();
  rmSync(work, { recursive: true, force: true });
});

const editMailbox = (version: number, mailbox: string) =>
  gql(w.url, w.credentials.editor, `mutation($v: Int!, $m: String!) {
    updateOrganization(key: "jca-mv", version: $v, patch: {mailbox: $m}, source: {document: "tsb-circular-60"}) { version mailbox }
  }`, { v: version, m: mailbox });

async function jcaMv(): Promise<{ mailbox: string; version: number }> {
  const [row] = await db.read("MATCH (o:Organization {id: 'jca-mv'}) RETURN o.mailbox AS mailbox, coalesce(o.version, 0) AS version");
  return row as { mailbox: string; version: number };
}

const files = (dir: string) => Object.fromEntries(readdirSync(dir).sort().map((f) => [f, readFileSync(path.join(dir, f), "utf8")]));

describe("the seed never undoes an edit made through the API", () => {
  it("after an editor changes JCA-MV's mailbox, npm run seed keeps the edit, reports it, and the version stays", async () => {
    const edited = await editMailbox(0, "jca-mv-edited@example.org");
    expect(edited.body.errors).toBeUndefined();
    expect(edited.body.data!.updateOrganization).toEqual({ version: 1, mailbox: "jca-mv-edited@example.org" });

    const report = await loadSeed(db, testLog);
    expect(await jcaMv()).toEqual({ mailbox: "jca-mv-edited@example.org", version: 1 });
    expect(report.totals.updated).toBe(0);
    expect(report.kept).toContainEqual({ kind: "node", name: "Organization", key: "jca-mv", fields: expect.arrayContaining(["mailbox"]), gone: false });
    expect(report.nodes.Organization!.kept).toBe(1);
  });

  it("a seed run with --force overwrites the edit, moves the version up, and the audit trail says what it overwrote", async () => {
    const report = await loadSeed(db, testLog, undefined, { force: true });
    expect(report.forced.map((r) => r.key)).toContain("jca-mv");
    const after = await jcaMv();
    expect(after.mailbox).toBe("tsbjcamv@itu.int");
    expect(after.version).toBe(2); // never back to 0
    const [change] = await db.read(`
      MATCH (c:Change {entityType: 'Organization', entityKey: 'jca-mv', actor: 'seed --force'}) RETURN c.before AS before, c.after AS after`);
    expect(JSON.parse(change!.before as string).mailbox).toBe("jca-mv-edited@example.org");
    expect(JSON.parse(change!.after as string).mailbox).toBe("tsbjcamv@itu.int");
    // The next edit builds on the forced version.
    expect((await editMailbox(2, "jca-mv-again@example.org")).body.data!.updateOrganization).toEqual({ version: 3, mailbox: "jca-mv-again@example.org" });
  });

  it("a record deleted through the API is not brought back by the seed", async () => {
    const deleted = await gql(w.url, w.credentials.admin, `mutation {
      deleteDeadline(key: "jca-mv-meeting-1-pre-registration", version: 0, source: {document: "tsb-circular-60"}) { action }
    }`);
    expect(deleted.body.errors).toBeUndefined();
    const report = await loadSeed(db, testLog);
    expect(await db.read("MATCH (d:Deadline {id: 'jca-mv-meeting-1-pre-registration'}) RETURN d")).toEqual([]);
    expect(report.kept).toContainEqual(expect.objectContaining({ name: "Deadline", key: "jca-mv-meeting-1-pre-registration", gone: true }));
    expect(report.kept).toContainEqual(expect.objectContaining({ name: "DEADLINE_OF", gone: true }));
  });
});

describe("snapshot and restore", () => {
  it("npm run snapshot writes the live graph, edits included, as seed files", async () => {
    mkdirSync(path.join(work, "first"));
    writeFileSync(path.join(work, "first", "people.yaml"), "[]\n", { mode: 0o644 }); // an older snapshot's, world-readable
    await writeSnapshot(db, path.join(work, "first"));
    const first = files(path.join(work, "first"));
    // people.yaml holds e-mails and phones: every file of a snapshot is readable by its owner only.
    const modes = readdirSync(path.join(work, "first")).sort().map((file) => [file, (statSync(path.join(work, "first", file)).mode & 0o777).toString(8)]);
    expect(modes).toEqual(Object.keys(first).map((file) => [file, "600"]));
    expect(Object.keys(first)).toEqual([
      "deadlines.yaml", "deliverables.yaml", "documents.yaml", "events.yaml", "liaisons.yaml", "organizations.yaml",
      "people.yaml", "roles.yaml", "statistics.yaml", "topics.yaml",
    ]);
    expect(first["organizations.yaml"]).toContain("mailbox: jca-mv-again@example.org");
    expect(first["organizations.yaml"]).toContain("version: 3");
  });

  it("restore refuses a graph that is not empty", async () => {
    await expect(restoreSnapshot(db, testLog, path.join(work, "first"))).rejects.toThrow(/not empty/);
  });

  it("snapshot → empty graph → restore → snapshot is byte-identical, and the edit is back with its version", async () => {
    await db.write("MATCH (n) WHERE NOT n:Migration DETACH DELETE n");
    await migrate(db, testLog);
    await restoreSnapshot(db, testLog, path.join(work, "first"));
    expect(await jcaMv()).toEqual({ mailbox: "jca-mv-again@example.org", version: 3 });
    await writeSnapshot(db, path.join(work, "second"));
    expect(files(path.join(work, "second"))).toEqual(files(path.join(work, "first")));
  });
});

describe("a command while npm start holds the local engine", () => {
  // The test run holds the writable app's engine, as `npm start` holds .neo4j/data.
  const exportRoadmap = (extra: NodeJS.ProcessEnv) => {
    const { dataDir, boltPort } = w.engine;
    const env: NodeJS.ProcessEnv = { ...process.env, NEO4J_LOCAL_DATA_DIR: dataDir, NEO4J_LOCAL_BOLT_PORT: String(boltPort), LOG_LEVEL: "warn", ...extra };
    for (const name of ["NEO4J_URI", "NEO4J_PASSWORD", "NEO4J_PASSWORD_FILE"]) if (!(name in extra)) delete env[name];
    return spawnSync(process.execPath, ["--import", "tsx", "src/export/export.cli.ts", "roadmap", "--org", "jca-mv"], { cwd: projectRoot, env, encoding: "utf8", timeout: 120_000 });
  };

  it("uses that engine, its password found in the data directory, and says so in one line (no NEO4J_URI, no password)", () => {
    const { boltPort, holderPid } = w.engine;
    const run = exportRoadmap({});
    expect(run.stderr.trim().split("\n")[0]).toMatch(new RegExp(`^export: using the local Neo4j of process ${holderPid} \\(.+\\) at bolt://127\\.0\\.0\\.1:${boltPort}$`));
    expect(run.status).toBe(0);
    expect(run.stdout.split("\r\n")[0]).toMatch(/^date,date_kind,/);
  });

  it("aimed at the local engine with NEO4J_URI and no password, takes the engine's own from its password file", () => {
    const run = exportRoadmap({ NEO4J_URI: `bolt://127.0.0.1:${w.engine.boltPort}` });
    expect(run.stderr).not.toMatch(/authentication|Unauthorized|at /i);
    expect(run.status).toBe(0);
    expect(run.stdout.split("\r\n")[0]).toMatch(/^date,date_kind,/);
  });

  const importNote = (env: NodeJS.ProcessEnv) => {
    const file = path.join(work, "note.txt");
    writeFileSync(file, "ITU-T SG17 met in Geneva on 2026-03-02.\n");
    return spawnSync(process.execPath, ["--import", "tsx", "src/import/import.cli.ts", file, "--dry-run", "--json"], { cwd: projectRoot, env, encoding: "utf8", timeout: 120_000 });
  };

  it("npm run import -- FILE --dry-run --json uses that engine, says so in one line on stderr, and its stdout is the plan as JSON", () => {
    const { dataDir, boltPort, holderPid } = w.engine;
    const env: NodeJS.ProcessEnv = { ...process.env, NEO4J_LOCAL_DATA_DIR: dataDir, NEO4J_LOCAL_BOLT_PORT: String(boltPort), LOG_LEVEL: "warn" };
    for (const name of ["NEO4J_URI", "NEO4J_PASSWORD", "NEO4J_PASSWORD_FILE"]) delete env[name];
    const run = importNote(env);
    expect(run.stderr.trim().split("\n")[0]).toMatch(new RegExp(`^import: using the local Neo4j of process ${holderPid} \\(.+\\) at bolt://127\\.0\\.0\\.1:${boltPort}$`));
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout)).not.toHaveProperty("error");
  });

  it("when the local engine cannot start (its port is taken), npm run import --json says why in one line on stderr, no stack trace, and its stdout is still JSON", () => {
    const { boltPort } = w.engine; // taken by the running engine
    const fresh = mkdtempSync(path.join(tmpdir(), "mvgraph-port-taken-"));
    const env: NodeJS.ProcessEnv = { ...process.env, NEO4J_LOCAL_DATA_DIR: fresh, NEO4J_LOCAL_BOLT_PORT: String(boltPort), LOG_LEVEL: "debug" };
    for (const name of ["NEO4J_URI", "NEO4J_PASSWORD", "NEO4J_PASSWORD_FILE"]) delete env[name];
    try {
      const run = importNote(env);
      expect(run.status).toBe(1);
      // LOG_LEVEL=debug: the tool's logs are JSON lines on stderr; besides them, one line says what is wrong.
      const lines = run.stderr.trim().split("\n").filter((line) => !line.startsWith("{"));
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(new RegExp(`^import failed: Port ${boltPort} is in use`));
      expect(run.stderr).not.toMatch(/ at |Exception/);
      expect(JSON.parse(run.stdout)).toEqual({ error: { outcome: "failed", message: expect.stringContaining(`Port ${boltPort} is in use`) } });
    } finally {
      rmSync(fresh, { recursive: true, force: true });
    }
  });
});

import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createContext } from "../src/context.js";
import type { Database } from "../src/db/database.js";
import { syncViewer } from "../src/sync/apply.js";
import type { Connector } from "../src/sync/plan.js";
import { loadScope } from "../src/sync/scope/scope.js";
import { defaultSourceLimits } from "../src/sync/sources.js";
import { runSync, type SyncMode } from "../src/sync/sync.service.js";
import { gql, startWritableApp, type WritableApp } from "./writable-app.js";

/**
 * Syncing catalogues into a graph that holds the seed: the analyst's questions on the fixtures of
 * test/fixtures/landscape (records of fictitious standards and committees, in each format), on a
 * writable engine.
 */
const fixtures = path.resolve("test/fixtures/landscape");
const work = mkdtempSync(path.join(tmpdir(), "mvgraph-landscape-"));
const relaton = path.join(work, "relaton");
cpSync(path.join(fixtures, "relaton"), relaton, { recursive: true });
const scope = loadScope(path.join(fixtures, "scope.yaml"));
let w: WritableApp;
let db: Database;

beforeAll(async () => {
  w = await startWritableApp();
  db = w.app.db;
});
afterAll(async () => {
  await w?.stop();
  rmSync(work, { recursive: true, force: true });
});

async function sync(connector: Connector, inputs: string[], mode: SyncMode) {
  const ctx = createContext(db, { viewer: syncViewer(connector) });
  try {
    return await runSync(db, ctx, { connector, inputs, scope, mode, limits: defaultSourceLimits, retrieved: "2026-12-01" });
  } finally {
    await ctx.db.end();
  }
}

const one = async (cypher: string, params: Record<string, unknown> = {}) => (await db.read(cypher, params))[0]!;

describe("a catalogue sync, applied through the editing engine", () => {
  it("committees from ISO Open Data become bodies under their parents, with their liaisons sourced to the dataset", async () => {
    const outcome = await sync("iso-committees", [path.join(fixtures, "committees.jsonl")], "apply");
    expect(outcome.applied!.failures).toEqual([]);
    // Refused: only the lines that are defects. A liaison partner the dataset does not name is left out and said so; the committee goes through.
    expect(outcome.plan.refusals.map((r) => `${r.record}: ${r.reason.split(":")[0]}`)).toEqual(["line 5: field reference", "line 6: not JSON"]);
    expect(outcome.plan.leftOut.map((r) => `${r.record}: ${r.reason.split(":")[0]}`)).toEqual(["ISO/IEC JTC 1/SC 71: committee liaison 777"]);
    expect(await one(`MATCH (o:Organization {id: 'jtc1-sc71'})-[:PART_OF]->(p) RETURN p.id AS parent, o.established AS established, o.description AS description, o.sources AS sources`))
      .toEqual({ parent: "jtc1", established: "2021-05-04", description: "Holography and telepresence (secretariat: XYZ)", sources: ["iso-open-data-committees#ISO/IEC JTC 1/SC 71"] });
    // SC 71's liaisons, from ISO's own list: Khronos is the body the seed holds; HoloForum, listed by SC 71 and SC 29, is one new body.
    const liaisons = await db.read(`
      MATCH (l:Liaison)-[:FROM|TO]->(:Organization {id: 'jtc1-sc71'}), (l)-[:FROM|TO]->(p:Organization) WHERE p.id <> 'jtc1-sc71'
      RETURN p.id AS partner, l.kind AS kind, l.sources AS sources ORDER BY partner`);
    // SC 29 names SC 71 by its id in the dataset only; the alliance is given by name only, by both: one body.
    expect(liaisons.map((l) => l.partner)).toEqual(["european-commission", "holoforum", "jtc1-sc29", "khronos", "open-holography-alliance"]);
    expect(await one(`MATCH (o:Organization) WHERE o.name = 'Open Holography Alliance' RETURN count(o) AS n`)).toEqual({ n: 1 });
    expect(liaisons.every((l) => (l.sources as string[])[0] === "iso-open-data-committees#ISO/IEC JTC 1/SC 71")).toBe(true);
    expect(await one(`MATCH (o:Organization) WHERE o.acronym = 'HoloForum' RETURN count(o) AS n`)).toEqual({ n: 1 });
    expect(await one(`MATCH (d:Document {id: 'iso-open-data-committees'}) RETURN d.title AS title, d.date AS date`)).toEqual({ title: expect.stringContaining("ISO Open Data"), date: "2026-12-01" });
  });

  it("Relaton records become one deliverable per standard, matched to the seed's, with history, status, committee and topics", async () => {
    const outcome = await sync("relaton", [relaton, path.join(fixtures, "bad")], "apply");
    expect(outcome.applied!.failures).toEqual([]);
    expect(outcome.plan.refusals.map((r) => path.basename(r.origin))).toEqual(["bad-stage.yaml", "malformed.yaml", "no-reference.yaml"]);
    const holo = await one(`MATCH (d:Deliverable {id: 'iso-iec-4101-1'})-[:DEVELOPED_BY]->(o) RETURN d.code AS code, d.status AS status, d.aliases AS aliases, o.id AS by, d.sources AS sources, d.url AS url`);
    expect(holo).toMatchObject({ code: "ISO/IEC 4101-1", status: "PUBLISHED", by: "jtc1-sc71" });
    expect(holo.aliases).toEqual(expect.arrayContaining(["ISO/IEC 4101-1:2020", "ISO/IEC 4101-1:2024", "ISO/IEC 4101-1:2024/DAM 1", "ITU-T Y.9999 (07/2024)"]));
    // The draft and the approved IEEE standard: one deliverable.
    expect(await one(`MATCH (d:Deliverable) WHERE d.code STARTS WITH 'IEEE 9901' RETURN collect(d.id) AS ids, collect(d.status) AS statuses`)).toEqual({ ids: ["ieee-9901"], statuses: ["PUBLISHED"] });
    // A later version of a deliverable the seed holds: matched, never duplicated.
    expect(await one(`MATCH (d:Deliverable) WHERE d.code = 'ETSI GS ARF 003' OR 'ETSI GS ARF 003 V9.1.1 (2027-01)' IN d.aliases RETURN collect(d.id) AS ids, collect(d.published) AS published`)).toEqual({ ids: ["etsi-gs-arf-003"], published: ["2027-01"] });
    // Topics from the graph's own taxonomy, with the words as evidence.
    expect(await one(`MATCH (:Deliverable {id: 'iso-iec-4101-1'})-[r:ADDRESSES]->(t:Topic {id: 'immersive-video'}) RETURN r.evidence AS evidence`)).toEqual({ evidence: ["immersive video (abstract)"] });
    // Audited with the sync as actor.
    expect(await one(`MATCH (c:Change {entityType: 'Deliverable', entityKey: 'iso-iec-4101-1', action: 'CREATE'}) RETURN c.actor AS actor`)).toEqual({ actor: "sync:relaton" });
  });

  it("who works on immersive media: the new committee and its deliverables with their status, through whoWorksOn", async () => {
    const answer = await gql(w.url, undefined, `{ whoWorksOn(topic: "immersive-video") { organizations { organization { key } } } }`);
    expect(answer.body.errors).toBeUndefined();
    const keys = JSON.stringify(answer.body.data);
    expect(keys).toContain("jtc1-sc71");
  });

  it("running again on unchanged records proposes nothing", async () => {
    const [committees, records] = [await sync("iso-committees", [path.join(fixtures, "committees.jsonl")], "dry-run"), await sync("relaton", [relaton], "dry-run")];
    expect(committees.plan.proposals).toEqual([]);
    expect(records.plan.proposals).toEqual([]);
  });

  it("a changed record proposes exactly that change; an API edit is never overwritten", async () => {
    const { version } = await one(`MATCH (d:Deliverable {id: 'iso-iec-4101-2'}) RETURN coalesce(d.version, 0) AS version`);
    const edited = await gql(w.url, w.credentials.editor, `mutation($v: Int!) { updateDeliverable(key: "iso-iec-4101-2", version: $v, patch: {title: "Avatar exchange (edited)"}, source: {document: "relaton-data-iso"}) { version } }`, { v: version });
    expect(edited.body.errors).toBeUndefined();
    // DIS 4101-2 moves from enquiry (40.60) to published; the holo API gets a new draft, of a later date.
    const draft = path.join(relaton, "acme-4101-2-draft.yaml");
    writeFileSync(draft, readFileSync(draft, "utf8").replace("value: '40'}", "value: '60'}").replace("ISO/IEC DIS 4101-2", "ISO/IEC 4101-2:2026"));
    writeFileSync(path.join(relaton, "w3c-holo-cr.yaml"), readFileSync(path.join(relaton, "w3c-holo.yaml"), "utf8").split("\n- id: holo-api-1")[0]!
      .replace(/WD-holo-api-1-20260105/g, "CR-holo-api-1-20261101").replace("Working Draft", "Candidate Recommendation Snapshot").replace("2026-01-05", "2026-11-01"));
    const plan = (await sync("relaton", [relaton], "dry-run")).plan;
    expect(plan.kept).toEqual([{ key: "iso-iec-4101-2", fields: expect.arrayContaining(["aliases"]), record: "ISO/IEC 4101-2:2026" }]);
    expect(plan.proposals.map((p) => [p.action, p.resolution.key, p.diff?.map((d) => d.field)])).toEqual([["UPDATE", "w3c-holo-api-1", ["draft", "url", "aliases"]]]);
    // Still in progress: the new draft dates it, in place of the working draft's date.
    expect(plan.proposals[0]!.diff!.find((d) => d.field === "draft")).toMatchObject({ current: "2026-01-05", proposed: "2026-11-01" });
    // Without --apply the plan goes to the review page as an import's proposals.
    const stored = await sync("relaton", [relaton], "review");
    expect(stored.stored!.import).toMatchObject({ status: "PENDING", proposalCount: 1 });
  });
});

describe("an admin syncs a catalogue through GraphQL, as the command does", () => {
  const SYNC = `mutation($connector: SyncConnector!, $sources: [String!], $text: String, $fileName: String, $scope: String, $mode: SyncRunMode) {
    syncCatalogue(connector: $connector, sources: $sources, text: $text, fileName: $fileName, scope: $scope, mode: $mode) {
      mode importId changes { action entityType key catalogue record summary diff { field before after } }
      refusals { origin record reason } counts { catalogue records created } applied { proposals changes failures { record reason } }
    }
  }`;
  // A body the code knows nothing of, in Relaton's format: it must go through without code changes.
  const text = readFileSync(path.join(fixtures, "other-body", "oxrf-210.yaml"), "utf8");
  const oxrf = { connector: "RELATON", text, fileName: "oxrf-210.yaml", scope: "words: [holographic avatar]" };

  it("only an admin may, and bad input is named: a path on the server, no source at all, a scope that is not one", async () => {
    const editor = await gql(w.url, w.credentials.editor, SYNC, oxrf);
    expect(editor.body.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const path = await gql(w.url, w.credentials.admin, SYNC, { connector: "RELATON", sources: ["/etc/passwd"] });
    expect(path.body.errors?.[0]).toMatchObject({ message: expect.stringContaining("sources[0]"), extensions: { code: "BAD_USER_INPUT" } });
    const none = await gql(w.url, w.credentials.admin, SYNC, { connector: "RELATON" });
    expect(none.body.errors?.[0]).toMatchObject({ message: expect.stringContaining("give at least one http(s) URL"), extensions: { code: "BAD_USER_INPUT" } });
    const scope = await gql(w.url, w.credentials.admin, SYNC, { ...oxrf, scope: "words: [unclosed" });
    expect(scope.body.errors?.[0]).toMatchObject({ message: expect.stringMatching(/^scope: /), extensions: { code: "BAD_USER_INPUT" } });
    expect(JSON.stringify(scope.body)).not.toMatch(/MATCH|\bat .*\.ts:/);
  });

  it("a dry run shows the plan and writes nothing: the made-up body's specification, one deliverable for its draft and its edition", async () => {
    const answer = await gql(w.url, w.credentials.admin, SYNC, oxrf);
    expect(answer.body.errors).toBeUndefined();
    const result = answer.body.data!.syncCatalogue as { mode: string; importId: string | null; changes: Array<{ action: string; entityType: string; key: string; record: string }>; refusals: unknown[] };
    expect(result.mode).toBe("DRY_RUN");
    expect(result.importId).toBeNull();
    expect(result.refusals).toEqual([]);
    expect(result.changes.filter((c) => c.entityType === "Deliverable" && c.action !== "LINK").map((c) => [c.action, c.key])).toEqual([["CREATE", "oxrf-210"]]);
    expect(await one(`MATCH (d:Deliverable {id: 'oxrf-210'}) RETURN count(d) AS n`)).toEqual({ n: 0 });
  });

  it("REVIEW stores the plan as a pending import for /review; APPLY writes it, audited as the sync and the admin, and a re-run proposes nothing", async () => {
    const review = await gql(w.url, w.credentials.admin, SYNC, { ...oxrf, mode: "REVIEW" });
    expect(review.body.errors).toBeUndefined();
    const importId = (review.body.data!.syncCatalogue as { importId: string }).importId;
    const pending = await gql(w.url, w.credentials.admin, `query($id: ID!) { import(id: $id) { status } }`, { id: importId });
    expect(pending.body.data).toEqual({ import: { status: "PENDING" } });

    const apply = await gql(w.url, w.credentials.admin, SYNC, { ...oxrf, mode: "APPLY" });
    expect(apply.body.errors).toBeUndefined();
    expect((apply.body.data!.syncCatalogue as { applied: { failures: unknown[] } }).applied.failures).toEqual([]);
    expect(await one(`MATCH (d:Deliverable {id: 'oxrf-210'})-[:DEVELOPED_BY]->(o:Organization) RETURN d.status AS status, d.published AS published, d.aliases AS aliases, o.name AS by, d.sources AS sources`))
      .toEqual({ status: "PUBLISHED", published: "2027-03-01", aliases: expect.arrayContaining(["OXRF 210/D3", "OXRF 210:2027"]), by: expect.stringContaining("WG 4"), sources: [expect.stringMatching(/^relaton-catalogue#/)] });
    expect(await one(`MATCH (c:Change {entityType: 'Deliverable', entityKey: 'oxrf-210', action: 'CREATE'}) RETURN c.actor AS actor`)).toEqual({ actor: expect.stringMatching(/^sync:relaton by /) });
    const again = await gql(w.url, w.credentials.admin, SYNC, oxrf);
    expect((again.body.data!.syncCatalogue as { changes: unknown[] }).changes).toEqual([]);
  });
});

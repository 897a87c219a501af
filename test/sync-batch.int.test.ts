import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createContext } from "../src/context.js";
import type { Database } from "../src/db/database.js";
import { staticLabels } from "../src/db/static-labels.js";
import * as cypher from "../src/editing/editing.repository.js";
import { runEdit } from "../src/editing/run-edit.js";
import { updateNode } from "../src/editing/nodes.js";
import { deliverableSpec } from "../src/editing/specs.js";
import { entityLabels } from "../src/entity-kinds.js";
import { applySyncPlan, syncViewer } from "../src/sync/apply.js";
import type { Connector } from "../src/sync/plan.js";
import { loadScope } from "../src/sync/scope/scope.js";
import { defaultSourceLimits } from "../src/sync/sources.js";
import { readSyncIndex } from "../src/sync/sync-index.repository.js";
import type { SyncPlan, SyncProposal } from "../src/sync/sync-plan.js";
import { runSync, type SyncMode } from "../src/sync/sync.service.js";
import { gql, startWritableApp, uniqueId, type WritableApp } from "./writable-app.js";

/**
 * A sync's records applied many to a transaction through the editing engine's batch form: the
 * same facts, sources and audit records as one proposal at a time, with a few statements per
 * batch; a bad record is named and the others go through; an API edit is never overwritten.
 */
let w: WritableApp;
let db: Database;
const retrieved = "2026-11-30";

beforeAll(async () => {
  w = await startWritableApp();
  db = w.app.db;
});
afterAll(async () => {
  await w?.stop();
});

const rows = (statement: string, params: Record<string, unknown> = {}) => db.read(statement, params);

/** A plan of our own: one catalogue, proposals grouped into records by their locator. */
function planOf(catalogue: string, proposals: Array<Omit<SyncProposal, "id" | "catalogue" | "confidence">>): SyncPlan {
  return {
    catalogues: [{ key: catalogue, title: `Test catalogue ${catalogue}`, url: `https://example.org/${catalogue}` }],
    proposals: proposals.map((p, i) => ({ ...p, id: `p${i + 1}`, catalogue, confidence: 0.9 })),
    refusals: [], leftOut: [], kept: [], counts: [],
  };
}

async function apply(plan: SyncPlan, connector = "test") {
  const ctx = createContext(db, { viewer: syncViewer(connector) });
  try {
    const index = await readSyncIndex(db);
    const before = db.statements;
    const report = await applySyncPlan(ctx, plan, index, retrieved, { bulk: db });
    return { report, statements: db.statements - before };
  } finally {
    await ctx.db.end();
  }
}

/** A committee, a topic, and `n` deliverables of the committee each addressing the topic: one record each. */
function committeeWithDeliverables(tag: string, n: number) {
  const body = `${tag}-body`;
  const topic = `${tag}-topic`;
  const records: Array<Omit<SyncProposal, "id" | "catalogue" | "confidence">> = [
    { entityType: "Organization", action: "CREATE", resolution: { status: "NEW", key: body }, values: { id: body, name: `Committee ${tag}`, acronym: tag.toUpperCase(), kind: "WORKING_GROUP", aliases: [] }, evidence: { quote: `Committee ${tag}`, locator: "committee" }, summary: `New organization ${tag}` },
    { entityType: "Topic", action: "CREATE", resolution: { status: "NEW", key: topic }, values: { id: topic, name: `Holographic ${tag}`, aliases: [] }, evidence: { quote: "topic", locator: "committee" }, summary: `New topic ${tag}` },
  ];
  for (let i = 1; i <= n; i += 1) {
    const id = `${tag}-std-${i}`;
    records.push(
      { entityType: "Deliverable", action: "CREATE", resolution: { status: "NEW", key: id }, values: { id, code: `TST ${tag} ${i}`, title: `Holographic exchange, part ${i}`, kind: "STANDARD", status: i % 2 ? "PUBLISHED" : "IN_PROGRESS", developedBy: body, aliases: [`TST ${tag} ${i}:2026`] }, evidence: { quote: `TST ${tag} ${i}`, locator: `rec-${i}` }, dependsOn: ["p1"], summary: `New deliverable ${id}` },
      { entityType: "Deliverable", action: "LINK", resolution: { status: "NEW", key: id }, values: { type: "ADDRESSES", from: id, to: topic, evidence: "holographic (title)" }, evidence: { quote: `TST ${tag} ${i}`, locator: `rec-${i}` }, dependsOn: ["p2"], summary: `${id} addresses ${topic}` },
    );
  }
  return { body, topic, records };
}

describe("a sync's batch of records, through the editing engine's batch form", () => {
  it("every fact cites its record and every change is audited as the sync, in a few statements for the whole batch", async () => {
    const tag = uniqueId("bt");
    const catalogue = `${tag}-catalogue`;
    const { body, topic, records } = committeeWithDeliverables(tag, 12);
    const { report, statements } = await apply(planOf(catalogue, records));
    expect(report).toMatchObject({ applied: 26, failures: [], transactions: 2 }); // the catalogue's Document, then one batch
    // 12 records one proposal at a time took 5 statements per deliverable and 3 per link (96); the batch, a fixed few.
    expect(statements).toBeLessThan(30);

    const [d] = await rows(`MATCH (d:Deliverable {id: $id})-[r:DEVELOPED_BY]->(o:Organization) RETURN d.sources AS sources, d.version AS version, d.lastConfirmed >= $retrieved AS confirmed, o.id AS body, r.sources AS linkSources`, { id: `${tag}-std-3`, retrieved });
    expect(d).toEqual({ sources: [`${catalogue}#rec-3`], version: 1, confirmed: true, body, linkSources: [`${catalogue}#rec-3`] });
    const [a] = await rows(`MATCH (:Deliverable {id: $id})-[r:ADDRESSES]->(:Topic {id: $topic}) RETURN r.sources AS sources, r.evidence AS evidence`, { id: `${tag}-std-3`, topic });
    expect(a).toEqual({ sources: [`${catalogue}#rec-3`], evidence: ["holographic (title)"] });

    // One CREATE and one LINK per deliverable, as the sync, citing the record, linked to the entity and to the catalogue.
    const audit = await rows(`
      MATCH (c:Change {entityType: 'Deliverable', entityKey: $id})-[:SOURCED_BY]->(doc:Document)
      RETURN c.action AS action, c.actor AS actor, c.source AS source, doc.id AS document, EXISTS { (c)-[:CHANGED]->(:Deliverable {id: $id}) } AS linked ORDER BY c.seq`, { id: `${tag}-std-3` });
    expect(audit).toEqual([
      { action: "CREATE", actor: "sync:test", source: `${catalogue}#rec-3`, document: catalogue, linked: true },
      { action: "LINK", actor: "sync:test", source: `${catalogue}#rec-3`, document: catalogue, linked: true },
    ]);
    const [{ n }] = (await rows(`MATCH (c:Change) WHERE c.source STARTS WITH $catalogue + '#' RETURN count(c) AS n`, { catalogue })) as Array<{ n: number }>;
    expect(n).toBe(2 + 12 * 3); // body and topic; each deliverable's create and its link, seen from both ends
  });

  it("updates and confirmations in one batch: before and after audited, the record joins the sources, a second update of one entity sees the first", async () => {
    const tag = uniqueId("bu");
    const catalogue = `${tag}-catalogue`;
    const { records } = committeeWithDeliverables(tag, 3);
    await apply(planOf(catalogue, records));
    const later = `${tag}-later`;
    const { report } = await apply(planOf(later, [
      { entityType: "Deliverable", action: "UPDATE", resolution: { status: "EXISTING", key: `${tag}-std-1` }, values: { id: `${tag}-std-1`, status: "WITHDRAWN" }, evidence: { quote: "withdrawn", locator: "rec-1" }, summary: "withdrawn" },
      { entityType: "Deliverable", action: "CONFIRM", resolution: { status: "EXISTING", key: `${tag}-std-2` }, values: { id: `${tag}-std-2` }, evidence: { quote: "same", locator: "rec-2" }, summary: "confirmed" },
      { entityType: "Deliverable", action: "UPDATE", resolution: { status: "EXISTING", key: `${tag}-std-3` }, values: { id: `${tag}-std-3`, title: "First new title" }, evidence: { quote: "title", locator: "rec-3" }, summary: "retitled" },
      { entityType: "Deliverable", action: "UPDATE", resolution: { status: "EXISTING", key: `${tag}-std-3` }, values: { id: `${tag}-std-3`, url: "https://example.org/std-3" }, evidence: { quote: "link", locator: "rec-3" }, summary: "linked" },
    ]));
    expect(report).toMatchObject({ applied: 4, failures: [], transactions: 2 });
    const state = await rows(`MATCH (d:Deliverable) WHERE d.id IN $ids RETURN d.id AS id, d.status AS status, d.title AS title, d.url AS url, d.sources AS sources, d.version AS version ORDER BY id`, { ids: [1, 2, 3].map((i) => `${tag}-std-${i}`) });
    expect(state).toEqual([
      { id: `${tag}-std-1`, status: "WITHDRAWN", title: "Holographic exchange, part 1", url: null, sources: [`${catalogue}#rec-1`, `${later}#rec-1`], version: 2 },
      { id: `${tag}-std-2`, status: "IN_PROGRESS", title: "Holographic exchange, part 2", url: null, sources: [`${catalogue}#rec-2`, `${later}#rec-2`], version: 2 },
      { id: `${tag}-std-3`, status: "PUBLISHED", title: "First new title", url: "https://example.org/std-3", sources: [`${catalogue}#rec-3`, `${later}#rec-3`], version: 3 },
    ]);
    const changes = await rows(`MATCH (c:Change {entityType: 'Deliverable'}) WHERE c.entityKey IN $ids AND c.source STARTS WITH $later RETURN c.entityKey AS key, c.action AS action, c.before AS before, c.after AS after ORDER BY c.seq`, { ids: [1, 2].map((i) => `${tag}-std-${i}`), later });
    expect(changes.map((c) => [c.key, c.action, JSON.parse(c.before as string).status ?? JSON.parse(c.before as string).sources, JSON.parse(c.after as string).status ?? JSON.parse(c.after as string).sources])).toEqual([
      [`${tag}-std-1`, "UPDATE", "PUBLISHED", "WITHDRAWN"],
      [`${tag}-std-2`, "UPDATE", [`${catalogue}#rec-2`], [`${catalogue}#rec-2`, `${later}#rec-2`]],
    ]);
  });

  it("a bad record in a batch is named and applied not at all; the other records of the batch go through", async () => {
    const tag = uniqueId("bb");
    const catalogue = `${tag}-catalogue`;
    const { records } = committeeWithDeliverables(tag, 4);
    // Record rec-bad: a good deliverable, then a second one whose committee does not exist. Neither may land.
    records.push(
      { entityType: "Deliverable", action: "CREATE", resolution: { status: "NEW", key: `${tag}-half` }, values: { id: `${tag}-half`, code: `TST ${tag} half`, title: "Half of a record", kind: "STANDARD", status: "PUBLISHED", developedBy: `${tag}-body`, aliases: [] }, evidence: { quote: "half", locator: "rec-bad" }, dependsOn: ["p1"], summary: "the good half" },
      { entityType: "Deliverable", action: "CREATE", resolution: { status: "NEW", key: `${tag}-orphan` }, values: { id: `${tag}-orphan`, code: `TST ${tag} orphan`, title: "Orphan", kind: "STANDARD", status: "PUBLISHED", developedBy: `${tag}-nobody`, aliases: [] }, evidence: { quote: "orphan", locator: "rec-bad" }, summary: "the bad half" },
    );
    const { report } = await apply(planOf(catalogue, records));
    expect(report.failures).toEqual([{ record: `${catalogue}#rec-bad`, reason: expect.stringContaining(`no organization "${tag}-nobody"`) }]);
    expect(report.failures[0]!.reason).toContain("the bad half");
    expect(report.applied).toBe(10);
    const made = await rows(`MATCH (d:Deliverable) WHERE d.id STARTS WITH $tag RETURN d.id AS id ORDER BY id`, { tag });
    expect(made.map((d) => d.id)).toEqual([1, 2, 3, 4].map((i) => `${tag}-std-${i}`));
    const [{ n }] = (await rows(`MATCH (c:Change) WHERE c.source = $bad RETURN count(c) AS n`, { bad: `${catalogue}#rec-bad` })) as Array<{ n: number }>;
    expect(n).toBe(0);
  });

  it("each batch statement seeks its label's id constraint: no scan of all nodes or of a label", async () => {
    const labels = new Set<string>(entityLabels);
    const statements = {
      LOAD_NODES: [cypher.LOAD_NODES, { label: "Deliverable", keys: ["x"], singleTypes: ["DEVELOPED_BY"] }],
      CREATE_NODES: [cypher.CREATE_NODES, { label: "Deliverable", rows: [{ id: "x" }] }],
      REPLACE_NODES: [cypher.REPLACE_NODES, { label: "Deliverable", rows: [{ key: "x", props: { id: "x" } }] }],
      SET_SINGLE_LINKS: [cypher.SET_SINGLE_LINKS, { label: "Deliverable", type: "DEVELOPED_BY", targetLabel: "Organization", rows: [{ key: "x", target: "y", sources: [], lastConfirmed: "2026-01-01" }] }],
      CONFIRM_NODES: [cypher.CONFIRM_NODES, { label: "Deliverable", rows: [{ key: "x", ref: "r", date: "2026-01-01" }] }],
      FIND_LINKS: [cypher.FIND_LINKS, { fromLabel: "Deliverable", toLabel: "Topic", type: "ADDRESSES", rows: [{ from: "x", to: "y" }] }],
      UPSERT_LINKS: [cypher.UPSERT_LINKS, { fromLabel: "Deliverable", toLabel: "Topic", type: "ADDRESSES", rows: [{ from: "x", to: "y", props: {} }] }],
      CREATE_LINKS: [cypher.CREATE_LINKS, { fromLabel: "Deliverable", toLabel: "Organization", rows: [{ from: "x", to: "y", type: "DEVELOPED_BY", props: {} }] }],
      REFERENCES_EXIST: [cypher.REFERENCES_EXIST, { label: "Organization", refs: [{ field: "f", key: "y" }] }],
    } as const;
    const session = db.driver.session();
    try {
      for (const [name, [statement, params]] of Object.entries(statements)) {
        const summary = await session.run(`EXPLAIN ${staticLabels(statement, params, labels)}`, params).summary();
        const operators: string[] = [];
        const walk = (plan: { operatorType: string; children: unknown[] }) => {
          operators.push(plan.operatorType);
          for (const child of plan.children) walk(child as typeof plan);
        };
        walk(summary.plan as unknown as { operatorType: string; children: unknown[] });
        expect({ name, scans: operators.filter((op) => /AllNodesScan|NodeByLabelScan|DirectedAllRelationshipsScan/.test(op)) }).toEqual({ name, scans: [] });
        if (/MATCH \(\w+:\$\(\$label\) \{id/.test(statement)) expect({ name, seeks: operators.some((op) => /NodeUniqueIndexSeek/.test(op)) }).toEqual({ name, seeks: true });
      }
    } finally {
      await session.close();
    }
  });
});

describe("a catalogue sync applied in batches keeps what the API edited, and a re-run changes nothing", () => {
  const fixtures = path.resolve("test/fixtures/landscape");
  const work = mkdtempSync(path.join(tmpdir(), "mvgraph-sync-batch-"));
  const relaton = path.join(work, "relaton");
  cpSync(path.join(fixtures, "relaton"), relaton, { recursive: true });
  const scope = loadScope(path.join(fixtures, "scope.yaml"));
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  async function sync(connector: Connector, inputs: string[], mode: SyncMode) {
    const ctx = createContext(db, { viewer: syncViewer(connector) });
    try {
      return await runSync(db, ctx, { connector, inputs, scope, mode, limits: defaultSourceLimits, retrieved });
    } finally {
      await ctx.db.end();
    }
  }

  it("applies, keeps an API edit through a changed record, and proposes nothing the third time", async () => {
    const first = await sync("relaton", [relaton], "apply");
    expect(first.applied!.failures).toEqual([]);

    // An editor retitles the holographic API; the catalogue then gives its draft, the record that says where it stands, a new link.
    const [{ version, url }] = (await rows(`MATCH (d:Deliverable {id: 'w3c-holo-api-1'}) RETURN d.version AS version, d.url AS url`)) as Array<{ version: number; url: string }>;
    const ctx = createContext(db, { viewer: { role: "EDITOR", name: "editor:ana", via: "api-key" } });
    await runEdit(ctx, { document: "relaton-data-w3c" }, (edit) => updateNode(edit, deliverableSpec, "w3c-holo-api-1", version, { title: "Holography API (edited)" }));
    await ctx.db.end();
    const file = path.join(relaton, "w3c-holo.yaml");
    writeFileSync(file, readFileSync(file, "utf8").replace("TR/2026/WD-holo-api-1-20260105/", "TR/2026/WD-holo-api-1-20260105/moved/"));

    const second = await sync("relaton", [relaton], "apply");
    expect(second.applied!.failures).toEqual([]);
    expect(second.plan.kept).toEqual([expect.objectContaining({ key: "w3c-holo-api-1", fields: expect.arrayContaining(["url"]) })]);
    const [d] = await rows(`MATCH (d:Deliverable {id: 'w3c-holo-api-1'}) RETURN d.title AS title, d.url AS url`);
    expect(d).toEqual({ title: "Holography API (edited)", url });

    const third = await sync("relaton", [relaton], "dry-run");
    expect(third.plan.proposals).toEqual([]);
  });
  it("a sync knows the deliverables and bodies deleted or merged away through the API, and only those, oldest first", async () => {
    const tag = uniqueId("rm");
    const { records } = committeeWithDeliverables(tag, 3);
    const other = `${tag}-other`;
    records.push({ entityType: "Organization", action: "CREATE", resolution: { status: "NEW", key: other }, values: { id: other, name: `Committee ${tag} bis`, acronym: `${tag.toUpperCase()}B`, kind: "WORKING_GROUP", aliases: [] }, evidence: { quote: "bis", locator: "bis" }, summary: `New organization ${other}` });
    await apply(planOf(`${tag}-catalogue`, records));
    const admin = (query: string) => gql(w.url, w.credentials.admin, query);
    const version = async (label: string, id: string) => ((await rows(`MATCH (n:${label} {id: $id}) RETURN n.version AS v`, { id })) as Array<{ v: number }>)[0]!.v;
    const source = '{ document: "tsb-circular-60" }';
    for (const id of [`${tag}-std-2`, `${tag}-std-1`]) {
      const { body } = await admin(`mutation { deleteDeliverable(key: "${id}", version: ${await version("Deliverable", id)}, source: ${source}) { action } }`);
      expect(body.errors).toBeUndefined();
    }
    const { body } = await admin(`mutation { deleteOrganization(key: "${other}", version: ${await version("Organization", other)}, source: ${source}) { action } }`);
    expect(body.errors).toBeUndefined();

    const removed = (await readSyncIndex(db)).removed.filter((r) => r.key.startsWith(tag));
    expect(removed.map(({ label, key, actor }) => ({ label, key, admin: actor.length > 0 }))).toEqual([
      { label: "Deliverable", key: `${tag}-std-2`, admin: true },
      { label: "Deliverable", key: `${tag}-std-1`, admin: true },
      { label: "Organization", key: other, admin: true },
    ]);
    expect(JSON.parse(removed[0]!.before!)).toMatchObject({ code: `TST ${tag} 2` });
  });
});

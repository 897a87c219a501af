import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import neo4j from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { probesFromGraph } from "../bench/support/graph-probes.js";
import { wipeGraph } from "../bench/support/graph-load.js";
import { ensureSeedGraph, seedRows } from "../bench/support/seed-graph.js";
import { Database } from "../src/db/database.js";
import { migrate } from "../src/db/migrations.js";
import { loadGraph } from "../src/seed/loader.js";
import { nodeLabels, relationshipTypes, type GraphRows, type RelationshipType } from "../src/seed/to-graph.js";
import { testLog } from "./helpers.js";
import { acquireWritableEngine, type WritableEngine } from "./writable-app.js";

/**
 * The benchmarks' graph of `npm start` (the seed with its layers): loaded again whenever it is
 * not what this tree would load, and asked about by rules, not by ids of the sample.
 */
let engine: WritableEngine;
let db: Database;
const dataDir = mkdtempSync(path.join(tmpdir(), "mvgraph-load-"));
beforeAll(async () => {
  engine = await acquireWritableEngine();
  db = Database.connect(engine.uri, engine.username, engine.password, { database: undefined, txTimeoutMs: 120_000, log: testLog });
  await migrate(db, testLog);
});
afterAll(async () => {
  await db?.close();
  await engine?.release();
  rmSync(dataDir, { recursive: true, force: true });
});

/** A graph of our own: who develops what, who works on what, under whom, and the documents' dates. */
function landscape(): GraphRows {
  const g: GraphRows = {
    nodes: Object.fromEntries(nodeLabels.map((label) => [label, []])) as unknown as GraphRows["nodes"],
    relationships: Object.fromEntries((Object.keys(relationshipTypes) as RelationshipType[]).map((type) => [type, []])) as unknown as GraphRows["relationships"],
  };
  const body = (id: string, name: string, kind: string, aliases: string[] = [], acronym?: string) =>
    g.nodes.Organization.push({ id, props: { id, name, kind, aliases, ...(acronym ? { acronym } : {}) } });
  body("us", "Coordination Group", "COORDINATION_ACTIVITY");
  body("alpha", "Alpha Standards Body", "SDO", ["Alpha Standards"]);
  body("alpha-tc1", "Alpha Technical Committee 1", "TECHNICAL_COMMITTEE", ["ATC1"]);
  body("alpha-tc2", "Alpha Technical Committee 2", "TECHNICAL_COMMITTEE", ["Gamma Group"]); // another body's name
  body("beta", "Beta Consortium", "CONSORTIUM", ["Shared Name", "BETA"], "Beta"); // an alias two bodies share; its own acronym
  body("beta-wg", "Beta Working Group", "WORKING_GROUP", ["Shared Name"]);
  body("gamma", "Gamma Group", "WORKING_GROUP");
  body("delta", "Delta Forum", "WORKING_GROUP");
  body("epsilon", "Epsilon Forum", "WORKING_GROUP");
  for (const [child, parent] of [["alpha-tc1", "alpha"], ["alpha-tc2", "alpha"], ["beta-wg", "beta"]]) g.relationships.PART_OF.push({ from: child!, to: parent!, props: {} });

  for (const [id, name] of [["t-xr", "Extended reality"], ["t-privacy", "Privacy"], ["t-ai", "Artificial intelligence"]]) g.nodes.Topic.push({ id: id!, props: { id, name, aliases: [] } });
  for (const [org, topic] of [["us", "t-xr"], ["gamma", "t-xr"], ["alpha-tc1", "t-privacy"], ["delta", "t-ai"], ["epsilon", "t-ai"]]) g.relationships.WORKS_ON.push({ from: org!, to: topic!, props: {} });

  // us 5, beta 5, alpha-tc2 4, alpha-tc1 2 deliverables (the alpha tree 6); some address privacy.
  let n = 0;
  for (const [org, count, addressing] of [["us", 5, undefined], ["beta", 5, "t-privacy"], ["alpha-tc2", 4, "t-privacy"], ["alpha-tc1", 2, "t-privacy"]] as const) {
    for (let i = 0; i < count; i++) {
      const id = `d-${(n += 1)}`;
      g.nodes.Deliverable.push({ id, props: { id, code: `X.${n}`, title: `Deliverable ${n}`, aliases: [] } });
      g.relationships.DEVELOPED_BY.push({ from: id, to: org, props: {} });
      if (addressing) g.relationships.ADDRESSES.push({ from: id, to: addressing, props: {} });
    }
  }
  g.nodes.Document.push(
    { id: "doc-older", props: { id: "doc-older", title: "An older report", dateDate: new neo4j.types.Date(2024, 5, 1) } },
    { id: "doc-latest", props: { id: "doc-latest", title: "The latest catalogue page", dateDate: new neo4j.types.Date(2025, 9, 30) } },
    { id: "doc-undated", props: { id: "doc-undated", title: "An undated page" } },
  );
  return g;
}

describe("the bench's questions about the synced graph, chosen by rule", () => {
  it("asks about the most-worked topic, the busiest other body, the largest tree, the usual sub-group kind and an alias naming one body only", async () => {
    await wipeGraph(db);
    await loadGraph(db, testLog, landscape());
    expect(await probesFromGraph(db, "us")).toEqual({
      home: "us",
      asOf: "2025-09-30", from: "2025-01-01", to: "2025-12-31", // the latest dated document's year
      topic: "t-privacy", searchText: "Privacy", // three bodies (one both works on it and develops for it), against two
      far: "beta", // five deliverables; "us" has as many but is home
      roadmapOrganization: "alpha", // six in its tree, none of its own
      listingKind: "TECHNICAL_COMMITTEE", // two sub-groups; more top-level bodies are working groups
      alias: "ATC1", aliasOf: "alpha-tc1", // the busier bodies' aliases are shared, their acronym, or another body's name
    });
  });

  it("refuses a graph without the home body, rather than asking about nothing", async () => {
    await expect(probesFromGraph(db, "nobody-here")).rejects.toThrow(/no body "nobody-here"/);
  });
});

describe("the load test's graph is the one this tree's `npm start` would make", () => {
  const layers: string[] = []; // the bare seed: quicker to load, and the rule is the same for any layers
  const expected = seedRows(layers);
  const marker = path.join(dataDir, "seeded.json");

  it("loads the seed into a graph that holds something else, and then keeps it", async () => {
    await wipeGraph(db);
    await loadGraph(db, testLog, landscape());
    const first = await ensureSeedGraph(db, testLog, dataDir, layers);
    expect(first.seededNow).toBe(true);
    expect(first.counts.bodies).toBe(expected.nodes.Organization.length);
    expect(first.counts.deliverables).toBe(expected.nodes.Deliverable.length);
    expect(JSON.parse(readFileSync(marker, "utf8"))).toMatchObject({ fingerprint: first.fingerprint, layers });

    const second = await ensureSeedGraph(db, testLog, dataDir, layers);
    expect(second).toEqual({ ...first, seededNow: false });
  });

  it("loads it again when the seed it was loaded from changed since", async () => {
    const recorded = JSON.parse(readFileSync(marker, "utf8")) as Record<string, unknown>;
    writeFileSync(marker, JSON.stringify({ ...recorded, fingerprint: "0".repeat(64) }));
    const again = await ensureSeedGraph(db, testLog, dataDir, layers);
    expect(again.seededNow).toBe(true);
    expect(JSON.parse(readFileSync(marker, "utf8")).fingerprint).toBe(again.fingerprint);
  });

  it("loads it again when the record of what was loaded cannot be read", async () => {
    writeFileSync(marker, "{ not json");
    const again = await ensureSeedGraph(db, testLog, dataDir, layers);
    expect(again.seededNow).toBe(true);
    expect(JSON.parse(readFileSync(marker, "utf8")).fingerprint).toBe(again.fingerprint);
  });

  it("loads it again when the graph no longer holds what was loaded", async () => {
    await db.write("MATCH (d:Deliverable) WITH d ORDER BY d.id LIMIT 1 DETACH DELETE d");
    const again = await ensureSeedGraph(db, testLog, dataDir, layers);
    expect(again.seededNow).toBe(true);
    expect(again.counts.deliverables).toBe(expected.nodes.Deliverable.length);
  });
});

import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createContext } from "../src/context.js";
import type { Database } from "../src/db/database.js";
import { readSeedWithLayers } from "../src/seed/layers.js";
import { loadSeed } from "../src/seed/loader.js";
import { readSeed } from "../src/seed/validate.js";
import { syncViewer } from "../src/sync/apply.js";
import { loadScope } from "../src/sync/scope/scope.js";
import { defaultSourceLimits } from "../src/sync/sources.js";
import { runSync } from "../src/sync/sync.service.js";
import { testLog } from "./helpers.js";
import { gql, startWritableApp, type WritableApp } from "./writable-app.js";

/**
 * Out of the box: a clone has no catalogue sample, yet `npm start` on an empty graph shows the
 * landscape. The product starts, as `npm start` does, on an empty engine with the seed layer
 * seed/landscape (the catalogues' synced sample, committed), and the analyst asks the landscape's
 * questions. Expected counts come from the files themselves, so a regenerated layer needs no edit here.
 */
const seed = readSeed();
const withLayer = readSeedWithLayers(undefined, ["landscape"]);
let w: WritableApp;
let db: Database;

beforeAll(async () => {
  w = await startWritableApp({ env: { SEED_LAYERS: "landscape" } });
  db = w.app.db;
});
afterAll(async () => {
  await w?.stop();
});

const one = async (cypher: string, params: Record<string, unknown> = {}) => (await db.read(cypher, params))[0]!;
const ask = async <T>(query: string, variables?: Record<string, unknown>) => {
  const answer = await gql(w.url, undefined, query, variables);
  expect(answer.body.errors).toBeUndefined();
  return answer.body.data as T;
};

describe("the first start on an empty graph loads the seed and the landscape layer", () => {
  it("holds every entry of the seed and of the layer, once: the layer adds bodies, deliverables and liaisons and repeats none", async () => {
    expect(withLayer.organizations.length).toBeGreaterThan(seed.organizations.length);
    expect(withLayer.deliverables.length).toBeGreaterThan(seed.deliverables.length);
    const counts = await one(`RETURN COUNT { (:Organization) } AS organizations, COUNT { (:Deliverable) } AS deliverables, COUNT { (:Liaison) } AS liaisons, COUNT { (:Document) } AS documents`);
    expect(counts).toEqual({
      organizations: withLayer.organizations.length, deliverables: withLayer.deliverables.length,
      liaisons: withLayer.liaisons.length, documents: withLayer.documents.length,
    });
    const sameCode = await one(`MATCH (d:Deliverable) WITH toLower(replace(d.code, ' ', '')) AS code, count(*) AS n WHERE n > 1 RETURN count(*) AS codes`);
    expect(sameCode).toEqual({ codes: 0 });
  });

  it("who works on immersive media (the taxonomy's Multimedia, MPEG-I's home): SC 29 and its parts of ISO/IEC 23090, each with its status", async () => {
    const data = await ask<{ whoWorksOn: { organizations: Array<{ organization: { key: string }; evidence: Array<{ deliverable: { code: string; status: string } | null }> }> } }>(
      `{ whoWorksOn(topic: "multimedia", first: 200, evidenceLimit: 100) { organizations { organization { key } evidence { deliverable { code status } } } } }`,
    );
    const sc29 = data.whoWorksOn.organizations.find((o) => o.organization.key === "jtc1-sc29");
    expect(sc29).toBeDefined();
    const parts = sc29!.evidence.flatMap((e) => (e.deliverable && /^ISO\/IEC (TR )?23090-\d+$/.test(e.deliverable.code) ? [e.deliverable] : []));
    expect(parts.length).toBeGreaterThan(10);
    // Published parts and parts still in the works, as the ISO catalogue gives their stage.
    expect(parts.map((p) => p.status)).toEqual(expect.arrayContaining(["PUBLISHED", "IN_PROGRESS"]));
  });

  it("why a synced standard counts as work on a topic: its addresses give the words its catalogue record matched, and the record as the source", async () => {
    // Every layer deliverable whose topics came with words: the API gives back those words, topic by topic.
    const withWords = withLayer.deliverables.filter((d) => d.topics.some((t) => typeof t !== "string") && !seed.deliverables.some((s) => s.id === d.id));
    expect(withWords.length).toBeGreaterThan(100);
    for (const d of withWords.slice(0, 25)) {
      const data = await ask<{ deliverable: { addresses: Array<{ topic: { key: string }; evidence: string[]; sources: Array<{ ref: string }> }> } }>(
        `query($ref: String!) { deliverable(ref: $ref) { addresses { topic { key } evidence sources { ref } } } }`, { ref: d.id },
      );
      const expected = d.topics.map((t) => (typeof t === "string" ? { topic: { key: t }, evidence: [] } : { topic: { key: t.topic }, evidence: [t.evidence] }));
      expect(data.deliverable.addresses.map(({ topic, evidence }) => ({ topic, evidence })).sort((a, b) => a.topic.key.localeCompare(b.topic.key)), d.id)
        .toEqual(expected.sort((a, b) => a.topic.key.localeCompare(b.topic.key)));
      // The words say where they stand in the record (title, abstract, ICS), and the catalogue record is cited.
      for (const link of data.deliverable.addresses) {
        for (const words of link.evidence) expect(words, d.id).toMatch(/\((title|abstract|ICS[^)]*)\)/);
        expect(link.sources.map((s) => s.ref), d.id).toEqual(d.sources);
      }
    }
  });

  it("SC 24's liaisons include Khronos and Web3D, from ISO's own list: the ISO Open Data dataset is their source, with its ODC-By credit", async () => {
    const data = await ask<{ organization: { liaisons: Array<{ liaison: { from: { key: string }; to: { key: string }; sources: Array<{ ref: string; document: { title: string } | null }> } }> } }>(
      `{ organization(ref: "SC 24") { liaisons(includeEnded: true) { liaison { from { key } to { key } sources { ref document { title } } } } } }`,
    );
    const partners = new Map(data.organization.liaisons.map(({ liaison }) => [liaison.from.key === "jtc1-sc24" ? liaison.to.key : liaison.from.key, liaison]));
    for (const partner of ["khronos", "web3d"]) {
      const liaison = partners.get(partner);
      expect(liaison, partner).toBeDefined();
      expect(liaison!.sources).toEqual([{ ref: "iso-open-data-committees#ISO/IEC JTC 1/SC 24", document: { title: expect.stringMatching(/ISO Open Data.*ODC-By 1\.0.*credit: ISO Open Data/) } }]);
    }
  });

  it("the roadmap for 2026–2027 shows the catalogues' items of those years with their dates, and the drafts in progress with their stage and their latest draft's date", async () => {
    const data = await ask<{ roadmap: { items: Array<{ dateAsGiven: string | null; dateKind: string | null; deliverable: { code: string; status: string; sources: Array<{ ref: string }> } | null }> } }>(
      `{ roadmap(from: "2026-01-01", to: "2027-12-31", include: [DELIVERABLE], includeUndated: true, first: 500) { items { dateAsGiven dateKind deliverable { code status sources { ref } } } } }`,
    );
    const fromCatalogues = data.roadmap.items.filter((i) => i.deliverable?.sources.some((s) => s.ref.startsWith("relaton-data-")));
    const dated = fromCatalogues.filter((i) => i.dateAsGiven !== null);
    expect(dated.length).toBeGreaterThan(0);
    for (const item of dated) expect(item.dateAsGiven! >= "2026" && item.dateAsGiven! < "2028").toBe(true);
    expect(dated.map((i) => i.deliverable!.code)).toEqual(expect.arrayContaining([expect.stringMatching(/^ISO\/IEC 23090-\d+$/), expect.stringMatching(/^ITU-T /)]));
    const drafts = fromCatalogues.filter((i) => i.deliverable!.status === "IN_PROGRESS");
    expect(drafts.map((i) => i.deliverable!.code)).toEqual(expect.arrayContaining([expect.stringMatching(/^ISO\/IEC (TR )?23090-\d+$/)]));
    // The drafts the catalogues date in those years stand on the timeline at their latest public
    // draft's date, each a day of 2026–2027 as the catalogue gives it.
    const datedDrafts = drafts.filter((i) => i.dateKind === "DRAFT");
    expect(datedDrafts.length).toBeGreaterThan(0);
    for (const item of datedDrafts) expect(item.dateAsGiven).toMatch(/^202[67]-\d{2}-\d{2}$/);
    const layerDrafts = withLayer.deliverables.filter((d) => d.draft !== undefined && d.draft >= "2026" && d.draft < "2028");
    expect(datedDrafts.map((i) => i.deliverable!.code).sort()).toEqual(layerDrafts.map((d) => d.code).sort());
  });

  it("no deliverable carries a catalogue's abstract: the layer's deliverables have no description, and a sync of a record with an abstract proposes none", async () => {
    const seedDescriptions = new Map(seed.deliverables.map((d) => [d.id, d.description]));
    for (const d of withLayer.deliverables) expect(d.description, d.id).toBe(seedDescriptions.get(d.id));
    const fixtures = path.resolve("test/fixtures/landscape");
    const ctx = createContext(db, { viewer: syncViewer("relaton") });
    try {
      const outcome = await runSync(db, ctx, {
        connector: "relaton", inputs: [path.join(fixtures, "relaton")], scope: loadScope(path.join(fixtures, "scope.yaml")), mode: "dry-run", limits: defaultSourceLimits, retrieved: "2026-12-01",
      });
      expect(outcome.plan.proposals.length).toBeGreaterThan(0);
      expect(outcome.plan.proposals.filter((p) => "description" in p.values)).toEqual([]);
    } finally {
      await ctx.db.end();
    }
  });

  it("reloading the seed with the layer changes nothing, and never undoes an edit made through the API to a layer's deliverable", async () => {
    const { version } = await one(`MATCH (d:Deliverable {id: 'iso-iec-23090-3'}) RETURN coalesce(d.version, 0) AS version`);
    const edited = await gql(w.url, w.credentials.editor, `mutation($v: Int!) { updateDeliverable(key: "iso-iec-23090-3", version: $v, patch: {title: "Versatile video coding (edited)"}, source: {document: "relaton-data-iso"}) { version } }`, { v: version });
    expect(edited.body.errors).toBeUndefined();
    const report = await loadSeed(db, testLog, undefined, { layers: ["landscape"] });
    expect(report.totals.created + report.totals.updated + report.totals.forced).toBe(0);
    expect(report.kept).toEqual([{ kind: "node", name: "Deliverable", key: "iso-iec-23090-3", fields: expect.arrayContaining(["title"]), gone: false }]);
    expect(await one(`MATCH (d:Deliverable {id: 'iso-iec-23090-3'}) RETURN d.title AS title`)).toEqual({ title: "Versatile video coding (edited)" });
  });
});

import { describe, expect, it } from "vitest";
import { defaultImportLimits } from "../../config.js";
import { genreNames } from "../genres/genre.js";
import type { GraphSnapshot } from "../graph-index.repository.js";
import { planDocument } from "../plan-document.js";
import type { Proposal } from "../proposal.js";
import { applyPrecisionFloor, withoutFloor } from "./floor.js";
import { devFloorCells, floorRule, precisionFloor, type FloorEntry } from "./precision-floor.js";

/**
 * A small graph of our own (no body of the seed): two bodies that write to each other about
 * harbour data. The letters below are of our own too.
 */
const graph: GraphSnapshot = {
  organizations: [
    { id: "harbour-forum", name: "Harbour Data Forum", acronym: "HDF", kind: "OTHER", aliases: [], partOf: undefined, mandate: undefined },
    { id: "tide-board", name: "Tide Gauge Board", acronym: "TGB", kind: "OTHER", aliases: [], partOf: undefined, mandate: undefined },
  ],
  people: [], roles: [], topics: [], deliverables: [], events: [], deadlines: [], liaisons: [], documents: [], statistics: [],
};

const plan = (text: string, floor: readonly FloorEntry[] = devFloorCells) =>
  planDocument({ file: { bytes: new TextEncoder().encode(text), fileName: "letter.txt" }, contentHash: "2".repeat(64), graph, limits: defaultImportLimits, floor });
const letter = "Reply on the liaison request of the Tide Gauge Board\n\nDear Colleagues,\n\nThe Harbour Data Forum (HDF) has studied the request of the Tide Gauge Board (TGB) on shared gauge data.\n";
const bodies = (proposals: Proposal[]) => proposals.filter((p) => p.entityType === "Organization");

describe("the precision floor (the cells the development half picks): kinds a genre gets wrong most are asked, not proposed", () => {
  it("a liaison letter's confirmations of bodies the graph holds become questions, each with its body as candidate", async () => {
    const { document, proposals } = await plan(letter);
    expect(document.genre).toBe("liaison");
    const asked = bodies(proposals).filter((p) => p.action === "CONFIRM");
    expect(asked.map((p) => p.resolution.key).sort()).toEqual(["harbour-forum", "tide-board"]);
    for (const p of asked) {
      expect(p.resolution).toMatchObject({ status: "AMBIGUOUS", key: p.resolution.key, candidates: [{ key: p.resolution.key }] });
      expect(p.heldBack).toMatchObject({ resolution: { status: "EXISTING", key: p.resolution.key } });
      expect(p.summary).toMatch(/a question, not a proposal: existing Organization in a liaison document: right 4 of 12 times/);
    }
  });

  it("the same sentences in a document of another genre are proposed as before", async () => {
    const { document, proposals } = await plan(
      "Harbour news, March 2031\n\nThe Harbour Data Forum (HDF) has studied the request of the Tide Gauge Board (TGB) on shared gauge data.\n",
    );
    expect(document.genre).not.toBe("liaison");
    const confirmed = bodies(proposals).filter((p) => p.action === "CONFIRM");
    expect(confirmed.map((p) => p.resolution.key).sort()).toEqual(["harbour-forum", "tide-board"]);
    expect(confirmed.every((p) => p.resolution.status === "EXISTING" && !p.heldBack)).toBe(true);
  });
});

describe("applyPrecisionFloor with a floor of the test's own", () => {
  const floor: FloorEntry[] = [{ genre: "news", entityType: "Organization", action: "new", dev: { right: 3, proposed: 12 } }];
  const p = (id: string, extra: Partial<Proposal> = {}): Proposal => ({
    id, entityType: "Organization", action: "CREATE", resolution: { status: "NEW", key: `body-${id}` }, values: { name: `Body ${id}` },
    evidence: { quote: "q", locator: "l1" }, confidence: 0.9, summary: `New organization Body ${id}`, ...extra,
  });

  it("asks a new body nothing depends on, with no candidate (choosing \"new\" makes it), and keeps one a role stands on", () => {
    const role = p("p3", { entityType: "Role", values: { person: "x", organization: "body-p2" }, dependsOn: ["p2"] });
    const out = applyPrecisionFloor([p("p1"), p("p2"), role], "news", graph, undefined, floor);
    expect(out[0]).toMatchObject({ resolution: { status: "AMBIGUOUS", key: "body-p1", candidates: [] }, confidence: 0.3, heldBack: { resolution: { status: "NEW", key: "body-p1" } } });
    expect(out[0]!.summary).toMatch(/right 3 of 12 times on the development corpus; choose "new" to accept it, or reject it/);
    expect(out[1]).toEqual(p("p2"));
    expect(out[2]).toEqual(role);
  });

  it("keeps a body of the graph that another fact names (a statement sent to it), and asks one named by nothing else", () => {
    const existing = [{ genre: "liaison", entityType: "Organization", action: "existing", dev: { right: 2, proposed: 10 } }] satisfies FloorEntry[];
    const confirm = (id: string, key: string) => p(id, { action: "CONFIRM", resolution: { status: "EXISTING", key, reason: "NAME" }, values: { id: key } });
    const statement = p("p3", { entityType: "Liaison", resolution: { status: "NEW", key: "ls-1" }, values: { kind: "STATEMENT", from: "harbour-forum", to: "other-body" } });
    const out = applyPrecisionFloor([confirm("p1", "harbour-forum"), confirm("p2", "tide-board"), statement, confirm("p4", "tide-board")], "liaison", graph, undefined, existing);
    expect(out.map((x) => [x.id, x.resolution.status])).toEqual([["p1", "EXISTING"], ["p2", "AMBIGUOUS"], ["p3", "NEW"], ["p4", "AMBIGUOUS"]]);
    expect(out[1]!.resolution.candidates).toMatchObject([{ key: "tide-board", label: "Tide Gauge Board (TGB)" }]);
  });

  it("asks nothing the graph already has from this very document (a document imported again)", () => {
    const existing = [{ genre: "liaison", entityType: "Organization", action: "existing", dev: { right: 2, proposed: 10 } }] satisfies FloorEntry[];
    const cited: GraphSnapshot = { ...graph, organizations: graph.organizations.map((o) => (o.id === "tide-board" ? { ...o, sources: ["hdf-letter-7#p2"] } : o)) };
    const confirm = p("p1", { action: "CONFIRM", resolution: { status: "EXISTING", key: "tide-board", reason: "NAME" }, values: { id: "tide-board" } });
    expect(applyPrecisionFloor([confirm], "liaison", cited, "hdf-letter-7", existing)).toEqual([confirm]);
    expect(applyPrecisionFloor([confirm], "liaison", cited, "hdf-letter-8", existing)[0]!.resolution.status).toBe("AMBIGUOUS");
  });

  it("leaves other genres, other kinds, confirmations and links alone, and withoutFloor gives the plan back", () => {
    const confirm = p("p4", { action: "CONFIRM", resolution: { status: "EXISTING", key: "harbour-forum", reason: "NAME" } });
    const link = p("p5", { action: "LINK", values: { type: "PART_OF", from: "a", to: "b" } });
    expect(applyPrecisionFloor([p("p1")], "liaison", graph, undefined, floor)).toEqual([p("p1")]);
    expect(applyPrecisionFloor([confirm, link], "news", graph, undefined, floor)).toEqual([confirm, link]);
    const asked = applyPrecisionFloor([p("p1"), confirm], "news", graph, undefined, floor);
    expect(withoutFloor(asked).map((x) => [x.id, x.resolution, "heldBack" in x])).toEqual([["p1", { status: "NEW", key: "body-p1" }, false], ["p4", confirm.resolution, false]]);
  });
});

describe("the floor in force", () => {
  it("is off: the development half's cells did not transfer to the test half, so a liaison letter's confirmations are proposed", async () => {
    expect(precisionFloor).toEqual([]);
    const { proposals } = await plan(letter, precisionFloor);
    const confirmed = bodies(proposals).filter((p) => p.action === "CONFIRM");
    expect(confirmed.map((p) => p.resolution.key).sort()).toEqual(["harbour-forum", "tide-board"]);
    expect(confirmed.every((p) => p.resolution.status === "EXISTING" && !p.heldBack)).toBe(true);
  });
});

describe("the floor's data follows its stated rule", () => {
  it("every cell is a genre the classifier gives, decided on enough development proposals, below the floor's precision", () => {
    for (const f of [...devFloorCells, ...precisionFloor]) {
      expect(genreNames, `${f.genre}`).toContain(f.genre);
      expect(f.dev.proposed, `${f.genre} ${f.entityType} ${f.action}`).toBeGreaterThanOrEqual(floorRule.atLeast);
      expect(f.dev.right / f.dev.proposed, `${f.genre} ${f.entityType} ${f.action}`).toBeLessThan(floorRule.below);
    }
    const keys = devFloorCells.map((f) => `${f.genre} ${f.entityType} ${f.action}`);
    expect(new Set(keys).size).toBe(keys.length);
  });
});

import neo4j from "neo4j-driver";
import { describe, expect, it } from "vitest";
import { parseScales, scaleLabel } from "../bench/support/report.js";
import { describeGraph, graphFingerprint, graphName, seedRows } from "../bench/support/seed-graph.js";
import { nodeLabels, relationshipTypes, type GraphRows, type RelationshipType } from "../src/seed/to-graph.js";

/** A small graph of our own: two bodies, one under the other, a deliverable of the child. */
function graph(edit: (g: GraphRows) => void = () => {}): GraphRows {
  const g: GraphRows = {
    nodes: Object.fromEntries(nodeLabels.map((label) => [label, []])) as unknown as GraphRows["nodes"],
    relationships: Object.fromEntries((Object.keys(relationshipTypes) as RelationshipType[]).map((type) => [type, []])) as unknown as GraphRows["relationships"],
  };
  g.nodes.Organization.push(
    { id: "tc-9", props: { id: "tc-9", name: "Technical Committee 9", kind: "TECHNICAL_COMMITTEE", aliases: ["TC9"], establishedDate: new neo4j.types.Date(2001, 3, 1) } },
    { id: "tc-9-wg-2", props: { id: "tc-9-wg-2", name: "Working Group 2", kind: "WORKING_GROUP", aliases: [] } },
  );
  g.nodes.Deliverable.push({ id: "std-77", props: { id: "std-77", code: "STD 77", status: "PUBLISHED", version: neo4j.int(0) } });
  g.relationships.PART_OF.push({ from: "tc-9-wg-2", to: "tc-9", props: { sources: ["doc-1"] } });
  g.relationships.DEVELOPED_BY.push({ from: "std-77", to: "tc-9-wg-2", props: { sources: ["doc-1#p2"] } });
  edit(g);
  return g;
}

describe("which graph the load test measures: the seed fingerprint", () => {
  it("is the same for the same rows, whatever order a row's properties were written in", () => {
    const reordered = graph((g) => {
      const props = g.nodes.Organization[0]!.props;
      g.nodes.Organization[0]!.props = Object.fromEntries(Object.entries(props).reverse());
    });
    expect(graphFingerprint(reordered)).toBe(graphFingerprint(graph()));
    expect(graphFingerprint(graph())).toMatch(/^[0-9a-f]{64}$/);
  });

  it("changes when any fact changes: a status, a date, an integer, a relationship, a new body", () => {
    const edits: Array<(g: GraphRows) => void> = [
      (g) => void (g.nodes.Deliverable[0]!.props.status = "WITHDRAWN"),
      (g) => void (g.nodes.Organization[0]!.props.establishedDate = new neo4j.types.Date(2001, 3, 2)),
      (g) => void (g.nodes.Deliverable[0]!.props.version = neo4j.int(1)),
      (g) => void (g.relationships.PART_OF[0]!.props.sources = ["doc-2"]),
      (g) => void g.relationships.DEVELOPED_BY.pop(),
      (g) => void g.nodes.Organization.push({ id: "tc-10", props: { id: "tc-10", name: "Technical Committee 10" } }),
    ];
    const fingerprints = new Set([graphFingerprint(graph()), ...edits.map((edit) => graphFingerprint(graph(edit)))]);
    expect(fingerprints.size).toBe(edits.length + 1);
  });

  it("tells the seed alone from the seed with its landscape layer", () => {
    const bare = seedRows([]);
    const withLayer = seedRows(["landscape"]);
    expect(withLayer.nodes.Organization.length).toBeGreaterThan(bare.nodes.Organization.length);
    expect(graphFingerprint(withLayer)).not.toBe(graphFingerprint(bare));
    expect(graphFingerprint(seedRows(["landscape"]))).toBe(graphFingerprint(withLayer));
  });

  it("names the graph it measured, with its bodies and deliverables", () => {
    const counts = { bodies: 251, deliverables: 327, nodes: 1200, relationships: 3400 };
    expect(graphName([])).toBe("the seed alone");
    expect(describeGraph({ layers: ["landscape"], counts, fingerprint: "ab".repeat(32), seededNow: true })).toBe(
      "the seed + landscape: 251 bodies, 327 deliverables (1200 nodes, 3400 relationships), seed fingerprint abababababab, seeded now",
    );
  });
});

describe("the bench's scales", () => {
  it("takes the synced graph beside the generated ones, and refuses anything else", () => {
    expect(parseScales("landscape,1,10")).toEqual(["landscape", 1, 10]);
    expect(parseScales("1000")).toEqual([1000]);
    for (const wrong of ["0", "1.5", "", "1,,10", "seed", "-1"]) expect(() => parseScales(wrong)).toThrow(/--scales/);
  });

  it("names the synced graph for what it is", () => {
    expect(scaleLabel("landscape", true)).toBe("landscape (seed + synced sample)");
    expect(scaleLabel("landscape")).toBe("landscape");
    expect(scaleLabel(100)).toBe("×100");
  });
});

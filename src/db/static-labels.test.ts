import { describe, expect, it } from "vitest";
import { staticLabels } from "./static-labels.js";

const labels = new Set(["Organization", "Deliverable"]);

describe("an edit's statement seeks its label's index: a known label parameter is written as the label", () => {
  it("writes the registry's labels, leaves anything else dynamic", () => {
    const cypher = "MATCH (a:$($fromLabel) {id: $from}) MATCH (b:$($toLabel) {id: $to}) CREATE (a)-[:$($type)]->(b)";
    expect(staticLabels(cypher, { fromLabel: "Deliverable", toLabel: "Organization", type: "DEVELOPED_BY" }, labels))
      .toBe("MATCH (a:`Deliverable` {id: $from}) MATCH (b:`Organization` {id: $to}) CREATE (a)-[:$($type)]->(b)");
    // A value that is not one of the labels (text from anywhere else) is never written into the statement.
    expect(staticLabels("MATCH (n:$($label) {id: $key})", { label: "Organization) DETACH DELETE (x" }, labels)).toBe("MATCH (n:$($label) {id: $key})");
    expect(staticLabels("MATCH (n:$($label) {id: $key})", { label: 42 }, labels)).toBe("MATCH (n:$($label) {id: $key})");
    expect(staticLabels("MATCH (n:Topic {id: $key})", { label: "Organization" }, labels)).toBe("MATCH (n:Topic {id: $key})");
  });
});

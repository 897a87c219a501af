import { describe, expect, it } from "vitest";
import type { SeedFileName } from "../seed/seed.schema.js";
import { LayerDiffError, layerFromSnapshots } from "./layer.js";

/** The graph before a sync (the seed) and after it, as snapshot entries: what the layer says. */
type Entry = Record<string, unknown>;
const graph = (files: Partial<Record<SeedFileName, Entry[]>>) => new Map(Object.entries(files) as Array<[SeedFileName, Entry[]]>);

const seedStandard = { id: "acme-4101", code: "ACME 4101", title: "Holograms", kind: "STANDARD", status: "IN_PROGRESS", developedBy: "acme-tc", aliases: ["ACME DIS 4101"], sources: ["acme-call"] };

describe("a sync's result as a seed layer", () => {
  it("a created entry is a new entry without its edit version; a changed seed entry is extended by what changed; entries come sorted", () => {
    const before = graph({ "deliverables.yaml": [seedStandard] });
    const after = graph({
      "deliverables.yaml": [
        { ...seedStandard, status: "PUBLISHED", published: "2026-03", aliases: ["ACME DIS 4101", "ACME 4101:2026"], sources: ["acme-call", "acme-catalogue#4101"], version: 2 },
        { id: "acme-4102", code: "ACME 4102", title: "Avatars", kind: "STANDARD", status: "IN_PROGRESS", developedBy: "acme-tc", sources: ["acme-catalogue#4102"], version: 1 },
        { id: "acme-1000", code: "ACME 1000", title: "Vocabulary", kind: "STANDARD", status: "PUBLISHED", developedBy: "acme-tc", sources: ["acme-catalogue#1000"], version: 1 },
      ],
    });
    expect(layerFromSnapshots(before, after)).toEqual([{
      file: "deliverables.yaml",
      entries: [
        { extends: "acme-4101", status: "PUBLISHED", aliases: ["ACME 4101:2026"], sources: ["acme-catalogue#4101"], published: "2026-03" },
        { id: "acme-1000", code: "ACME 1000", title: "Vocabulary", kind: "STANDARD", status: "PUBLISHED", developedBy: "acme-tc", sources: ["acme-catalogue#1000"] },
        { id: "acme-4102", code: "ACME 4102", title: "Avatars", kind: "STANDARD", status: "IN_PROGRESS", developedBy: "acme-tc", sources: ["acme-catalogue#4102"] },
      ],
    }]);
  });

  it("an unchanged graph gives an empty layer: the same inputs give the same files", () => {
    expect(layerFromSnapshots(graph({ "deliverables.yaml": [seedStandard] }), graph({ "deliverables.yaml": [{ ...seedStandard, version: 3 }] }))).toEqual([]);
  });

  it("refuses what a layer cannot say: a changed field it may not extend, a list that lost items, a removed entry", () => {
    const before = graph({ "deliverables.yaml": [seedStandard] });
    expect(() => layerFromSnapshots(before, graph({ "deliverables.yaml": [{ ...seedStandard, developedBy: "acme-other-tc" }] }))).toThrow(LayerDiffError);
    expect(() => layerFromSnapshots(before, graph({ "deliverables.yaml": [{ ...seedStandard, aliases: [] }] }))).toThrow(/took items away/);
    expect(() => layerFromSnapshots(before, graph({ "deliverables.yaml": [] }))).toThrow(/removed seed entries \(acme-4101\)/);
  });
});

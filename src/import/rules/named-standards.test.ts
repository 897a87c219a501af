import { describe, expect, it } from "vitest";
import { namedStandards } from "./named-standards.js";
import { body, factsOf } from "./testing.js";

const graph = [
  body("xq", "Example Quality Group", "WORKING_GROUP", "XQG"),
  body("iso", "International Organization for Standardization", "SDO", "ISO"),
  body("hsu", "Harbour Standards Union", "SDO", "HSU"),
];

const deliverablesOf = (text: string) => factsOf(text, graph, [namedStandards], "group").deliverables.map((d) => [d.code, d.status]);

describe("named-standards: standards a page names by their short names", () => {
  it("reads a list of standards a body made or keeps, as published", () => {
    expect(deliverablesOf("The Example Quality Group (XQG) is the committee that created and maintains the SNAP, SNAP 3000, SNAP QX and related picture standards."))
      .toEqual([["SNAP", "PUBLISHED"], ["SNAP 3000", "PUBLISHED"], ["SNAP QX", "PUBLISHED"]]);
    expect(deliverablesOf("The Harbour Standards Union, developer of tide-data standards such as TDX-1, TDX-2 and BUOY4, meets twice a year."))
      .toEqual([["TDX-1", "PUBLISHED"], ["TDX-2", "PUBLISHED"], ["BUOY4", "PUBLISHED"]]);
  });

  it("reads a standard being developed, with its title, as in progress", () => {
    const facts = factsOf("Since 2029 the Harbour Standards Union is currently developing the Harbour Video Coding (HVC) standard with two partners.", graph, [namedStandards], "news");
    expect(facts.deliverables.map((d) => [d.code, d.title, d.status])).toEqual([["HVC", "Harbour Video Coding", "IN_PROGRESS"]]);
  });

  it("takes no body for a standard, and nothing from a sentence that does not say the standards exist", () => {
    expect(deliverablesOf("Members maintain the ISO and HSU standards in their national catalogues.")).toEqual([]);
    expect(deliverablesOf("Delegates discussed whether the TDX-3 and TDX-4 standards are needed.")).toEqual([]);
    expect(deliverablesOf("It maintains the TDX-5 and TDX-6 standards that were developed by a group long since closed.")).toEqual([]);
  });
});

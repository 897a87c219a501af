import { describe, expect, it } from "vitest";
import { establishedUnder } from "./established-under.js";
import { jointInitiative } from "./joint-initiative.js";
import { body, factsOf } from "./testing.js";

const graph = [
  body("sg9", "Study Group 9", "STUDY_GROUP", "SG9"),
  body("fg-qs", "Focus Group on quantum sensing", "FOCUS_GROUP", "FG-QS"),
  body("fao", "Food and Agriculture Organization", "UN_AGENCY", "FAO"),
  body("wmo", "World Meteorological Organization", "UN_AGENCY", "WMO"),
  body("fao-wmo-programme", "FAO-WMO Joint Programme on drought data", "PROJECT"),
];

describe("moved recognizers, now rules", () => {
  it("established-under: a focus group set up under a study group reports to it", () => {
    const facts = factsOf("The Focus Group on quantum sensing (FG-QS) was set up under Study Group 9 in 2026.", graph, [establishedUnder]);
    expect(facts.liaisons.map((l) => [l.kind, l.from, l.to])).toEqual([["REPORTING", "fg-qs", "sg9"]]);
  });

  it("joint-initiative: a programme named after two bodies is their collaboration", () => {
    const facts = factsOf("Data flows through the FAO-WMO Joint Programme on drought data since 2025.", graph, [jointInitiative]);
    expect(facts.liaisons.map((l) => [l.kind, l.from, l.to])).toEqual([["COLLABORATION", "fao", "wmo"]]);
  });
});

import { describe, expect, it } from "vitest";
import { liaisonList } from "./liaison-list.js";
import { body, factsOf } from "./testing.js";

const graph = [
  body("hsa", "Harbour Sensors Alliance", "CONSORTIUM", "HSA"),
  body("hsa-tg1", "HSA Task Group 1", "TASK_GROUP", "HSA TG1", [], "hsa"),
  body("qtf", "Quarry Task Force", "SDO", "QTF"),
  body("lgtc", "Lock Gates Technical Committee", "TECHNICAL_COMMITTEE", "LGTC"),
  body("twf", "Tidewell Forum", "CONSORTIUM", "TWF"),
];
const partners = (text: string, rules = [liaisonList]) =>
  factsOf(text, graph, rules, "group").liaisons.filter((l) => l.kind === "LIAISON_RELATIONSHIP").map((l) => [l.from, l.to]);

describe("liaison-list: a heading about a body's liaisons over a list of its partners", () => {
  it("relates the heading's body to each line's one other body, descriptions skipped", () => {
    const text = "Bodies with which HSA has exchanged liaisons\nQuarry Task Force (QTF)\nTo share buoy data with HSA TG1\nliaison with LGTC on lock clocks\nAgreed in March 2029\nTidewell Forum";
    expect(partners(text, [])).toEqual([]);
    expect(partners(text)).toEqual([["hsa", "qtf"], ["hsa", "lgtc"], ["hsa", "twf"]]);
  });

  it("reads nothing under a heading of no one body, a sentence, or after four lines naming none", () => {
    expect(partners("Liaisons of HSA and LGTC\nQuarry Task Force")).toEqual([]);
    expect(partners("HSA keeps liaisons with many bodies.\nQuarry Task Force")).toEqual([]);
    expect(partners("HSA liaisons\nOne\nTwo\nThree\nFour\nQuarry Task Force")).toEqual([]);
  });
});

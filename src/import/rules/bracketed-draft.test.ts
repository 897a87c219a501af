import { describe, expect, it } from "vitest";
import { bracketedDraft } from "./bracketed-draft.js";
import { body, factsOf } from "./testing.js";

const graph = [
  body("itu-r", "ITU Radiocommunication Sector", "SECTOR", "ITU-R"),
  body("itu-r-wp9z", "ITU-R Working Party 9Z", "WORKING_PARTY", "WP 9Z", ["Working Party 9Z"], "itu-r"),
];
const drafts = (text: string, rules = [bracketedDraft]) =>
  factsOf(text, graph, rules, "liaison").deliverables.map((d) => [d.code, d.kind, d.status, d.developedBy, d.title]);

describe("bracketed-draft: a text under its provisional name in brackets is a draft of the body drafting it", () => {
  it("reads the code, its kind, its title and the drafting body named before it", () => {
    const text = "Working Party 9Z is working on two texts:\n- Draft new Report ITU-R M.[BUOY.TRENDS]: “Future trends of buoy radios”\n- Draft new Recommendation ITU-R M.[BUOY VISION]";
    expect(drafts(text, [])).toEqual([]);
    expect(drafts(text)).toEqual([
      ["ITU-R M.[BUOY.TRENDS]", "TECHNICAL_REPORT", "IN_PROGRESS", "itu-r-wp9z", "Future trends of buoy radios"],
      ["ITU-R M.[BUOY VISION]", "RECOMMENDATION", "IN_PROGRESS", "itu-r-wp9z", undefined],
    ]);
  });

  it("reads nothing without a drafting body, nor a bracket of another shape", () => {
    expect(drafts("A new Report ITU-R M.[BUOY.TRENDS] is planned.")).toEqual([]);
    expect(drafts("Working Party 9Z cites document 9Z/[45] and M.[x].")).toEqual([]);
  });
});

import { describe, expect, it } from "vitest";
import { ccAcronymBody } from "./cc-acronym-body.js";
import { body, readingOf } from "./testing.js";

const graph = [body("qtf", "Quarry Task Force", "SDO", "QTF"), body("hsa", "Harbour Sensors Alliance", "CONSORTIUM", "HSA"), body("tsab", "Tide Standards Advisory Board", "OTHER", "TSAB")];
const form = (rows: string[], closing = "Ada Quill, QTF liaison officer") =>
  ["Liaison statement", "LS on buoys", "From Group QTF", "To Group HSA", ...rows, "Purpose For information", "QTF thanks HSA for its statement on buoys.", closing].join("\n");
/** The bodies the rule adds to what the document's reading proposed or named. */
function added(text: string): { created: string[]; named: string[] } {
  const without = readingOf(text, graph, [], "datatracker");
  const withRule = readingOf(text, graph, [ccAcronymBody], "datatracker");
  return {
    created: [...withRule.orgs.created.values()].map((o) => o.name).filter((n) => ![...without.orgs.created.values()].some((o) => o.name === n)),
    named: [...withRule.facts.mentionedOrganizations.keys()].filter((k) => !without.facts.mentionedOrganizations.has(k)),
  };
}

describe("cc-acronym-body: a body named by its acronym after \"the\" in a Cc row or a closing", () => {
  it("proposes a body the graph lacks under its acronym, from a Cc row or an \"on behalf of\"", () => {
    expect(added(form(["Cc The TSEB <>", "Bo Lind <>"])).created).toEqual(["TSEB"]);
    expect(added(form([], "on behalf of the QSEG")).created).toEqual(["QSEG"]);
  });

  it("takes the graph's body when it knows the acronym, never a second one", () => {
    const text = form(["Cc The TSAB <>"]);
    expect(added(text).created).toEqual([]);
    expect(readingOf(text, graph, [ccAcronymBody], "datatracker").facts.mentionedOrganizations.has("tsab")).toBe(true);
  });

  it("reads no person by office, board, list or sentence as a body", () => {
    for (const row of ["Cc The TSEB Chair <>", "The TSEB Board <>", "Cc TSEB Discussion List <>", "The TSEB meets in May <>"]) {
      expect(added(form([row]))).toEqual({ created: [], named: [] });
    }
  });
});

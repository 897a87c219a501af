import { describe, expect, it } from "vitest";
import { officeLabelList } from "./office-label-list.js";
import { body, factsOf } from "./testing.js";

const graph = [body("tbwg", "Tidal Buoys Working Group", "WORKING_GROUP", "TBWG")];
const rolesOf = (text: string, genre: Parameters<typeof factsOf>[3] = "group") =>
  factsOf(text, graph, [officeLabelList], genre).roles.map((r) => [r.person, r.role, r.organization]);

describe("office-label-list: an office printed as a label over or beside its holders", () => {
  it("gives the office beside a label, with or without a colon or in a table row, to each name it lists, in the page's body", () => {
    expect(rolesOf([
      "Tidal Buoys Working Group Charter",
      "The group writes guides for buoy telemetry.",
      "Chairs Ada Quill (Quayside Systems), Bo Lindqvist (Harbour Labs)",
      "Team Contacts: Jon Roe (0.2 FTE)",
    ].join("\n"))).toEqual([["Ada Quill", "CHAIR", "tbwg"], ["Bo Lindqvist", "CHAIR", "tbwg"], ["Jon Roe", "CONTACT_PERSON", "tbwg"]]);
    expect(rolesOf("Tidal Buoys Working Group Charter\n| Co-Chairs | Ada Quill, Bo Lindqvist, Mei-Ling van Dam |")).toEqual([
      ["Ada Quill", "CO_CHAIR", "tbwg"], ["Bo Lindqvist", "CO_CHAIR", "tbwg"], ["Mei-Ling van Dam", "CO_CHAIR", "tbwg"],
    ]);
  });

  it("reads the holders on the lines under a plural label alone, and leaves a singular one to heading-roster", () => {
    expect(rolesOf(["Tidal Buoys Working Group", "Vice-Chairs", "Odile Ferrand", "Rui Vaz", "Liaison Officers:", "Tomas Hale", "Our work", "Pieter Jansen"].join("\n"))).toEqual([
      ["Odile Ferrand", "VICE_CHAIR", "tbwg"], ["Rui Vaz", "VICE_CHAIR", "tbwg"], ["Tomas Hale", "LIAISON_REPRESENTATIVE", "tbwg"],
    ]);
    expect(rolesOf(["Tidal Buoys Working Group", "Liaison Officer", "Tomas Hale", "Pieter Jansen"].join("\n"))).toEqual([]);
  });

  it("takes nothing from a value that names no one, from prose after an office word, from an editor's label, or on a page with no body", () => {
    expect(rolesOf(["Tidal Buoys Working Group", "Chair: TBD", "Chair Ada Quill opened the meeting at noon.", "Editors: Bo Lindqvist, Jon Roe"].join("\n"))).toEqual([]);
    expect(rolesOf(["Notes from the harbour", "Chairs Ada Quill, Bo Lindqvist"].join("\n"), "other")).toEqual([]);
    // The title names a body the mentions did not read: the body a later line names is not the page's.
    const facts = factsOf(["Quay Lights Working Group Charter", "A group of the Tidal Buoys Working Group.", "Chairs | Ada Quill (Quayside Systems), Bo Lindqvist (Harbour Labs) |"].join("\n"), graph, [officeLabelList], "group");
    expect(facts.roles).toEqual([]);
    expect(facts.people.map((p) => p.name)).toEqual(["Ada Quill", "Bo Lindqvist"]);
  });
});

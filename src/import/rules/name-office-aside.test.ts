import { describe, expect, it } from "vitest";
import { nameOfficeAside } from "./name-office-aside.js";
import { body, factsOf } from "./testing.js";

const graph = [body("tbwg", "Tidal Buoys Working Group", "WORKING_GROUP", "TBWG")];
const readingOf = (text: string) => {
  const facts = factsOf(text, graph, [nameOfficeAside], "group");
  return { people: facts.people.map((p) => p.name), roles: facts.roles.map((r) => [r.person, r.role, r.organization]) };
};

describe("name-office-aside: a name with its office beside it, in a list or a line of its own", () => {
  it("gives each name in a list the office in parentheses after it, in the page's body", () => {
    expect(readingOf(["Tidal Buoys Working Group", "Members: Ada Quill (Chair), Bo Lindqvist (Vice-Chair), Jon Roe and Mei-Ling van Dam (Secretary)"].join("\n")).roles).toEqual([
      ["Ada Quill", "CHAIR", "tbwg"], ["Bo Lindqvist", "VICE_CHAIR", "tbwg"], ["Mei-Ling van Dam", "SECRETARIAT", "tbwg"],
    ]);
  });

  it("reads a line that is a name, a comma or a dash, and an office", () => {
    expect(readingOf(["Tidal Buoys Working Group", "Leadership", "• Ada Quill, Chair", "• Dr Bo Lindqvist – Convenor"].join("\n")).roles).toEqual([
      ["Ada Quill", "CHAIR", "tbwg"], ["Bo Lindqvist", "CONVENOR", "tbwg"],
    ]);
  });

  it("takes no body as a person, no plural office, no office of another body, and no role when the title's body was not read", () => {
    expect(readingOf(["Tidal Buoys Working Group", "The group (Chair) met.", "Harbour Systems (Chair)", "Ada Quill (Chairs)", "Jon Roe, Chair of the Harbour Board"].join("\n"))).toEqual({ people: [], roles: [] });
    expect(readingOf(["Quay Lights Working Group", "Ada Quill (Chair), Bo Lindqvist (Vice-Chair)"].join("\n"))).toEqual({ people: ["Ada Quill", "Bo Lindqvist"], roles: [] });
  });
});

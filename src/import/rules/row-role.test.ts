import { describe, expect, it } from "vitest";
import { rowRole } from "./row-role.js";
import { body, factsOf } from "./testing.js";

const graph = [
  body("hsa", "Harbour Sensors Alliance", "CONSORTIUM", "HSA"),
  body("qsb", "Quay Standards Bureau", "BUREAU", "QSB"),
  body("tideworks", "Tideworks Ltd", "COMPANY"),
];
const read = (text: string) => factsOf(text, graph, [rowRole], "group");
const roles = (text: string) => read(text).roles.map((r) => [r.person, r.role, r.organization]);

describe("row-role: one person, one office word and one body in one table row make a role", () => {
  it("reads a row whose cells are a name, an office and a body, in any order", () => {
    expect(roles("Laura Brandvold | Vice-Chair | Harbour Sensors Alliance")).toEqual([["Laura Brandvold", "VICE_CHAIR", "hsa"]]);
    expect(roles("Quay Standards Bureau\tRapporteur\tDaniel Tollefsen")).toEqual([["Daniel Tollefsen", "RAPPORTEUR", "qsb"]]);
  });

  it("keeps an employer's cell as the person's affiliation, not the office's body", () => {
    const facts = read("Ms Sarah Verhoeven | Tideworks Ltd | Convenor, Harbour Sensors Alliance");
    expect(facts.roles.map((r) => [r.person, r.role, r.organization])).toEqual([["Sarah Verhoeven", "CONVENOR", "hsa"]]);
    expect(facts.people.find((p) => p.name === "Sarah Verhoeven")?.affiliations).toContain("tideworks");
  });

  it("reads nothing when the row pairs nothing for sure: two people, two offices, two bodies, a plural office, no body", () => {
    expect(roles("Laura Brandvold | Thomas Aaltonen | Chair | Harbour Sensors Alliance")).toEqual([]);
    expect(roles("Laura Brandvold | Chair and Editor | Harbour Sensors Alliance")).toEqual([]);
    expect(roles("Laura Brandvold | Chair | Harbour Sensors Alliance | Quay Standards Bureau")).toEqual([]);
    expect(roles("Laura Brandvold | Editors | Harbour Sensors Alliance")).toEqual([]);
    expect(roles("Laura Brandvold | Chair | Tideworks Ltd")).toEqual([]);
  });

  it("reads a line that is no row as nothing", () => {
    expect(roles("Laura Brandvold, Vice-Chair, Harbour Sensors Alliance")).toEqual([]);
  });
});

import { describe, expect, it } from "vitest";
import { respectively } from "./respectively.js";
import { body, factsOf } from "./testing.js";

const graph = [
  body("qsb", "Quay Standards Bureau", "BUREAU", "QSB"),
  body("lrb", "Lock Registry Bureau", "BUREAU", "LRB"),
  body("hsa", "Harbour Sensors Alliance", "CONSORTIUM", "HSA"),
];
const roles = (text: string) => factsOf(text, graph, [respectively], "news").roles.map((r) => [r.person, r.role, r.organization]);

describe("respectively: people listed before the verb hold, in order, the offices or bodies listed after it", () => {
  it("pairs two people with two bodies under one plural office, and takes each one's country", () => {
    const text = "In a single round Ada Quill of Norway and Bo Lind of Chile were re-elected today as Directors of the Quay Standards Bureau and Lock Registry Bureau, respectively, for a further term.";
    const facts = factsOf(text, graph, [respectively], "news");
    expect(facts.roles.map((r) => [r.person, r.role, r.organization])).toEqual([["Ada Quill", "DIRECTOR", "qsb"], ["Bo Lind", "DIRECTOR", "lrb"]]);
    expect(facts.people.map((p) => [p.name, p.country])).toEqual([["Ada Quill", "NO"], ["Bo Lind", "CL"]]);
  });

  it("pairs three people with three offices of one body", () => {
    const text = "Cy Moss, Eve Roe and Dan Holt have been appointed Chair, Vice-Chair and Rapporteur of the Harbour Sensors Alliance, respectively.";
    expect(roles(text)).toEqual([["Cy Moss", "CHAIR", "hsa"], ["Eve Roe", "VICE_CHAIR", "hsa"], ["Dan Holt", "RAPPORTEUR", "hsa"]]);
  });

  it("reads nothing when the lists are not as long as the people's", () => {
    expect(roles("Ada Quill, Bo Lind and Cy Moss were elected Directors of the Quay Standards Bureau and Lock Registry Bureau, respectively.")).toEqual([]);
  });

  it("reads nothing without 'respectively': one office of one body shared is not a pairing", () => {
    expect(roles("Ada Quill and Bo Lind were elected Directors of the Quay Standards Bureau.")).toEqual([]);
  });
});

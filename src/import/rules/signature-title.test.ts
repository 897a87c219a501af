import { describe, expect, it } from "vitest";
import { signatureTitle } from "./signature-title.js";
import { body, factsOf } from "./testing.js";

const graph = [
  body("ocf", "Ocean Current Forum", "CONSORTIUM", "OCF"),
  body("qtf", "Quarry Task Force", "SDO", "QTF"),
  body("qtf-tide", "Tide Area", "WORKING_GROUP", "TIDE", [], "qtf"),
];
const roles = (text: string, rules = [signatureTitle]) => factsOf(text, graph, rules, "liaison").roles.map((r) => [r.person, r.role, r.organization]);

describe("signature-title: a signature or distribution line naming a person and their office, the body first", () => {
  it("gives the office in the body the title names, dropping the title's words between body and office", () => {
    expect(roles("Kindly keep us informed.\nMaren Holt, Ocean Current Forum Managing Director <>")).toEqual([["Maren Holt", "DIRECTOR", "ocf"]]);
    expect(roles("Best regards,\nTomas Brink, QTF TIDE area director on behalf of the Steering Group")).toEqual([["Tomas Brink", "DIRECTOR", "qtf-tide"]]);
  });

  it("reads a closing's name line over its title line, a committee of the body proposed as its part", () => {
    const facts = factsOf("Your consideration is appreciated.\nMaren Holt,\nOcean Current Forum Technical Committee Chair", graph, [signatureTitle], "liaison");
    expect(facts.roles.map((r) => [r.person, r.role])).toEqual([["Maren Holt", "CHAIR"]]);
    expect(facts.roles[0]!.organization).not.toBe("ocf");
    expect(facts.roles[0]!.organization).toMatch(/technical-committee/);
  });

  it("gives the person alone when the title's office is none of the graph's kinds, and nothing for the office first", () => {
    const facts = factsOf("Ines Lund, Ocean Current Forum Member Support Manager <>", graph, [signatureTitle], "liaison");
    expect(facts.people.map((p) => p.name)).toEqual(["Ines Lund"]);
    expect(facts.roles).toEqual([]);
    // A greeting or a place line is no signature.
    for (const text of ["Hi Maren Holt, All,", "Quarry Headquarters, Lisbon, Portugal – 2 May 2031"]) {
      expect(factsOf(text, graph, [signatureTitle], "liaison").people).toEqual(factsOf(text, graph, [], "liaison").people);
    }
    // The office first is the generic reading's: the rule adds nothing to it; nor does it read a sentence as a title.
    for (const text of ["Ines Lund, Chair of the Quarry Task Force <>", "Ines Lund, as you know, the Ocean Current Forum Chair. has left"]) {
      expect(roles(text)).toEqual(roles(text, []));
    }
  });
});

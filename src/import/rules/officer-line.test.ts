import { describe, expect, it } from "vitest";
import { officerLine } from "./officer-line.js";
import { body, factsOf } from "./testing.js";

const graph = [body("hsa", "Harbour Sensors Alliance", "CONSORTIUM", "HSA"), body("qtf", "Quarry Task Force", "SDO", "QTF")];

describe("officer-line: 'Chair: Name, Affiliation' lines under a page's heading", () => {
  it("gives each officer the office in the page's body, and the body after the name as affiliation", () => {
    const facts = factsOf([
      "Harbour Sensors Alliance (HSA) annual summary 2031",
      "Chair: Odile Ferrand, Quarry Task Force",
      "Vice Chairman: Tomas Lindqvist Saltmarsh Instruments",
      "Meeting Secretary: J. R. Okafor",
      "The group met four times.",
    ].join("\n"), graph, [officerLine], "group");
    expect(facts.roles.map((r) => [r.person, r.role, r.organization])).toEqual(expect.arrayContaining([
      ["Odile Ferrand", "CHAIR", "hsa"], ["Tomas Lindqvist", "VICE_CHAIR", "hsa"], ["J. R. Okafor", "SECRETARIAT", "hsa"],
    ]));
    expect(facts.people.find((p) => p.name === "Odile Ferrand")?.affiliations).toEqual(["qtf"]);
    expect(facts.people.find((p) => p.name === "Tomas Lindqvist")?.affiliations).toEqual(["saltmarsh-instruments"]);
  });

  it("takes no sentence for a name, and no office on a page that names no body", () => {
    const facts = factsOf(["Notes from the pier", "Chair: to be elected at the next session.", "Chairman: Rui Vaz, Quarry Task Force"].join("\n"), [], [officerLine], "group");
    expect(facts.roles).toEqual([]);
  });

  it("takes the body of the heading just above, a country after the name as the person's, a secretariat's person", () => {
    const facts = factsOf([
      "Sent: Tue, 3 Mar 31 09:12:44 QTF",
      "Notes for the Quarry Task Force meeting",
      "HSA: Sensor Interfaces and Calibration",
      "Scope: interfaces for harbour sensors.",
      "Chairman: Dr Mara K Ostrova (Canada)",
      "Secretariat: Frau B Lindholm, Quarry Task Force (retiring)",
    ].join("\n"), graph, [officerLine], "group");
    expect(facts.roles.map((r) => [r.person, r.role, r.organization])).toEqual([["Mara K Ostrova", "CHAIR", "hsa"], ["B Lindholm", "SECRETARIAT", "hsa"]]);
    expect(facts.people.find((p) => p.name === "Mara K Ostrova")).toMatchObject({ country: "CA", affiliations: [] });
    expect(facts.people.find((p) => p.name === "B Lindholm")?.affiliations).toEqual(["qtf"]);
  });

  it("reads a secretariat that is a body as no person", () => {
    const facts = factsOf(["Harbour Sensors Alliance (HSA)", "Secretariat: Harbour Standards Institution"].join("\n"), graph, [officerLine], "group");
    expect(facts.people).toEqual([]);
  });
});

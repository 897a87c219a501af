import { describe, expect, it } from "vitest";
import { nameBarLine } from "./name-bar-line.js";
import { body, factsOf } from "./testing.js";

const graph = [body("hsa", "Harbour Sensors Alliance", "CONSORTIUM", "HSA")];

describe("name-bar-line: 'Name | Title, Body – description' lines", () => {
  it("makes each line's name a person of the body after the title's comma, and a member of the board the lead-in introduces", () => {
    const facts = factsOf([
      "Harbour Sensors Alliance Announces Its New Board",
      "Members voted in June.",
      "We welcome our new Board of Directors that will serve until mid 2032:",
      "Odile Ferrand | CEO, Saltmarsh Instruments – Odile builds tide gauges.",
      "Rui Vaz PhD | Head of Research at Quay Traders – Rui studies silt.",
    ].join("\n"), graph, [nameBarLine], "news");
    expect(facts.people.map((p) => [p.name, p.affiliations])).toEqual([["Odile Ferrand", ["saltmarsh-instruments"]], ["Rui Vaz", []]]);
    expect(facts.roles.map((r) => [r.person, r.role, r.organization])).toEqual([
      ["Odile Ferrand", "MEMBER", "harbour-sensors-alliance-board-of-directors"], ["Rui Vaz", "MEMBER", "harbour-sensors-alliance-board-of-directors"],
    ]);
  });

  it("gives no board role without a lead-in that names one, and takes no table row of values", () => {
    const facts = factsOf([
      "Harbour Sensors Alliance speakers",
      "Odile Ferrand | CEO, Saltmarsh Instruments",
      "Tide Gauge | 12 | 2031",
    ].join("\n"), graph, [nameBarLine], "news");
    expect(facts.people.map((p) => p.name)).toEqual(["Odile Ferrand"]);
    expect(facts.roles).toEqual([]);
  });
});

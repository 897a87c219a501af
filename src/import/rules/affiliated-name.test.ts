import { describe, expect, it } from "vitest";
import { affiliatedName } from "./affiliated-name.js";
import { body, factsOf, readingOf } from "./testing.js";

const graph = [body("hsa", "Harbour Sensors Alliance", "CONSORTIUM", "HSA")];
const people = (text: string) => factsOf(text, graph, [affiliatedName], "other").people.map((p) => p.name);

describe("affiliated-name: people by the shape of their mention", () => {
  it("takes a tagged name followed by an affiliation or an address, whatever the sentence says", () => {
    expect(people("The draft was presented by the rapporteurs, among them Laura Whitfield (HSA).")).toEqual(["Laura Whitfield"]);
    expect(people("Comments went to Daniel Okafor, Harbour Sensors Alliance, before May.")).toEqual(["Daniel Okafor"]);
    expect(people("Thanks go to Maria Olsen of the HSA for hosting.")).toEqual(["Maria Olsen"]);
    expect(people("Questions: Peter Hansen <peter.hansen@example.org>")).toEqual(["Peter Hansen"]);
  });

  it("takes a tagged name alone on its line (a list laid out one a line)", () => {
    expect(people("Speakers\nLaura Whitfield\nTidal Buoy Networks")).toEqual(["Laura Whitfield"]);
    expect(people("Thanks to:\n- Daniel Okafor\n- Tidal Buoy Networks")).toEqual(["Daniel Okafor"]);
  });

  it("takes a tagged name with a company in parentheses the graph does not know, without proposing the company", () => {
    const { facts, orgs } = readingOf("Co-leads are Maria Olsen (Quayside Systems) and others.", graph, [affiliatedName]);
    expect(facts.people.map((p) => p.name)).toEqual(["Maria Olsen"]);
    expect([...orgs.created.keys()]).toEqual([]);
  });

  it("keeps the affiliation beside the name", () => {
    const facts = factsOf("Session chairs include Helen Carter (HSA).", graph, [affiliatedName]);
    expect(facts.people.find((p) => p.name === "Helen Carter")?.affiliations).toContain("hsa");
  });

  it("takes no untagged phrase and no name without the evidence beside it", () => {
    expect(people("Tidal Buoy Networks (HSA) will grow.")).toEqual([]);
    expect(people("Laura Whitfield spoke about buoys and the weather in Porto.")).toEqual([]);
  });
});

import { describe, expect, it } from "vitest";
import { acknowledgedNames } from "./acknowledged-names.js";
import { body, factsOf } from "./testing.js";

const graph = [body("hsa", "Harbour Sensors Alliance", "CONSORTIUM", "HSA")];

describe("acknowledged-names: people a report thanks or excuses, named without an honorific", () => {
  it("takes each person's name of the list", () => {
    const facts = factsOf([
      "The Chairman welcomed delegates to Tromsø and thanked Odile Ferrand and the HSA for the arrangements.",
      "Apologies were received from Tomas Lindqvist, Mei-Ling van der Dam and Rui Vaz.",
    ].join("\n"), graph, [acknowledgedNames]);
    expect(facts.people.map((p) => p.name)).toEqual(["Odile Ferrand", "Tomas Lindqvist", "Mei-Ling van der Dam", "Rui Vaz"]);
  });

  it("takes no body, phrase or single word for a person", () => {
    const facts = factsOf("We thank Harbour Sensors Alliance, Quarry Workers Union and Everyone for their help. Thanks to all delegates.", graph, [acknowledgedNames]);
    expect(facts.people).toEqual([]);
  });
});

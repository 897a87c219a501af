import { describe, expect, it } from "vitest";
import { namesABody } from "./body-name.js";

describe("namesABody: is the phrase before an acronym the name of a body?", () => {
  it("takes a phrase whose last word names a body, or whose body word carries a complement or a number", () => {
    for (const name of [
      "Harbour Sensors Alliance",
      "Ministry of Coastal Affairs",
      "Department for Tides, Weather and Sport",
      "Lowland Study Group 7",
      "Joint Technical Committee 1",
      "Working Group 4 – Buoys",
      "United Nations Office for Rivers",
      "Quarry Workers Association",
      "Tidal Energy Interoperability Panel",
      "Working Party 9",
      "Clean Harbours Coalition",
    ]) expect(namesABody(name), name).toBe(true);
  });

  it("refuses a thing named after a body word that is not its head", () => {
    for (const name of [
      "Network Functions Virtualisation",
      "Standards Register",
      "Forum Seating Plan",
      "Augmented Reality",
      "Group Policy Objects",
      "Party Lights Controller",
    ]) expect(namesABody(name), name).toBe(false);
  });
});

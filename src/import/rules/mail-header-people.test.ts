import { describe, expect, it } from "vitest";
import { mailHeaderPeople } from "./mail-header-people.js";
import { body, factsOf } from "./testing.js";

const graph = [body("hsa", "Harbour Sensors Alliance", "CONSORTIUM", "HSA")];

describe("mail-header-people: the senders a copied message's headers name", () => {
  it("takes the person a message was sent on behalf of, and the reply's signature above the original message", () => {
    const facts = factsOf([
      "Re: [HSA-LIST] ballot on the buoy letter",
      "Odile Ferrand",
      "-----Original Message-----",
      "From: ***** HSA Board List *****",
      "[] On Behalf Of Tomas J. Lindqvist",
      "Sent: Monday, May 05, 2031 9:12 AM",
    ].join("\n"), graph, [mailHeaderPeople]);
    expect(facts.people.map((p) => p.name)).toEqual(["Odile Ferrand", "Tomas J. Lindqvist"]);
  });

  it("takes no body above the original message, and nothing where there is no header", () => {
    expect(factsOf("Harbour Sensors Alliance\n-----Original Message-----\nFrom: list", graph, [mailHeaderPeople]).people).toEqual([]);
    expect(factsOf("Odile Ferrand\nwrote the minutes.", graph, [mailHeaderPeople]).people).toEqual([]);
  });
});

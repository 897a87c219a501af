import { describe, expect, it } from "vitest";
import { peopleListField } from "./people-list-field.js";
import { body, factsOf } from "./testing.js";

const graph = [body("hsa", "Harbour Sensors Alliance", "CONSORTIUM", "HSA")];
const people = (text: string) => factsOf(text, graph, [peopleListField], "report").people.map((p) => p.name).sort();

describe("people-list-field: the people a label lists", () => {
  it("takes each name of an attendees' or chairs' list, with or without a colon, asides dropped", () => {
    expect(people("Attendees:  Laura Whitfield, Daniel Okafor, Maria Olsen.")).toEqual(["Daniel Okafor", "Laura Whitfield", "Maria Olsen"]);
    expect(people("Chairs Helen Carter (Quayside Systems), Peter Hansen (HSA)")).toEqual(["Helen Carter", "Peter Hansen"]);
    expect(people("Editors: Laura Whitfield and Daniel Okafor")).toEqual(["Daniel Okafor", "Laura Whitfield"]);
  });

  it("takes no item that is not a name alone, and no label inside a sentence", () => {
    expect(people("Participants: all members of the HSA, Harbour Sensors Alliance")).toEqual([]);
    expect(people("The Attendees: Laura Whitfield list was long")).toEqual([]);
    expect(people("Chair: Laura Whitfield, Quayside Systems AG")).toEqual(["Laura Whitfield"]);
    expect(people("Present practice is to ask Laura Whitfield.")).toEqual([]);
  });
});

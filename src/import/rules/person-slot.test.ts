import { describe, expect, it } from "vitest";
import { personSlot } from "./person-slot.js";
import { body, factsOf } from "./testing.js";

const graph = [body("hsa", "Harbour Sensors Alliance", "CONSORTIUM", "HSA")];
const people = (text: string) => factsOf(text, graph, [personSlot], "news").people.map((p) => p.name);

describe("person-slot: people in running prose, where only a person stands", () => {
  it("takes a byline, a relative clause and the object of a verb that takes a person", () => {
    expect(people("By: Laura Whitfield")).toEqual(["Laura Whitfield"]);
    expect(people("The seat was vacated by Daniel Okafor, who joined the HSA board.")).toEqual(["Daniel Okafor"]);
    expect(people("The HSA appointed a new treasurer, replacing Sarah Lindqvist. The board met in May.")).toEqual(["Sarah Lindqvist"]);
    expect(people("A letter dated 3 May was received by Peter Hansen from Maria Olsen of the Harbour Sensors Alliance.")).toEqual(["Peter Hansen", "Maria Olsen"]);
    expect(people("Dear Maria Olsen, thank you for your letter.")).toEqual(["Maria Olsen"]);
  });

  it("takes the subject of a finite verb, and a name joined to it by \"and\"", () => {
    expect(people("Michael Brandt and Helen Carter left the HSA board after six years.")).toEqual(["Helen Carter", "Michael Brandt"]);
    expect(people("Robert Nilsen will continue as treasurer of the HSA.")).toEqual(["Robert Nilsen"]);
  });

  it("takes a name right after a capitalized title, even one the tagger does not know", () => {
    expect(people("The HSA welcomed Deputy Secretary-General-elect Oyelaran Teodorescu (Ruritania) to the meeting.")).toEqual(["Oyelaran Teodorescu"]);
    expect(people("The closing words were given by the harbour's Prime Minister Oyelaran Teodorescu.")).toEqual(["Oyelaran Teodorescu"]);
  });

  it("takes no capitalized phrase elsewhere, no body and no name the tagger does not read", () => {
    expect(people("Harbour Sensors Alliance will meet in Porto.")).toEqual([]);
    expect(people("Tidal Buoy Networks will continue to grow, the report says.")).toEqual([]);
    expect(people("Oyelaran Teodorescu will continue as treasurer.")).toEqual([]);
    expect(people("The report on Coastal Radar was presented in the session.")).toEqual([]);
    expect(people("Reply to the HSA on Member Tidal Analysis")).toEqual([]);
  });
});

import { describe, expect, it } from "vitest";
import { eventOfThePage } from "./event-of-the-page.js";
import { body, factsOf } from "./testing.js";

const graph = [body("alliance", "Northern Grid Alliance", "CONSORTIUM", "NGA")];

describe("event-of-the-page: the event a page is about", () => {
  it("reads a sentence naming an event, where and when it took place, and whose meeting it is", () => {
    const facts = factsOf("The second Plenary of the Northern Grid Alliance took place in the Main Hall, Porto, Portugal on 3 May 2026.", graph, [eventOfThePage], "event");
    expect(facts.events).toMatchObject([{ kind: "MEETING", startDate: "2026-05-03", city: "Porto", country: "PT", meetingOf: "alliance" }]);
  });

  it("reads a heading with its 'Time and date' and 'Place' lines, a date range as a range", () => {
    const facts = factsOf("< Back to the programme\nThird Workshop on “Grids that listen”\nTime and date: 21–23 October 2027\nPlace: Lisbon, Portugal", graph, [eventOfThePage], "event");
    expect(facts.events).toMatchObject([{ name: "Third Workshop on “Grids that listen”", kind: "WORKSHOP", startDate: "2027-10-21", endDate: "2027-10-23", city: "Lisbon" }]);
  });

  it("takes no event from a sentence that names none, nor from a clause that mentions one", () => {
    expect(factsOf("The vote took place on 3 May 2026.", graph, [eventOfThePage], "event").events).toEqual([]);
    const clause = "c) that the Open Forum on Grids provides a space for the group, which was held five times, from December 2022 to June 2024;";
    expect(factsOf(clause, graph, [eventOfThePage], "event").events).toEqual([]);
  });
});

import { describe, expect, it } from "vitest";
import { neighbourEvent } from "./neighbour-event.js";
import { body, factsOf } from "./testing.js";

const graph = [
  body("hsa", "Harbour Sensors Alliance", "CONSORTIUM", "HSA"),
  body("lgtc", "Lock Gates Technical Committee", "TECHNICAL_COMMITTEE", "LGTC"),
];
const events = (text: string, rules = [neighbourEvent]) =>
  factsOf(text, graph, rules, "news", "2031-02-10").events.filter((e) => e.meetingOf).map((e) => [e.meetingOf, e.kind, e.startDate, e.endDate, e.city]);

describe("neighbour-event: a gathering's date and place in the sentence next to its word", () => {
  it("reads the date and place of the next sentence, or of the one before", () => {
    const text = "Delegates are invited to the next LGTC Plenary. It will be held in Lisbon on 3–7 May 2031, hosted by a port authority.";
    expect(events(text, [])).toEqual([]);
    expect(events(text)).toEqual([["lgtc", "MEETING", "2031-05-03", "2031-05-07", "Lisbon"]]);
    expect(events("Lisbon will welcome visitors on 12 June. The plenary of the Harbour Sensors Alliance elected its officers.")).toEqual([["hsa", "MEETING", "2031-06-12", undefined, "Lisbon"]]);
  });

  it("reads nothing from a deadline's sentence, without a place, or with two gatherings", () => {
    expect(events("Delegates are invited to the next LGTC Plenary in Lisbon. Contributions are due by 3 May 2031.")).toEqual([]);
    expect(events("Delegates are invited to the next LGTC Plenary. It will be held on 3 May 2031.")).toEqual([]);
    expect(events("The LGTC Plenary follows the HSA meeting. Both are held in Lisbon on 3 May 2031.")).toEqual([]);
  });
});

import { describe, expect, it } from "vitest";
import { clauseEvent } from "./clause-event.js";
import { body, factsOf } from "./testing.js";

const graph = [
  body("hsa", "Harbour Sensors Alliance", "CONSORTIUM", "HSA"),
  body("lgtc", "Lock Gates Technical Committee", "TECHNICAL_COMMITTEE", "LGTC"),
  body("hcc", "Harbour Cities Conference", "OTHER", "HCC"),
];
// The generic reading (recognize/extractor.ts) may already read an event of no body in the sentence: the rule's are a body's.
const events = (text: string, date = "2031-02-10") =>
  factsOf(text, graph, [clauseEvent], "news", date).events.filter((e) => e.meetingOf).map((e) => [e.meetingOf, e.kind, e.startDate, e.endDate, e.city, e.country]);

describe("clause-event: a gathering's word, one date and one place in one sentence make an event of the body beside the word", () => {
  it("reads the body's meeting whatever the verb", () => {
    expect(events("The LGTC Plenary took place in Lisbon on 16–21 July 2031, with forty delegates.")).toEqual([["lgtc", "MEETING", "2031-07-16", "2031-07-21", "Lisbon", "PT"]]);
    expect(events("Delegates gathered in Porto, Portugal for the plenary of the Harbour Sensors Alliance on 3 May 2031.")).toEqual([["hsa", "MEETING", "2031-05-03", undefined, "Porto", "PT"]]);
  });

  it("dates a day without its year by the document, and reads a year alone after 'in'", () => {
    expect(events("The HSA steering meeting in Lisbon on 30 November approved the budget.")).toEqual([["hsa", "MEETING", "2031-11-30", undefined, "Lisbon", "PT"]]);
    expect(events("She was elected at the Harbour Cities Conference held in Lisbon in 2030.")).toEqual([["hcc", "CONFERENCE", "2030", undefined, "Lisbon", "PT"]]);
    expect(events("Ada Quill has led the HSA since March 2031, following her election at the Harbour Cities Conference in Lisbon in 2030.")).toEqual([["hcc", "CONFERENCE", "2030", undefined, "Lisbon", "PT"]]);
  });

  it("reads nothing without one of each: two dates, two places, no body beside the word, a deadline's date, a relative date", () => {
    expect(events("The LGTC Plenary met in Lisbon on 3 May 2031 and again on 9 September 2031.")).toEqual([]);
    expect(events("The LGTC Plenary met in Lisbon on 3 May 2031 after a visit to Geneva.")).toEqual([]);
    expect(events("A meeting in Lisbon on 3 May 2031 was attended by the Harbour Sensors Alliance.")).toEqual([]);
    expect(events("Contributions to the LGTC Plenary in Lisbon are due by 3 May 2031.")).toEqual([]);
    expect(events("The HSA meeting in Lisbon last week approved the budget.")).toEqual([]);
  });

  it("reads no body's event without the rule", () => {
    expect(factsOf("The LGTC Plenary took place in Lisbon on 16–21 July 2031.", graph, [], "news").events.filter((e) => e.meetingOf)).toEqual([]);
  });

  it("leaves a workshop a body organizes to the rules that read organizers", () => {
    expect(events("An HSA Workshop on buoy sensing will take place in Lisbon on 3 May 2031.")).toEqual([]);
  });
});

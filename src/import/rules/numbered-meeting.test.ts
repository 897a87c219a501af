import { describe, expect, it } from "vitest";
import { numberedMeeting } from "./numbered-meeting.js";
import { body, factsOf } from "./testing.js";

const graph = [
  body("hsa", "Harbour Sensors Alliance", "CONSORTIUM", "HSA"),
  body("hsa-wg2", "HSA Working Group 2", "WORKING_GROUP", "HSA2", ["HSA2"], "hsa"),
];

describe("numbered-meeting: 'GROUP#N' with its dates", () => {
  it("dates a group's numbered meeting from the words after it, a range kept", () => {
    const facts = factsOf("The study is to conclude at the HSA2#58e meeting (March 3-7, 2031) and work items follow.", graph, [numberedMeeting]);
    expect(facts.events.map((e) => [e.name, e.meetingOf, e.startDate, e.endDate])).toEqual([["HSA2#58e", "hsa-wg2", "2031-03-03", "2031-03-07"]]);
  });

  it("reads a report's heading over its date line, a suffix after the group being its sub-group", () => {
    const facts = factsOf("Meeting Report of HSA2 TX#12\n14-16 October 2030\nThe Chairman welcomed delegates.", graph, [numberedMeeting]);
    expect(facts.events.map((e) => [e.name, e.meetingOf, e.startDate, e.endDate])).toEqual([["HSA2 TX#12", "hsa2-tx", "2030-10-14", "2030-10-16"]]);
  });

  it("takes no number without a date, nor a body it cannot name", () => {
    expect(factsOf("See HSA2#58e for the details.\nRoom#4 (12 May 2031)", graph, [numberedMeeting]).events).toEqual([]);
  });
});

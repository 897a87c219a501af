import { describe, expect, it } from "vitest";
import { nextMeetings } from "./next-meetings.js";
import { body, factsOf } from "./testing.js";

const graph = [body("rb-wg7", "Riverbank Project WG7", "WORKING_GROUP", "RB7"), body("harbour", "Harbour Forum", "INDUSTRY_FORUM", "HBF")];
const statement = (rows: string[]) => [
  "Liaison statement",
  "From Group Riverbank Project WG7",
  "To Group Harbour Forum",
  "Purpose For information",
  "1. Overall Description:",
  "WG7 reviewed the forum's draft on tide gauges.",
  "3. Date of Next WG7 Meetings:",
  ...rows,
].join("\n");

describe("next-meetings: a statement's rows of its next meetings", () => {
  it("gives each row of the sending group a meeting, with its dates and city", () => {
    const facts = factsOf(statement(["WG7#41  3rd – 7th May 2027    Porto, Portugal", "WG7#41bis   14th - 15th Jun 2027   Geneva, Switzerland"]), graph, [nextMeetings], "datatracker");
    expect(facts.events.map((e) => [e.name, e.meetingOf, e.startDate, e.endDate, e.city])).toEqual([
      ["WG7#41", "rb-wg7", "2027-05-03", "2027-05-07", "Porto"],
      ["WG7#41bis", "rb-wg7", "2027-06-14", "2027-06-15", "Geneva"],
    ]);
  });

  it("gives no meeting to a designation that names no known group", () => {
    const facts = factsOf(statement(["ZZ#9  3rd – 7th May 2027    Porto, Portugal"]), graph, [nextMeetings], "datatracker");
    expect(facts.events).toEqual([]);
  });
});

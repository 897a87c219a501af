import { describe, expect, it } from "vitest";
import { meetingTableRows } from "./meeting-table-rows.js";
import { body, factsOf } from "./testing.js";

const graph = [
  body("tt9b", "Task Team 9B", "WORKING_GROUP", "TT 9B"),
  body("tt9c", "Task Team 9C", "WORKING_GROUP", "TT 9C"),
];

describe("meeting-table-rows: a circular's table of meetings and contribution deadlines", () => {
  it("reads each row in pipe rows: the group's meeting, a range kept, and its contribution deadline", () => {
    const text = [
      "The meetings will take place as follows:",
      "| Group | Meeting dates | Deadline for contributions |",
      "| Task Team 9B | 14 - 18 October 2030 | Friday, 4 October 2030 |",
      "| Task Team 9C | 21 October - 1 November 2030 | Monday, 14 October 2030 |",
    ].join("\n");
    const facts = factsOf(text, graph, [meetingTableRows], "circular");
    expect(facts.events.map((e) => [e.meetingOf, e.startDate, e.endDate])).toEqual([["tt9b", "2030-10-14", "2030-10-18"], ["tt9c", "2030-10-21", "2030-11-01"]]);
    expect(facts.deadlines.map((d) => [d.kind, d.due])).toEqual([["CONTRIBUTION", "2030-10-04"], ["CONTRIBUTION", "2030-10-14"]]);
  });

  it("reads the same table when a copy ran its cells together", () => {
    const text = "GroupsMeeting datesDeadline for contributionsTask Team 9B14 - 18 October 2030Friday, 4 October 2030 at 1200 hoursTask Team 9C21 October - 1 November 2030Monday, 14 October 2030";
    const facts = factsOf(text, graph, [meetingTableRows], "circular");
    expect(facts.events.map((e) => [e.meetingOf, e.startDate, e.endDate])).toEqual([["tt9b", "2030-10-14", "2030-10-18"], ["tt9c", "2030-10-21", "2030-11-01"]]);
    expect(facts.deadlines.map((d) => d.due)).toEqual(["2030-10-04", "2030-10-14"]);
  });

  it("takes no row whose group is not followed by its dates, and no deadline without that column", () => {
    const text = ["Meeting dates", "Task Team 9B will report on 14 October 2030.", "Task Team 9C | 21 - 25 October 2030 | 3 October 2030"].join("\n");
    const facts = factsOf(text, graph, [meetingTableRows], "circular");
    expect(facts.events.map((e) => e.meetingOf)).toEqual(["tt9c"]);
    expect(facts.deadlines).toEqual([]);
  });
});

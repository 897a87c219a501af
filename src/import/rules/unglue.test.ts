import { describe, expect, it } from "vitest";
import { datedDeadlineRows } from "./dated-deadline-rows.js";
import { meetingTableRows } from "./meeting-table-rows.js";
import { body, factsOf } from "./testing.js";
import { unglueCells } from "./unglue.js";

const graph = [body("tt9b", "Task Team 9B", "WORKING_GROUP", "TT 9B"), body("tt9c", "Task Team 9C", "WORKING_GROUP", "TT 9C")];

describe("unglueCells: table cells a copy ran together", () => {
  it("puts a space back before and after a date that starts or ends a cell", () => {
    expect(unglueCells("Send inputs needing translation3 June 2029 / -Ask for a fellowship")).toBe("Send inputs needing translation 3 June 2029 / -Ask for a fellowship");
    expect(unglueCells("Task Team 9B14 - 18 October 2030Friday, 4 October 2030")).toBe("Task Team 9B 14 - 18 October 2030 Friday, 4 October 2030");
  });

  it("splits a lower-case word run into the next cell's capitalized one, and leaves names and codes alone", () => {
    expect(unglueCells("at 0900 hoursTask Team 9C")).toBe("at 0900 hours Task Team 9C");
    expect(unglueCells("McAllister met the DetNet chairs about ITU-T Y.3000 on 3 June 2029")).toBe("McAllister met the DetNet chairs about ITU-T Y.3000 on 3 June 2029");
  });

  it("lets the table rules that call it read run-together rows as rows", () => {
    const deadlines = factsOf("Important dates\n3 June 2029 / -Send inputs needing translation19 June 2029 / -Apply for a fellowship", [], [datedDeadlineRows], "circular").deadlines;
    expect(deadlines.map((d) => d.due)).toEqual(["2029-06-03", "2029-06-19"]);
    const events = factsOf("GroupsMeeting datesTask Team 9B14 - 18 October 2030 at 0900 hoursTask Team 9C21 - 25 October 2030", graph, [meetingTableRows], "circular").events;
    expect(events.map((e) => [e.meetingOf, e.startDate, e.endDate])).toEqual([["tt9b", "2030-10-14", "2030-10-18"], ["tt9c", "2030-10-21", "2030-10-25"]]);
  });
});

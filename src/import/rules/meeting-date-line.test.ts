import { describe, expect, it } from "vitest";
import { meetingDateLine } from "./meeting-date-line.js";
import { body, factsOf } from "./testing.js";

const graph = [body("itu-r", "ITU Radiocommunication Sector", "SECTOR", "ITU-R"), body("itu-r-sg6", "ITU-R Study Group 6", "STUDY_GROUP", "SG6", ["ITU-R SG6"], "itu-r")];

describe("meeting-date-line: a meeting named on one line and dated on the next", () => {
  it("dates the named group's meeting with the range under it", () => {
    const text = ["The meetings are as follows:", "• ITU-R SG6 working party meetings for all items", "Date: 7–11 June 2027", "• ITU-R SG6 plenary session", "Dates : 14 June 2027"].join("\n");
    const facts = factsOf(text, graph, [meetingDateLine], "circular");
    const mine = facts.events.filter((e) => e.meetingOf === "itu-r-sg6").map((e) => [e.startDate, e.endDate]);
    expect(mine).toContainEqual(["2027-06-07", "2027-06-11"]);
    expect(mine).toContainEqual(["2027-06-14", "2027-06-14"]);
  });

  it("needs a meeting and a body on the line above", () => {
    const facts = factsOf(["• Payment of the annual fee", "Date: 7 June 2027"].join("\n"), graph, [meetingDateLine], "circular");
    expect(facts.events).toEqual([]);
  });
});

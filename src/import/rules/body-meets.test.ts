import { describe, expect, it } from "vitest";
import { bodyMeets } from "./body-meets.js";
import { body, factsOf } from "./testing.js";

const graph = [
  body("sg9", "ITU-T Study Group 9", "STUDY_GROUP", "SG9", ["Study Group 9"]),
  body("jca-xr", "Joint Coordination Activity on XR", "JOINT_COORDINATION_ACTIVITY", "JCA-XR"),
  body("jca-ar", "Joint Coordination Activity on AR", "JOINT_COORDINATION_ACTIVITY", "JCA-AR"),
];

describe("body-meets: a body that will meet on a date", () => {
  it("dates the subject's meeting, a range as a range, with the city named before the date", () => {
    const facts = factsOf("You are invited to Study Group 9 (cable networks and video, with a focus on XR) which is to meet in Lisbon from 3 to 14 May 2027 inclusive.", graph, [bodyMeets], "circular", "2027-01-20");
    expect(facts.events.map((e) => [e.meetingOf, e.startDate, e.endDate, e.city])).toContainEqual(["sg9", "2027-05-03", "2027-05-14", "Lisbon"]);
  });

  it("reads two bodies meeting in one sentence, each on its own day, the year from the document", () => {
    const facts = factsOf("Alongside the plenary, JCA-XR will meet on the evening of 4 February, and JCA-AR will meet the morning of 6 February.", graph, [bodyMeets], "circular", "2027-11-02");
    const mine = facts.events.filter((e) => e.meetingOf?.startsWith("jca")).map((e) => [e.meetingOf, e.startDate]);
    expect(mine).toEqual([["jca-xr", "2028-02-04"], ["jca-ar", "2028-02-06"]]);
  });

  it("needs a body before the verb and a date after it", () => {
    expect(factsOf("The experts will meet again soon.", graph, [bodyMeets], "circular").events).toEqual([]);
    expect(factsOf("JCA-XR will meet when the chair calls it.", graph, [bodyMeets], "circular").events).toEqual([]);
  });
});

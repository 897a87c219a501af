import { describe, expect, it } from "vitest";
import { chairedBy } from "./chaired-by.js";
import { meetingHeld } from "./meeting-held.js";
import { body, factsOf } from "./testing.js";

const graph = [body("tpb", "Technical Policy Board", "OTHER", "TPB"), body("union", "Example Union", "OTHER", "EU")];

describe("meeting-held: a post's account of a body's meeting", () => {
  it("makes a meeting of the body named before 'was held', on the date after it", () => {
    const facts = factsOf("The plenary meeting of the Technical Policy Board (TPB) was held in Lisbon on 7 May 2027 under the chairmanship of Ada Quill.", graph, [meetingHeld], "news");
    expect(facts.events.map((e) => [e.meetingOf, e.startDate, e.city])).toEqual([["tpb", "2027-05-07", "Lisbon"]]);
  });

  it("gives the meeting not to a body that is only part of a longer name", () => {
    const facts = factsOf("The meeting of the Committee on Relations with the Example Union (CREU) was held on 7 May 2027.", graph, [meetingHeld], "news");
    expect(facts.events.filter((e) => e.meetingOf === "union")).toEqual([]);
  });

  it("proposes a body no mention covers from the name before its acronym", () => {
    const facts = factsOf("The meeting of the Committee on Relations with the Example Union (CREU) was held on 7 May 2027.", graph, [meetingHeld], "news");
    expect(facts.events.map((e) => [e.meetingOf, e.startDate])).toEqual([["creu", "2027-05-07"]]);
  });
});

describe("meeting-held: a circular's invitation to the meetings of several bodies", () => {
  it("makes a meeting of each body of the list, each with its description in parentheses", () => {
    const wp = [body("itu-t-sg77", "ITU-T Study Group 77", "STUDY_GROUP", "SG77")];
    const text = "It is my pleasure to invite you to attend the meetings of WP1/77 (Buoys & Tides), WP2/77 (Gauges) and WP3/77 (Harbour Data), which will be held at the headquarters, Geneva on 4 June 2031.";
    const facts = factsOf(text, wp, [meetingHeld], "circular");
    expect(facts.events.map((e) => [e.meetingOf, e.startDate, e.city])).toEqual([
      ["itu-t-wp1-77", "2031-06-04", "Geneva"], ["itu-t-wp2-77", "2031-06-04", "Geneva"], ["itu-t-wp3-77", "2031-06-04", "Geneva"],
    ]);
  });

  it("reads no list where another word stands between the bodies: only the body right before the verb meets", () => {
    const text = "The meetings of WP1/77 with experts of WP2/77 will be held on 4 June 2031.";
    expect(factsOf(text, [], [meetingHeld], "circular").events.map((e) => e.meetingOf)).not.toContain("itu-t-wp1-77");
  });
});

describe("chaired-by: the person who chaired the meeting just reported chairs its body", () => {
  it("reads 'under the chairmanship of' and 'was chaired by the …, Name'", () => {
    const text = "The plenary meeting of the Technical Policy Board was held on 7 May 2027 under the chairmanship of Ada Quill.\nThe meeting was chaired by the board's coordinator, Bo Lind of Norway.";
    const roles = factsOf(text, graph, [meetingHeld, chairedBy], "news").roles.map((r) => [r.person, r.role, r.organization]);
    expect(roles).toEqual([["Ada Quill", "CHAIR", "tpb"], ["Bo Lind", "CHAIR", "tpb"]]);
  });

  it("gives no role when no meeting was reported", () => {
    expect(factsOf("The debate was chaired by Bo Lind.", graph, [meetingHeld, chairedBy], "news").roles).toEqual([]);
  });
});

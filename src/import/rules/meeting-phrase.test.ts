import { describe, expect, it } from "vitest";
import { meetingPhrase } from "./meeting-phrase.js";
import { body, factsOf, readingOf } from "./testing.js";

const graph = [
  body("harbour", "Harbour Standards Union", "SDO", "HSU"),
  body("hsu-board", "HSU Board", "OTHER", undefined, [], "harbour"),
  body("hsu-cg", "HSU Coordination Group", "OTHER", "HCG", [], "harbour"),
  body("tide", "Tidal Data Committee", "TECHNICAL_COMMITTEE", "TDC"),
];

const eventsOf = (text: string, genre: "news" | "group" = "news", date = "2031-03-02") =>
  factsOf(text, graph, [meetingPhrase], genre, date).events.map((e) => [e.meetingOf, e.startDate, e.endDate, e.city ?? null]);

describe("meeting-phrase: a body's meeting named in running prose", () => {
  it("dates a meeting whose month comes before the body's name, in the city named after it", () => {
    expect(eventsOf("At the October 2029 Tidal Data Committee (TDC) meeting in Lisbon, Portugal, a drafting team was formed.", "group"))
      .toContainEqual(["tide", "2029-10", undefined, "Lisbon"]);
    expect(eventsOf("During the April 2030 HSU Coordination Group plenary the terms of reference were widened.", "group"))
      .toContainEqual(["hsu-cg", "2030-04", undefined, null]);
  });

  it("takes a day printed without its year from the document's date", () => {
    expect(eventsOf("Their appointments will be confirmed by the next HSU Coordination Group (HCG) meeting on May 19.", "news", "2031-03-02"))
      .toContainEqual(["hsu-cg", "2031-05-19", "2031-05-19", null]);
    expect(eventsOf("The HSU Board was renewed for three years. Three vice-chairs were chosen during the board meeting on 12 December.", "news", "2031-12-09"))
      .toContainEqual(["hsu-board", "2031-12-12", "2031-12-12", null]);
  });

  it("reads the subject's meeting after its/their, a range kept, the place after the date", () => {
    expect(eventsOf("Members of the Harbour Standards Union convened at their 41st General Assembly in Lisbon on 3 and 4 June 2031.")[0])
      .toEqual(expect.arrayContaining(["2031-06-04"]));
    expect(eventsOf("The Tidal Data Committee announced that it will hold its next meetings from 7 – 11 April 2031 at the port authority in Lisbon, Portugal."))
      .toContainEqual(["tide", "2031-04-07", "2031-04-11", "Lisbon"]);
  });

  it("proposes a committee named after a known body as its part", () => {
    const { facts, orgs } = readingOf("The HSU will hold its next HSU Steering Committee and Liaison Committee meetings from 2 to 6 June 2031 in Berlin.", graph, [meetingPhrase], "news");
    const steering = [...orgs.created.values()].find((o) => o.name === "HSU Steering Committee");
    expect(steering?.partOf).toBe("harbour");
    expect(facts.events.map((e) => [e.startDate, e.endDate, e.city])).toContainEqual(["2031-06-02", "2031-06-06", "Berlin"]);
  });

  it("reads a body whose number follows its acronym in parentheses as that numbered body", () => {
    const numberedGraph = [...graph, body("jtc9", "ISO/IEC JTC 9", "JOINT_TECHNICAL_COMMITTEE", "JTC 9")];
    const facts = factsOf("On 2-6 June 2031, the Joint Technical Committee (JTC) 9 for tidal data held its 12th plenary meeting in Lisbon, Portugal.", numberedGraph, [meetingPhrase], "news");
    expect(facts.events.map((e) => [e.meetingOf, e.startDate, e.endDate, e.city])).toEqual([["jtc9", "2031-06-02", "2031-06-06", "Lisbon"]]);
  });

  it("gives nothing without a body or without a date", () => {
    expect(eventsOf("The meeting on 4 May 2031 was short.")).toEqual([]);
    expect(eventsOf("At the next Tidal Data Committee meeting the drafts will be reviewed.")).toEqual([]);
    expect(eventsOf("During the May 2031 meetings several drafts were reviewed.")).toEqual([]);
  });

  it("never takes a period of months for a meeting's dates", () => {
    expect(eventsOf("The Tidal Data Committee meetings from January to June 2031 covered the glossary.")).toEqual([]);
  });
});

import { describe, expect, it } from "vitest";
import { clauseDeadline } from "./clause-deadline.js";
import { clauseEvent } from "./clause-event.js";
import { body, factsOf } from "./testing.js";

const graph = [
  body("hsa", "Harbour Sensors Alliance", "CONSORTIUM", "HSA"),
  body("lgtc", "Lock Gates Technical Committee", "TECHNICAL_COMMITTEE", "LGTC"),
];
const deadlines = (text: string, rules = [clauseEvent, clauseDeadline]) => {
  const facts = factsOf(text, graph, rules, "news", "2031-02-10");
  return facts.deadlines.map((d) => [d.kind, d.due, facts.events.find((e) => e.localId === d.event)?.meetingOf]);
};

describe("clause-deadline: a deadline lead, one date and a thing due in one clause, for the gathering it names", () => {
  const meeting = "The LGTC Plenary will take place in Lisbon on 16–21 July 2031.";

  it("pairs the clause's date with the gathering, whatever the wording", () => {
    expect(deadlines(`${meeting}\nPapers for the plenary are due 2 June 2031.`, [clauseEvent])).toEqual([]);
    expect(deadlines(`${meeting}\nPapers for the plenary are due 2 June 2031.`)).toEqual([["CONTRIBUTION", "2031-06-02", "lgtc"]]);
    expect(deadlines(`${meeting}\nOnline registration for LGTC delegates closes on 30 June 2031.`)).toEqual([["REGISTRATION", "2031-06-30", "lgtc"]]);
  });

  it("gives a deadline read before its gathering that gathering", () => {
    expect(deadlines(`Contributions must reach the secretariat not later than 1 June 2031.\n${meeting}`)).toEqual([["CONTRIBUTION", "2031-06-01", "lgtc"]]);
  });

  it("reads nothing without one gathering after the date, with two dates, or with nothing due", () => {
    expect(deadlines("Papers are due 2 June 2031.")).toEqual([]);
    expect(deadlines(`${meeting}\nPapers are due 2 June 2031 or 9 June 2031.`)).toEqual([]);
    expect(deadlines(`${meeting}\nThe hall closes on 30 June 2031.`)).toEqual([]);
    expect(deadlines(`${meeting}\nPapers for the plenary are due 2 August 2031.`)).toEqual([]);
  });
});

import { describe, expect, it } from "vitest";
import { statementClause } from "./statement-clause.js";
import { body, factsOf } from "./testing.js";

const graph = [
  body("hsa", "Harbour Sensors Alliance", "CONSORTIUM", "HSA"),
  body("qtf", "Quarry Task Force", "SDO", "QTF"),
  body("lgtc", "Lock Gates Technical Committee", "TECHNICAL_COMMITTEE", "LGTC"),
  body("tidewell", "Tidewell Forum", "CONSORTIUM", "TWF"),
];
const statements = (text: string, rules = [statementClause]) =>
  factsOf(text, graph, rules, "liaison").liaisons.filter((l) => l.kind === "LIAISON_STATEMENT").map((l) => [l.from, l.to, l.addressed]);

describe("statement-clause: one statement word, its addressees after 'to' and its sender in one clause", () => {
  it("reads the sender as the subject of the sending verb", () => {
    const text = "At its May meeting the LGTC agreed that HSA send a liaison statement to QTF and the Tidewell Forum on buoy clocks.";
    expect(statements(text, [])).toEqual([]);
    expect(statements(text)).toEqual([["hsa", "qtf", "to"], ["hsa", "tidewell", "to"]]);
    expect(statements("The Quarry Task Force has sent its reply to LGTC.")).toEqual([["qtf", "lgtc", "to"]]);
    expect(statements("LGTC forwarded a response letter to the Tidewell Forum.")).toEqual([["lgtc", "tidewell", "to"]]);
  });

  it("reads a heading, its sender the line above it and its copy line", () => {
    const text = "Harbour Sensors Alliance\nLiaison Statement to QTF AND Lock Gates Technical Committee\n(Copy to TWF)\nThe alliance thanks you for the buoy data.";
    expect(statements(text)).toEqual([["hsa", "qtf", "to"], ["hsa", "lgtc", "to"], ["hsa", "tidewell", "cc"]]);
  });

  it("reads nothing without a sender, with two statement words, or where a statement is already known", () => {
    expect(statements("A liaison statement to QTF was discussed at length.")).toEqual([]);
    expect(statements("HSA sent a letter to QTF in reply to the LS from LGTC.")).toEqual([]);
    expect(statements("Liaison Statement to QTF\nThe alliance thanks you for the buoy data.")).toEqual([]);
  });
});

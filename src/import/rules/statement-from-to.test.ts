import { describe, expect, it } from "vitest";
import { statementFromTo } from "./statement-from-to.js";
import { body, factsOf } from "./testing.js";

const graph = [
  body("hsa", "Harbour Sensors Alliance", "CONSORTIUM", "HSA"),
  body("jtc1-sc99", "ISO/IEC JTC 1/SC 99", "SUBCOMMITTEE", "JTC 1/SC 99"),
  body("qtf", "Quarry Task Force", "SDO", "QTF"),
];

describe("statement-from-to: a sentence naming a statement's sender and addressees", () => {
  it("makes a statement from the first body to each addressee, a bare step after a designation its sibling", () => {
    const facts = factsOf("Summary\nThis is a liaison statement (LS) from HSA to ISO/IEC JTC 1/SC 99/WG 4 and WG 6 regarding buoy telemetry.", graph, [statementFromTo]);
    expect(facts.liaisons.map((l) => [l.kind, l.from, l.to])).toEqual([
      ["LIAISON_STATEMENT", "hsa", "jtc1-sc99-wg4"], ["LIAISON_STATEMENT", "hsa", "jtc1-sc99-wg6"],
    ]);
  });

  it("reads a plain list of addressees, and nothing from a sentence about something else", () => {
    expect(factsOf("The LS from QTF to HSA, ISO/IEC JTC 1/SC 99 asks for comments.", graph, [statementFromTo]).liaisons.map((l) => l.to)).toEqual(["hsa", "jtc1-sc99"]);
    expect(factsOf("Data from HSA was sent to QTF last year.", graph, [statementFromTo]).liaisons).toEqual([]);
  });
});

import { describe, expect, it } from "vitest";
import { replyBy } from "./reply-by.js";
import { statementFromTo } from "./statement-from-to.js";
import { body, factsOf } from "./testing.js";

const graph = [body("hsa", "Harbour Sensors Alliance", "CONSORTIUM", "HSA"), body("qtf", "Quarry Task Force", "SDO", "QTF")];
const letter = (ask: string) => `Summary\nThis is a liaison statement from HSA to QTF on buoy telemetry.\n${ask}`;
const deadlines = (text: string) => factsOf(text, graph, [statementFromTo, replyBy], "liaison").liaisons.map((l) => l.deadline);

describe("reply-by: a statement's reply deadline stated in its prose", () => {
  it("gives the statements without a deadline the date their text asks an answer by", () => {
    expect(deadlines(letter("HSA would appreciate your comments by 15 March 2031, before its next meeting."))).toEqual(["2031-03-15"]);
    expect(deadlines(letter("QTF is kindly requested to reply not later than 2 June 2031."))).toEqual(["2031-06-02"]);
  });

  it("takes no date from a sentence that asks for nothing, nor a month without its day", () => {
    expect(deadlines(letter("The buoys were installed by 3 May 2031 in the harbour."))).toEqual([undefined]);
    expect(deadlines(letter("We welcome your feedback by June 2031."))).toEqual([undefined]);
  });

  it("leaves a statement to its form's Deadline row, even one that says there is none", () => {
    expect(deadlines(`Deadline: -\n${letter("HSA would appreciate your comments by 15 March 2031.")}`)).toEqual([undefined]);
    expect(deadlines(`| Deadline | none |\n${letter("HSA would appreciate your comments by 15 March 2031.")}`)).toEqual([undefined]);
    // A circular's contribution deadline is another deadline's label: the prose still gives the reply's.
    expect(deadlines(`Deadline for contributions: 1 March 2031\n${letter("HSA would appreciate your comments by 15 March 2031.")}`)).toEqual(["2031-03-15"]);
  });
});

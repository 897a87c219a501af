import { describe, expect, it } from "vitest";
import { thankedStatement } from "./thanked-statement.js";
import { body, factsOf } from "./testing.js";

const graph = [
  body("hsa", "Harbour Sensors Alliance", "CONSORTIUM", "HSA"),
  body("qtf", "Quay Task Force", "SDO", "QTF"),
  body("tide", "Tide Board", "CONSORTIUM"),
];

const statementsOf = (text: string) =>
  factsOf(text, graph, [thankedStatement], "datatracker").liaisons.filter((l) => l.kind === "LIAISON_STATEMENT").map((l) => `${l.from} → ${l.to}`);

describe("thanked-statement: the statement a statement answers", () => {
  it("reads a statement from each body thanked for what it sent to the body that thanks", () => {
    expect(statementsOf("The Harbour Sensors Alliance thanks QTF and the Tide Board for their liaison statement on buoy clocks."))
      .toEqual(["qtf → hsa", "tide → hsa"]);
    expect(statementsOf("HSA would like to thank QTF for the information provided in liaison statement QTF-LS12 about tides."))
      .toEqual(["qtf → hsa"]);
  });

  it("reads nothing from thanks for anything but a statement, a letter or a reply, nor without a body as subject", () => {
    expect(statementsOf("HSA thanks QTF for hosting the meeting in Porto.")).toEqual([]);
    expect(statementsOf("We thank QTF for their liaison statement on buoy clocks.")).toEqual([]);
  });
});

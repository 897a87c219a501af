import { describe, expect, it } from "vitest";
import { thanksFor } from "./thanks-for.js";
import { body, factsOf } from "./testing.js";

const graph = [
  body("hsa", "Harbour Sensors Alliance", "CONSORTIUM", "HSA"),
  body("qtf", "Quarry Task Force", "SDO", "QTF"),
  body("tb", "Tide Board", "OTHER", "TB"),
];
const statements = (text: string, genre: "liaison" | "news" = "liaison") =>
  factsOf(text, graph, [thanksFor], genre).liaisons.filter((l) => l.kind === "LIAISON_STATEMENT").map((l) => [l.from, l.to, l.purpose]);

describe("thanks-for: a statement's sender and addressees in its opening sentence", () => {
  it("sends the statement from the body that thanks to each body thanked, with the purpose its prose gives", () => {
    const letter = "Reply on buoy telemetry\nThe Harbour Sensors Alliance thanks QTF and the Tide Board for their liaison statement on buoys.\nThis reply is sent for information.";
    expect(statements(letter)).toEqual([["hsa", "qtf", "For information"], ["hsa", "tb", "For information"]]);
    expect(statements("QTF would like to thank HSA for its input of May on gauges.")).toEqual([["qtf", "hsa", undefined]]);
  });

  it("reads only the first such sentence, a thanked person is no addressee, and news is not read", () => {
    expect(statements("HSA thanks QTF for its statement. QTF thanks the Tide Board for hosting.")).toEqual([["hsa", "qtf", undefined]]);
    expect(statements("HSA thanks Ada Quill for her work on the draft.")).toEqual([]);
    expect(statements("HSA thanks QTF for its statement.", "news")).toEqual([]);
  });
});

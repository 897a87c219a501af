import { describe, expect, it } from "vitest";
import { statementRequest } from "./statement-request.js";
import { body, factsOf } from "./testing.js";

const graph = [
  body("tb", "Tide Board", "OTHER", "TB"),
  body("qtf", "Quarry Task Force", "SDO", "QTF"),
  body("hsa", "Harbour Sensors Alliance", "CONSORTIUM", "HSA"),
];
const statements = (text: string, genre: "liaison" | "news" = "liaison") =>
  factsOf(text, graph, [statementRequest], genre).liaisons.filter((l) => l.kind === "LIAISON_STATEMENT").map((l) => [l.from, l.to]);

describe("statement-request: whom a statement without a form asks for what", () => {
  it("sends the statement from the body a request starts with to each body it asks", () => {
    expect(statements("The Tide Board asks QTF to confirm the calibration intervals.")).toEqual([["tb", "qtf"]]);
    expect(statements("ACTION: HSA kindly asks QTF and the Tide Board to review the draft gauge profile.")).toEqual([["hsa", "qtf"], ["hsa", "tb"]]);
    expect(statements("Request for approval\nQTF requests that the Tide Board approve a liaison between the two groups.")).toEqual([["qtf", "tb"]]);
    expect(statements("HSA was granted observer status in 2029 and respectfully requests that QTF renew it for four years.")).toEqual([["hsa", "qtf"]]);
  });

  it("reads nothing from a request whose subject is no body, a body asking itself, a request for a thing, or another genre", () => {
    expect(statements("Ada Quill asks QTF to confirm the intervals.")).toEqual([]);
    expect(statements("In its reply, QTF asks the Tide Board to confirm.")).toEqual([]);
    expect(statements("QTF requests QTF members to comment.")).toEqual([]);
    expect(statements("The Tide Board requests the renewal of its status.")).toEqual([]);
    expect(statements("The Tide Board asks QTF to confirm the intervals.", "news")).toEqual([]);
  });
});

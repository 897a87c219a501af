import { describe, expect, it } from "vitest";
import { standingLiaison } from "./standing-liaison.js";
import { body, factsOf } from "./testing.js";

const graph = [
  body("hsa", "Harbour Sensors Alliance", "CONSORTIUM", "HSA"),
  body("qtf", "Quay Task Force", "SDO", "QTF"),
  body("tide", "Tide Board", "CONSORTIUM"),
];

const standingOf = (text: string) =>
  factsOf(text, graph, [standingLiaison], "group").liaisons.filter((l) => l.kind !== "LIAISON_STATEMENT").map((l) => `${l.kind} ${l.from} → ${l.to}`);

describe("standing-liaison: a standing liaison or agreement stated in prose", () => {
  it("reads a liaison the subject has, maintains or is, with the body after it", () => {
    expect(standingOf("The Harbour Sensors Alliance has a Category A liaison with QTF.")).toEqual(["LIAISON_RELATIONSHIP hsa → qtf"]);
    expect(standingOf("QTF maintains a formal liaison relationship with the Tide Board on buoy data.")).toEqual(["LIAISON_RELATIONSHIP qtf → tide"]);
    expect(standingOf("HSA is a Category C liaison of QTF.")).toEqual(["LIAISON_RELATIONSHIP qtf → hsa"]);
  });

  it("reads a signed memorandum or agreement as a cooperation, with one body or between two", () => {
    expect(standingOf("HSA signed a memorandum of understanding with the Tide Board in 2030.")).toEqual(["COOPERATION hsa → tide"]);
    expect(standingOf("HSA and QTF signed a cooperation agreement last spring.")).toEqual(["COOPERATION hsa → qtf"]);
  });

  it("reads nothing a clause requests, approves or plans, nor a liaison whose subject is not a body", () => {
    expect(standingOf("QTF requests that the Tide Board approve a Category C liaison with HSA.")).toEqual([]);
    expect(standingOf("HSA will sign a memorandum of understanding with QTF next year.")).toEqual([]);
    expect(standingOf("Our members have a liaison with QTF.")).toEqual([]);
  });
});

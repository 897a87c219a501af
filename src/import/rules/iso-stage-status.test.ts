import { describe, expect, it } from "vitest";
import { isoStageStatus } from "./iso-stage-status.js";
import { body, factsOf } from "./testing.js";

const graph = [body("hsa", "Harbour Sensors Alliance", "CONSORTIUM", "HSA")];
const statuses = (text: string) =>
  factsOf(text, graph, [isoStageStatus], "liaison").deliverables.map((d) => [d.code, d.status, d.statusWord ?? "-"]).sort((a, b) => a[0]!.localeCompare(b[0]!));

describe("iso-stage-status: an ISO or IEC code printed with its stage has the stage's status", () => {
  it("reads a new item as planned and a draft stage as in progress", () => {
    expect(statuses("HSA follows ISO NP 65432 and ISO/IEC DIS 31415-9 for buoy clocks."))
      .toEqual([["ISO 65432", "PLANNED", "NP"], ["ISO/IEC 31415-9", "IN_PROGRESS", "DIS"]]);
  });

  it("leaves a code printed without a stage, and a status the sentence states", () => {
    expect(statuses("HSA follows ISO/IEC 31415-9 for buoy clocks.")).toEqual([["ISO/IEC 31415-9", "IN_PROGRESS", "-"]]);
    expect(statuses("ISO/IEC FDIS 31415-9 was published in May.")).toEqual([["ISO/IEC 31415-9", "PUBLISHED", "published"]]);
  });
});

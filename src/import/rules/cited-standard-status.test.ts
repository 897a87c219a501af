import { describe, expect, it } from "vitest";
import { citedStandardStatus } from "./cited-standard-status.js";
import { body, factsOf } from "./testing.js";

const graph = [body("hsa", "Harbour Sensors Alliance", "CONSORTIUM", "HSA")];
const statuses = (text: string, rules = [citedStandardStatus]) =>
  factsOf(text, graph, rules, "liaison").deliverables.map((d) => [d.code, d.status]).sort((a, b) => a[0]!.localeCompare(b[0]!));

describe("cited-standard-status: a cited standard whose code says it was published is not in progress", () => {
  it("reads an edition's year and an IEEE number without its project letter as published", () => {
    expect(statuses("HSA refers to ISO 65432:2019 and IEEE 1234.5 for buoy clocks.", [])).toEqual([["IEEE 1234.5", "IN_PROGRESS"], ["ISO 65432:2019", "IN_PROGRESS"]]);
    expect(statuses("HSA refers to ISO 65432:2019 and IEEE 1234.5 for buoy clocks.")).toEqual([["IEEE 1234.5", "PUBLISHED"], ["ISO 65432:2019", "PUBLISHED"]]);
  });

  it("leaves a project, a code without an edition and a status the text states", () => {
    expect(statuses("HSA follows IEEE P1234.1DG and ISO 65432 closely.")).toEqual([["IEEE P1234.1DG", "IN_PROGRESS"], ["ISO 65432", "IN_PROGRESS"]]);
    expect(statuses("The draft IEEE 1234.5 is under development in HSA.")).toEqual([["IEEE 1234.5", "IN_PROGRESS"]]);
  });

  it("reads an RFC as published even beside a draft that updates it; an Internet-Draft stays in progress", () => {
    expect(statuses("HSA reviewed draft-quill-buoy-clock-sync-02, which updates RFC 98765 for tide gauges."))
      .toEqual([["draft-quill-buoy-clock-sync-02", "IN_PROGRESS"], ["RFC 98765", "PUBLISHED"]]);
  });
});

import { describe, expect, it } from "vitest";
import { namedApi } from "./named-api.js";
import { body, factsOf } from "./testing.js";

const graph = [
  body("tide-wg", "Tide Web Working Group", "WORKING_GROUP", "TWWG"),
  body("hsu", "Harbour Standards Union", "SDO", "HSU"),
];

const deliverablesOf = (text: string) =>
  factsOf(text, graph, [namedApi], "news").deliverables.map((d) => [d.code, d.kind, d.status, d.developedBy ?? "-"]);

describe("named-api: a Web-style interface specification named in prose", () => {
  it("reads the specification a sentence about its making names, with the group named before it", () => {
    expect(deliverablesOf("The plan is that the Tide Web Working Group will take over the HarbourXR Device API once chartered."))
      .toEqual([["HarbourXR Device API", "SPECIFICATION", "IN_PROGRESS", "tide-wg"]]);
    expect(deliverablesOf("Members singled out the WebTide API as a near-term target for standardization."))
      .toEqual([["WebTide API", "SPECIFICATION", "IN_PROGRESS", "-"]]);
  });

  it("reads a published one as published", () => {
    expect(deliverablesOf("The Tide Web Working Group published the WebTide API specification in May."))
      .toEqual([["WebTide API", "SPECIFICATION", "PUBLISHED", "tide-wg"]]);
  });

  it("takes no family of APIs, no API without an inner capital, and no sentence that only uses one", () => {
    expect(deliverablesOf("The group drafts the WebTide APIs and the Buoy API specifications.")).toEqual([]);
    expect(deliverablesOf("Our app calls the HarbourXR Device API to render the quay in 3D.")).toEqual([]);
  });
});

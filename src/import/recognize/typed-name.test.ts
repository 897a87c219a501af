import { describe, expect, it } from "vitest";
import { typedNames } from "./typed-name.js";

describe("typedNames: a kind of body with its acronym, then the body's name with its own", () => {
  it("reads one body, known by both acronyms", () => {
    const [hit] = typedNames("Activity report of the Technical Committee (TC) Coastal Engineering (COAST), 2031");
    expect(hit).toMatchObject({ name: "Technical Committee Coastal Engineering", acronym: "TC COAST", typeName: "Technical Committee" });
    expect(hit!.forms).toContain("TC Coastal Engineering");
    const [other] = typedNames("Our Industry Specification Group (ISG) Harbour Sensor Networks (HSN) met twice.");
    expect(other).toMatchObject({ acronym: "ISG HSN", name: "Industry Specification Group Harbour Sensor Networks" });
  });

  it("takes no pair whose first part is not a kind of body, or whose acronyms do not fit", () => {
    expect(typedNames("Augmented Reality (AR) Harbour Sensor Networks (HSN)")).toEqual([]);
    expect(typedNames("Technical Committee (TC) Coastal Engineering (XYZ)")).toEqual([]);
    expect(typedNames("Technical Committee (SC) Coastal Engineering (COAST)")).toEqual([]);
  });
});

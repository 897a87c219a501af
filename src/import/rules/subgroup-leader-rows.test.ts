import { describe, expect, it } from "vitest";
import { subgroupLeaderRows } from "./subgroup-leader-rows.js";
import { body, factsOf, readingOf } from "./testing.js";

const graph = [
  body("jtc9", "ISO/IEC JTC 9", "JOINT_TECHNICAL_COMMITTEE", "JTC 9"),
  body("sc71", "ISO/IEC JTC 9/SC 71", "SUBCOMMITTEE", "SC 71", ["SC71"], "jtc9"),
  body("sc71-wg3", "ISO/IEC JTC 9/SC 71/WG 3", "WORKING_GROUP", "WG 3", [], "sc71"),
  body("hsa", "Harbour Sensors Alliance", "CONSORTIUM", "HSA"),
  body("tidelabs", "Tide Labs", "COMPANY"),
];

const rolesOf = (text: string) => factsOf(text, graph, [subgroupLeaderRows], "group").roles.map((r) => [r.person, r.role, r.organization]);

describe("subgroup-leader-rows: a committee's sub-groups listed with the person who leads each", () => {
  it("makes each person the convenor of the numbered working group of the ISO/IEC committee above the list", () => {
    const text = [
      "SC71: Tidal Data and Buoy Interfaces",
      "Structure",
      "WG2 Vocabulary Marta Oyelaran, Canada",
      "WG3 Buoy Interfaces Henrik van Dijk, Netherlands",
      "WG5 Calibration and Joan K Moreau, France Testing",
    ].join("\n");
    expect(rolesOf(text)).toEqual([
      ["Marta Oyelaran", "CONVENOR", "wg-2"], ["Henrik van Dijk", "CONVENOR", "sc71-wg3"], ["Joan K Moreau", "CONVENOR", "wg-5"],
    ]);
    const { facts, orgs } = readingOf(text, graph, [subgroupLeaderRows], "group");
    expect(orgs.created.get("wg-5")).toMatchObject({ name: "ISO/IEC JTC 9/SC 71/WG 5", partOf: "sc71" });
    expect(orgs.created.get("wg-5")?.aliases).toContain("WG 5 Calibration and Testing");
    expect(facts.people.find((p) => p.name === "Henrik van Dijk")?.country).toBe("NL");
  });

  it("makes them chairs elsewhere, a body in parentheses their affiliation", () => {
    expect(rolesOf([
      "Harbour Sensors Alliance (HSA)",
      "Task Group 1 Mooring Sensors Ines Carvalho (Tide Labs)",
      "Task Group 2 Acoustic Sensors Omar Haddad (Canada)",
    ].join("\n"))).toEqual([["Ines Carvalho", "CHAIR", "tg-1"], ["Omar Haddad", "CHAIR", "tg-2"]]);
  });

  it("needs a list: one row, a title without a person, or a place that is no country gives nothing", () => {
    expect(rolesOf(["SC71: Tidal Data", "WG2 Vocabulary Marta Oyelaran, Canada"].join("\n"))).toEqual([]);
    expect(rolesOf(["SC71: Tidal Data", "WG2 Vocabulary Review, Stage Two", "WG4 Mooring Design, Phase Three"].join("\n"))).toEqual([]);
  });
});

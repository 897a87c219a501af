import { describe, expect, it } from "vitest";
import { officerList } from "./officer-list.js";
import { body, factsOf } from "./testing.js";

const graph = [
  body("sg7", "Study Group 7", "STUDY_GROUP", "SG7"),
  body("wp3-7", "Working Party 3/7", "WORKING_GROUP", "WP3/7", [], "sg7"),
  body("q4-7", "Question 4/7", "QUESTION", "Q4/7", [], "sg7"),
  body("q9-7", "Question 9/7", "QUESTION", "Q9/7", [], "sg7"),
];
const list = "Cc Ms A Berg, Chair of SG7 <> Mr T Oduya, Vice Chairman of SG7 <> Dr L Ferreira, Rapporteur for Q4/7 <> K Sato, Associate Rapporteur for Q9/7 <>";

describe("officer-list: a cc list of officers gives each person the role the list states", () => {
  it("reads each entry's name, role and body, vice-chairs as vice-chairs", () => {
    const facts = factsOf(list, graph, [officerList]);
    const roles = facts.roles.map((r) => [r.person, r.role, r.organization]);
    expect(roles).toEqual(expect.arrayContaining([
      ["A Berg", "CHAIR", "sg7"], ["T Oduya", "VICE_CHAIR", "sg7"], ["L Ferreira", "RAPPORTEUR", "q4-7"], ["K Sato", "RAPPORTEUR", "q9-7"],
    ]));
  });

  it("gives nobody a neighbour's role", () => {
    const facts = factsOf(list, graph, [officerList]);
    expect(facts.roles.filter((r) => r.person === "A Berg").map((r) => r.role)).toEqual(["CHAIR"]);
    expect(facts.roles.filter((r) => r.organization === "q4-7").map((r) => r.person)).toEqual(["L Ferreira"]);
  });

  it("is not triggered by a single role in running text", () => {
    expect(officerList.trigger.test("The meeting was opened by Ms A Berg, Chair of SG7, who welcomed the delegates.")).toBe(false);
  });
});

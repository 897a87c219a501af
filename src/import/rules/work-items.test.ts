import { describe, expect, it } from "vitest";
import { body, factsOf } from "./testing.js";
import { workItems } from "./work-items.js";

const graph = [body("q3-5", "Question 3/5", "QUESTION", "Q3/5")];

describe("work-items: what a report says happened to work items", () => {
  it("work items agreed to be started are planned, not approved; work items progressed are in progress", () => {
    const facts = factsOf("Question 3/5 reviewed 12 contributions. The Question agreed to start 3 new work items (Z.GRID-a, Z.GRID-b and Z.MESH). It progressed on work items including Z.OLD-1, Z.OLD-2.", graph, [workItems], "report");
    // In any order: the deliverables stage reads the capitalized drafts ("Z.GRID-a") before the rule, "Z.MESH" only the rule.
    expect(facts.deliverables.map((d) => [d.code, d.status, d.developedBy]).sort()).toEqual([
      ["Z.GRID-a", "PLANNED", "q3-5"], ["Z.GRID-b", "PLANNED", "q3-5"], ["Z.MESH", "PLANNED", "q3-5"],
      ["Z.OLD-1", "IN_PROGRESS", "q3-5"], ["Z.OLD-2", "IN_PROGRESS", "q3-5"],
    ]);
  });

  it("takes only designations, not the words of the list", () => {
    const facts = factsOf("The group agreed to start new work items (a survey, a glossary).", graph, [workItems], "report");
    expect(facts.deliverables).toEqual([]);
  });
});

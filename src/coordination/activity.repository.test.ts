import { describe, expect, it } from "vitest";
import { statementFor } from "./activity.repository.js";

describe("whoWorksOn: the statement, frozen (a change in it shows here in review)", () => {
  it("asked for people, liaison status and each piece of evidence's deliverable code, it reads the deliverable's id and code only, and sends each relationship and node of the page once, in tables by element id", () => {
    const statement = statementFor({ organizationWhole: false, people: true, liaisonStatus: true, evidence: { deliverable: ["id", "code"] } });
    expect(statement).toMatchSnapshot();
    expect(statement).toContain("deliverable: [x IN [e.deliverable] WHERE x IS NOT NULL | x {.id, .code}][0]");
    expect(statement).toContain("rels: [r IN e.rels | last(split(elementId(r), ':'))]");
  });

  it("asked for each role's person's name, it reads of each person its id and name only, not the whole node", () => {
    const statement = statementFor({ organizationWhole: false, people: true, person: ["name"], liaisonStatus: false, evidence: {} });
    expect(statement).toContain("RETURN {node: p {.id, .name}, edge: r {.*}} ORDER BY r.role, p.name");
    expect(statement).not.toContain("node: p {.*}");
  });

  it("asked only for the bodies, it reads no people, no liaison status and only the ids of the evidence's nodes", () => {
    const statement = statementFor({ organizationWhole: false, people: false, liaisonStatus: false, evidence: {} });
    expect(statement).not.toMatch(/HOLDS_ROLE|relationToUs/);
    expect(statement).toContain("worker: [x IN [e.worker] WHERE x IS NOT NULL | x {.id}][0]");
    expect(statement).toMatchSnapshot();
  });
});

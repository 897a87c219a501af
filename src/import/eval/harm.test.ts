import { describe, expect, it } from "vitest";
import type { SeedData } from "../../seed/seed.schema.js";
import type { ImportPlan, Proposal } from "../proposal.js";
import { harmfulProposals } from "./harm.js";

const graph = {
  documents: [{ id: "doc-1", reference: "Circular 12", title: "A circular" }],
  organizations: [
    { id: "wg-a", name: "Working Group on Aardvarks", acronym: "WG-A", aliases: [] },
    { id: "sg2-east", name: "Eastern Sector Study Group 2", acronym: "SG2", aliases: [] },
  ],
  people: [{ id: "ada-quill", name: "Ada Quill", aliases: [] }],
  roles: [{ id: "r1", person: "ada-quill", organization: "wg-a", role: "CHAIR", since: "2024-03" }],
  events: [], deadlines: [], liaisons: [], deliverables: [{ id: "x1", code: "X.100", aliases: ["X.100 (2020)"] }], topics: [], statistics: [],
} as unknown as SeedData;

let n = 0;
const proposal = (p: Partial<Proposal>): Proposal => ({
  id: `p${++n}`, entityType: "Organization", action: "CREATE", resolution: { status: "NEW" }, values: {}, evidence: { quote: "", locator: "l1" }, confidence: 1, summary: "s", ...p,
});
const plan = (...proposals: Proposal[]) => ({ document: {}, proposals }) as unknown as ImportPlan;

describe("which proposals would harm the graph", () => {
  it("a new body or person that the graph already holds, under its name or a specific acronym, is a duplicate", () => {
    const harms = harmfulProposals(plan(
      proposal({ values: { name: "The Aardvark Group", acronym: "WG-A" } }),
      proposal({ entityType: "Person", values: { name: "Dr Ada Quill" } }),
      proposal({ entityType: "Deliverable", values: { code: "X.100" } }),
    ), graph);
    expect(harms.map((h) => h.kind)).toEqual(["DUPLICATE", "DUPLICATE", "DUPLICATE"]);
  });

  it("a bare acronym that other sectors' groups share does not make two bodies one", () => {
    expect(harmfulProposals(plan(proposal({ values: { name: "Western Sector Study Group 2", acronym: "SG2" } })), graph)).toEqual([]);
  });

  it("one name never makes two people in one import", () => {
    const harms = harmfulProposals(plan(
      proposal({ entityType: "Person", values: { name: "Bo Lindqvist" } }),
      proposal({ entityType: "Person", values: { name: "Mr Bo Lindqvist" } }),
    ), graph);
    expect(harms).toMatchObject([{ kind: "DUPLICATE", what: expect.stringMatching(/created twice/) }]);
  });

  it("ending a role, changing its holder, moving a date back and overwriting a field are destructive", () => {
    const update = (values: Record<string, unknown>, entityType: Proposal["entityType"] = "Role", key = "r1") =>
      proposal({ entityType, action: "UPDATE", resolution: { status: "EXISTING", key }, values });
    const harms = harmfulProposals(plan(
      update({ until: "2025-01" }),
      update({ person: "someone-else" }),
      update({ since: "2023-11" }),
      update({ name: "Working Group on Anteaters" }, "Organization", "wg-a"),
    ), graph);
    expect(harms.map((h) => h.kind)).toEqual(["ENDS", "CHANGES_HOLDER", "DATE_BACK", "OVERWRITE"]);
  });

  it("a more precise date, a longer list and a question to the reviewer are not harmful", () => {
    const harms = harmfulProposals(plan(
      proposal({ entityType: "Role", action: "UPDATE", resolution: { status: "EXISTING", key: "r1" }, values: { since: "2024-03-18" } }),
      proposal({ entityType: "Deliverable", action: "UPDATE", resolution: { status: "EXISTING", key: "x1" }, values: { aliases: ["X.100 (2020)", "X.100 (2024)"] } }),
      proposal({ entityType: "Person", action: "CONFIRM", resolution: { status: "AMBIGUOUS", candidates: [] }, values: { name: "Ada Quill" } }),
    ), graph);
    expect(harms).toEqual([]);
  });
});

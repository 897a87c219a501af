import { describe, expect, it } from "vitest";
import { defaultImportLimits } from "../../config.js";
import type { GraphSnapshot } from "../graph-index.repository.js";
import { planDocument } from "../plan-document.js";
import { statedRoleChange } from "./role-change.js";

/** A graph of our own: a group whose chair, Ms Anna Berg, has held the role since 2022. */
const graph: GraphSnapshot = {
  organizations: [{ id: "exag", name: "Example Advisory Group", acronym: "EXAG", kind: "OTHER", aliases: [], partOf: undefined, mandate: undefined }],
  people: [{ id: "anna-berg", name: "Anna Berg", honorific: "Ms", aliases: [], email: undefined, phone: undefined, country: undefined, affiliations: [] }],
  roles: [{ id: "exag-chair-anna-berg", person: "anna-berg", organization: "exag", role: "CHAIR", title: undefined, since: "2022-12-16", until: undefined }],
  topics: [], deliverables: [], events: [], deadlines: [], liaisons: [], documents: [], statistics: [],
};

const plan = (text: string) =>
  planDocument({ file: { bytes: new TextEncoder().encode(text), fileName: "note.txt" }, contentHash: "0".repeat(64), graph, limits: defaultImportLimits });

describe("safety: an import ends a role only when a sentence says so", () => {
  it("a note that names another chair, without saying the holder changed, asks the reviewer who holds the role and ends none", async () => {
    const { proposals } = await plan("Geneva, 3 March 2027\n\nThe Example Advisory Group (EXAG) is chaired by Mr Erik LINDQVIST (Example Telecom, Sweden).\n");
    expect(proposals.filter((p) => p.entityType === "Role" && p.action === "UPDATE")).toEqual([]);
    const question = proposals.find((p) => p.entityType === "Role" && p.values.person === "erik-lindqvist");
    expect(question).toMatchObject({
      action: "CREATE",
      resolution: { status: "AMBIGUOUS", candidates: [{ key: "exag-chair-anna-berg", reason: "KEY" }] },
      evidence: { quote: expect.stringContaining("chaired by Mr Erik LINDQVIST") },
    });
  });

  it("a sentence that says the new chair succeeds the old one ends the old role, with that sentence as evidence", async () => {
    const { proposals } = await plan(
      "Geneva, 3 March 2027\n\nMr Erik LINDQVIST (Example Telecom, Sweden) was elected Chairman of the Example Advisory Group (EXAG), succeeding Ms Anna BERG.\n",
    );
    const ending = proposals.find((p) => p.entityType === "Role" && p.action === "UPDATE" && p.resolution.key === "exag-chair-anna-berg");
    expect(ending).toMatchObject({ values: { until: "2027-03-03" }, evidence: { quote: expect.stringContaining("succeeding Ms Anna BERG") } });
    expect(proposals.find((p) => p.entityType === "Role" && p.values.person === "erik-lindqvist")).toMatchObject({ action: "CREATE", resolution: { status: "NEW" } });
  });

  it("knows the phrasings that state a change of holder, and those that do not", () => {
    expect(statedRoleChange("Ms Rossi replaces Mr Ito as Chair of the group.")).toBe("replaces");
    expect(statedRoleChange("Mr Ito has stepped down as Convenor.")).toBe("steps-down");
    expect(statedRoleChange("Ms Rossi will take over from Mr Ito in June.")).toBe("takes-over");
    expect(statedRoleChange("Ms Rossi was newly appointed as Convenor.")).toBe("newly-elected");
    expect(statedRoleChange("The group is chaired by Ms Rossi.")).toBeUndefined();
    expect(statedRoleChange("Ms Rossi (Chair) and Mr Ito (Vice-Chair) attended.")).toBeUndefined();
  });
});

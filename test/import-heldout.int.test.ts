import { readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../src/db/database.js";
import { planImport } from "../src/import/plan.js";
import type { ImportPlan, Proposal } from "../src/import/proposal.js";
import { testDatabase } from "./helpers.js";

/**
 * Documents written for these tests after the recognizers they exercise (not the shared sources,
 * not tuned on): another group's circular in another city, an LS to "All ITU-T SGs", and
 * sentences of the kinds the sources have, in other words. Against the real, seeded graph; they
 * only plan (applying them writes, so that is in import-review.int.test.ts, on an engine of its own).
 */
let db: Database;
beforeAll(() => {
  db = testDatabase();
});
afterAll(async () => {
  await db.close();
});

const fixture = (name: string) => new Uint8Array(readFileSync(path.resolve(import.meta.dirname, "fixtures/import", name)));
const text = (t: string) => new TextEncoder().encode(t);
const find = (plan: ImportPlan, type: string, pred: (p: Proposal) => boolean = () => true) => plan.proposals.filter((p) => p.entityType === type && pred(p));

describe("a circular of another group (held out)", () => {
  it("reads the meeting, a national body named with its country, a role dated by the text, organizers and the conference's resolution", async () => {
    const plan = await planImport(db, { bytes: fixture("sg9-circular-heldout.txt") });
    const [meeting] = find(plan, "Event", (p) => p.values.meetingOf === "itu-t-sg9");
    expect(meeting).toMatchObject({ values: { startDate: "2028-04-10", endDate: "2028-04-14", city: "Nairobi", country: "KE" } });
    // "Ministry of Information and Communications, Ghana": that country's ministry, not a body named "Ministry of Information and Communications".
    const ministry = find(plan, "Organization", (p) => /Ministry of Information and Communications/.test(String(p.values.name)));
    expect(ministry[0]).toMatchObject({ action: "CREATE", values: { name: "Ministry of Information and Communications of Ghana", country: "GH" } });
    // Elected on 2 November 2027: the role starts then, not on the circular's date.
    const [vice] = find(plan, "Role", (p) => p.values.role === "VICE_CHAIR" && p.values.organization === "itu-t-sg9");
    expect(vice).toMatchObject({ values: { since: "2027-11-02" } });
    const [workshop] = find(plan, "Event", (p) => p.values.kind === "WORKSHOP");
    expect(workshop).toMatchObject({ values: { startDate: "2028-04-09" } });
    expect(workshop!.values.organizers).toEqual(expect.arrayContaining(["itu", find(plan, "Organization", (p) => p.values.acronym === "ATU")[0]?.resolution.key ?? "atu"]));
    expect(find(plan, "Organization", (p) => p.values.name === "ITU Regional Offices" || p.resolution.key === "itu-regional-offices")).toHaveLength(1);
    expect(find(plan, "Organization", (p) => p.resolution.key === "itu-unicc-citiverse-initiative")[0]).toMatchObject({ action: "CONFIRM" });
    expect(find(plan, "Deadline").map((p) => [p.values.kind, p.values.due])).toEqual(expect.arrayContaining([["CONTRIBUTION", "2028-03-10"], ["REGISTRATION", "2028-03-27"]]));
  });
});

describe("a liaison statement to All ITU-T SGs (held out)", () => {
  it("sends it to every study group of the sector and to the most specific body of each item", async () => {
    const plan = await planImport(db, { bytes: fixture("ls-all-sgs-heldout.txt") });
    const to = find(plan, "Liaison").map((p) => String(p.values.to ?? p.resolution.key));
    // The document names no study group but its source: every ITU-T study group the graph holds.
    expect(to).toEqual(expect.arrayContaining(["itu-t-sg17", "itu-t-sg20", "jtc1-sc24", "etsi-isg-arf"]));
    // "IEEE Computer Society SAB Immersive Media WG (IMWG)": the working group, not the society.
    const ieee = find(plan, "Organization", (p) => /IMWG|Immersive Media/.test(JSON.stringify(p.values)));
    expect(ieee.length).toBeGreaterThan(0);
    expect(find(plan, "Liaison", (p) => p.values.to === "ieee-computer-society")).toEqual([]);
  });

  it("gives each statement the LS's own reply deadline and its abstract as purpose", async () => {
    const body = new TextDecoder().decode(fixture("ls-all-sgs-heldout.txt"))
      .replace("LIAISON STATEMENT", "LIAISON STATEMENT\nAbstract: SG21 asks for comments on its draft terminology for immersive live experiences.");
    const plan = await planImport(db, { bytes: text(body) });
    const statements = find(plan, "Liaison", (p) => p.values.kind === "LIAISON_STATEMENT");
    expect(statements.length).toBeGreaterThan(3);
    for (const statement of statements) {
      expect(statement.values).toMatchObject({ deadline: "2028-05-15", purpose: "SG21 asks for comments on its draft terminology for immersive live experiences." });
    }
  });

  it("records no deadline when the LS says it has none", async () => {
    const body = new TextDecoder().decode(fixture("ls-all-sgs-heldout.txt")).replace("Deadline: 15 May 2028", "Deadline: -");
    const plan = await planImport(db, { bytes: text(body) });
    expect(find(plan, "Liaison", (p) => p.values.kind === "LIAISON_STATEMENT" && p.values.deadline !== undefined)).toEqual([]);
  });
});

describe("sentences of the sources' kinds, in other words (held out)", () => {
  it("a focus group established under a study group reports to it (its parent group)", async () => {
    const plan = await planImport(db, {
      bytes: text("Background\nThe ITU-T Focus Group on AI for digital agriculture (FG-AI4A) was established under ITU-T Study Group 20 in July 2026 to study how AI supports farming.\n"),
    });
    const reporting = find(plan, "Liaison", (p) => p.values.kind === "REPORTING");
    expect(reporting.map((p) => p.values.to)).toEqual(["itu-t-sg20"]);
    expect(String(reporting[0]!.values.from)).toMatch(/fg-ai4a/i);
  });

  it("an initiative named after two bodies is their collaboration", async () => {
    const plan = await planImport(db, { bytes: text("3 to support the ITU-WMO Global initiative on “Digital twins of the Earth for early warnings”, which brings together …\n") });
    const collaboration = find(plan, "Liaison", (p) => p.values.kind === "COLLABORATION");
    expect(collaboration.map((p) => [p.values.from, p.values.to])).toEqual([["itu", "wmo"]]);
  });

  it("a body merely named before 'established under' another kind of body is no reporting line", async () => {
    const plan = await planImport(db, { bytes: text("IEEE SA was established under the IEEE in 1998 and hosts the Metaverse Standards Committee.\n") });
    expect(find(plan, "Liaison", (p) => p.values.kind === "REPORTING")).toEqual([]);
  });

  it("dates an event launched at another by that event's date, and a conference session by its year and city", async () => {
    const plan = await planImport(db, {
      bytes: text(
        "The first Metaverse Hackathon was launched at the closing session of the 12th Digital Worlds Summit held in September 2027 in Dubai, and it was coordinated by the ITU and UNICC.\n"
        + "The Plenipotentiary Conference (Doha, 2026) adopted the budget.",
      ),
    });
    const [hackathon] = find(plan, "Event", (p) => /Hackathon/.test(String(p.values.name)));
    expect(hackathon).toMatchObject({ values: { startDate: "2027-09" } });
    expect(hackathon!.values.organizers).toEqual(expect.arrayContaining(["itu", "unicc"]));
    const [pp] = find(plan, "Event", (p) => p.values.meetingOf === "itu-pp");
    expect(pp).toMatchObject({ values: { startDate: "2026", city: "Doha" } });
  });

  it("keeps a generic body's country only when the name is generic", async () => {
    const plan = await planImport(db, { bytes: text("Mr Ole Hansen (Telenor Research, Norway) is the Rapporteur for Question 4/9.") });
    const [telenor] = find(plan, "Organization", (p) => /Telenor/.test(String(p.values.name)));
    expect(telenor).toMatchObject({ values: { name: "Telenor Research" } });
  });
});

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../src/db/database.js";
import { planImport } from "../src/import/plan.js";
import { testDatabase } from "./helpers.js";

/**
 * Failure class 1 of issue 25: a hard-wrapped plain-text document (an e-mail wrapped at 72
 * columns) was read line by line, so a name broken over two lines became two mentions. The layout
 * stage re-joins its paragraphs first. Planned against the seed graph; planning writes nothing.
 */
let db: Database;
beforeAll(() => {
  db = testDatabase();
});
afterAll(async () => {
  await db.close();
});

const wrappedMail = [
  "Subject: Outcome of the immersive media meeting",
  "",
  "Dear colleagues, the Working Party on immersive media met in Lisbon on 3",
  "March 2027 and agreed to appoint as Rapporteur for the item Ms Ingrid",
  "HOLMGREN (Nordic Media Lab, Sweden), who will lead the new work item on",
  "audio descriptions for shared virtual venues until the end of the study",
  "period.",
  "",
  "Regards,",
  "Tomas Berg",
].join("\n");

describe("a hard-wrapped e-mail whose person's name is broken over two lines", () => {
  it("proposes that person once, by the whole name, citing the re-joined paragraph", async () => {
    const plan = await planImport(db, { bytes: new TextEncoder().encode(wrappedMail), fileName: "outcome.txt" });
    const people = plan.proposals.filter((p) => p.entityType === "Person");
    const named = people.filter((p) => /Ingrid|Holmgren/i.test(String(p.values.name)));
    expect(named.map((p) => p.values.name)).toEqual(["Ingrid Holmgren"]);
    expect(named[0]).toMatchObject({ values: { honorific: "Ms", country: "SE" }, evidence: { locator: "l3-7" } });
  });
});

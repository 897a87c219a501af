import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../src/db/database.js";
import { readCorpus } from "../src/import/eval/corpus-docs.js";
import { evaluateDocument, precisionOf, recallOf, totalsOf, type DocumentResult } from "../src/import/eval/corpus-eval.js";
import { readSeed } from "../src/seed/validate.js";
import { testDatabase } from "./helpers.js";

/**
 * The corpus of real public documents (test/corpus): every document of the frozen test half is
 * planned against the seeded graph and scored against its gold. What is asserted does not depend
 * on tuning: the evaluation yields scores, and no proposal would harm the graph.
 */
let db: Database;
beforeAll(() => {
  db = testDatabase();
});
afterAll(async () => {
  await db.close();
});

describe("the importer on the corpus's test half", () => {
  it("scores every document against its gold and proposes nothing harmful", async () => {
    const seed = readSeed();
    const results: DocumentResult[] = [];
    for (const doc of readCorpus().filter((d) => d.half === "test")) results.push(await evaluateDocument(db, doc, seed));
    const totals = totalsOf(results);
    expect(totals.documents).toBeGreaterThanOrEqual(15);
    expect(totals.expected).toBeGreaterThan(0);
    expect(recallOf(totals)).toBeGreaterThanOrEqual(0);
    expect(precisionOf(totals)).toBeLessThanOrEqual(1);
    for (const r of results) expect(r.proposals, `${r.doc.id} was planned`).toBeGreaterThan(0);
    // Harm is named by kind and document only: the details may quote a page's e-mail address.
    expect(results.flatMap((r) => r.harms.map((h) => `${r.doc.id}: ${h.kind}`))).toEqual([]);
  }, 600_000);
});

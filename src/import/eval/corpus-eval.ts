import { readFileSync } from "node:fs";
import path from "node:path";
import type { Database } from "../../db/database.js";
import type { SeedData } from "../../seed/seed.schema.js";
import { planImport } from "../plan.js";
import { compareWithSeed, evalKinds, type EvalKind, type KindScore } from "./compare.js";
import type { CorpusDocument, Half } from "./corpus-docs.js";
import { harmfulProposals, type Harm } from "./harm.js";
import { planAsGraph } from "./plan-as-graph.js";

/**
 * Scores the importer on the corpus of real documents: each document is planned against the
 * graph `db` holds (the seed), never applied; the plan's new, confirmed and updated entities are
 * compared with the document's gold (recall: gold entries found; precision: proposed entries that
 * are in the gold), and its harmful proposals are counted (harm.ts).
 */
export interface DocumentResult {
  doc: CorpusDocument;
  scores: Record<EvalKind, KindScore>;
  harms: Harm[];
  proposals: number;
}

export async function evaluateDocument(db: Database, doc: CorpusDocument, graph: SeedData): Promise<DocumentResult> {
  const bytes = new Uint8Array(readFileSync(doc.file));
  const plan = await planImport(db, { bytes, fileName: path.basename(doc.file) });
  const proposed = planAsGraph(plan, graph);
  const scores = compareWithSeed({ ...proposed, documents: [] }, doc.gold, doc.id, "", plan.document.text);
  return { doc, scores, harms: harmfulProposals(plan, graph), proposals: plan.proposals.length };
}

export interface Totals {
  documents: number;
  found: number;
  expected: number;
  correct: number;
  proposed: number;
  harmful: number;
}

export const recallOf = (t: Totals) => (t.expected ? t.found / t.expected : 1);
export const precisionOf = (t: Totals) => (t.proposed ? t.correct / t.proposed : 1);

export function totalsOf(results: DocumentResult[]): Totals {
  const t: Totals = { documents: results.length, found: 0, expected: 0, correct: 0, proposed: 0, harmful: 0 };
  for (const r of results) {
    for (const k of evalKinds) {
      t.found += r.scores[k].found; t.expected += r.scores[k].expected;
      t.correct += r.scores[k].correct; t.proposed += r.scores[k].proposed;
    }
    t.harmful += r.harms.length;
  }
  return t;
}

/** Totals by genre (sorted), for one half. */
export function byGenre(results: DocumentResult[], half: Half): Array<[string, Totals]> {
  const mine = results.filter((r) => r.doc.half === half);
  const genres = [...new Set(mine.map((r) => r.doc.genre))].sort();
  return genres.map((g) => [g, totalsOf(mine.filter((r) => r.doc.genre === g))]);
}

/** The named batches of one half (sorted), each with its documents' results. */
export function byBatch(results: DocumentResult[], half: Half): Array<[string, DocumentResult[]]> {
  const mine = results.filter((r) => r.doc.half === half);
  const batches = [...new Set(mine.flatMap((r) => (r.doc.batch ? [r.doc.batch] : [])))].sort();
  return batches.map((b) => [b, mine.filter((r) => r.doc.batch === b)]);
}

/** Output never shows an e-mail address, even one the public page shows. */
export const maskEmails = (s: string) => s.replace(/[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.[\p{L}]{2,}/gu, "<e-mail>");

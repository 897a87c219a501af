import { readFileSync } from "node:fs";
import path from "node:path";
import type { Database } from "../../db/database.js";
import type { SeedData } from "../../seed/seed.schema.js";
import { planImport } from "../plan.js";
import type { ImportPlan } from "../proposal.js";
import { floorActionOf, supportedIds, withoutFloor } from "../safety/floor.js";
import type { FloorAction } from "../safety/precision-floor.js";
import { compareWithSeed, evalKinds, type EvalKind, type KindScore } from "./compare.js";
import type { CorpusDocument, Half } from "./corpus-docs.js";
import { harmfulProposals, type Harm } from "./harm.js";
import { planEntries } from "./plan-as-graph.js";

/**
 * Scores the importer on the corpus of real documents: each document is planned against the
 * graph `db` holds (the seed), never applied; the plan's new, confirmed and updated entities are
 * compared with the document's gold (recall: gold entries found; precision: proposed entries that
 * are in the gold), and its harmful proposals are counted (harm.ts).
 */
export interface DocumentResult {
  doc: CorpusDocument;
  /** The genre the importer's classifier gave (what the precision floor is keyed on; `doc.genre` is the corpus folder). */
  classified: string;
  /** The plan as proposed (the precision floor's questions left out). */
  scores: Record<EvalKind, KindScore>;
  /** The same plan with the floor's questions proposed again: what the floor is decided on. */
  unfloored: Record<EvalKind, KindScore>;
  /** Each scored entry of the unfloored plan: its proposal's kind, whether it is right, whether the floor held it back. */
  judged: Judged[];
  harms: Harm[];
  proposals: number;
}

export interface Judged {
  kind: EvalKind;
  entityType: string;
  action: FloorAction;
  right: boolean;
  heldBack: boolean;
  /** Another proposal of the plan (a fact, a link, the document's own) depends on it. */
  supported: boolean;
}

export async function evaluateDocument(db: Database, doc: CorpusDocument, graph: SeedData): Promise<DocumentResult> {
  const bytes = new Uint8Array(readFileSync(doc.file));
  const plan = await planImport(db, { bytes, fileName: path.basename(doc.file) });
  const score = (p: ImportPlan) => {
    const { graph: proposed, origins } = planEntries(p, graph);
    return { scores: compareWithSeed({ ...proposed, documents: [] }, doc.gold, doc.id, "", plan.document.text), origins };
  };
  const floored = score(plan);
  const open = score({ ...plan, proposals: withoutFloor(plan.proposals) });
  const held = new Set(plan.proposals.filter((p) => p.heldBack).map((p) => p.id));
  const named = supportedIds(plan.proposals);
  const judged = corpusKinds.flatMap((kind) => open.origins[kind].map((p, i): Judged => ({
    kind, entityType: p.entityType, action: floorActionOf(p), right: open.scores[kind].verdicts[i] ?? false, heldBack: held.has(p.id), supported: named.has(p.id),
  })));
  return {
    doc, classified: plan.document.genre ?? "other", scores: floored.scores, unfloored: open.scores, judged,
    harms: harmfulProposals(plan, graph), proposals: plan.proposals.length,
  };
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

/** Totals over the documents, of the given kinds (all by default), of the plan as proposed or with the floor off. */
export function totalsOf(results: DocumentResult[], kinds: readonly EvalKind[] = evalKinds, floor: "on" | "off" = "on"): Totals {
  const t: Totals = { documents: results.length, found: 0, expected: 0, correct: 0, proposed: 0, harmful: 0 };
  for (const r of results) {
    const scores = floor === "on" ? r.scores : r.unfloored;
    for (const k of kinds) {
      t.found += scores[k].found; t.expected += scores[k].expected;
      t.correct += scores[k].correct; t.proposed += scores[k].proposed;
    }
    t.harmful += r.harms.length;
  }
  return t;
}

/** The kinds the corpus scores (its gold has no documents: the document's own node is not scored). */
export const corpusKinds = evalKinds.filter((k) => k !== "documents");

/** Totals per fact kind (organizations, people, roles, …), in evalKinds' order. Harmful counts are per document, so left at 0 here. */
export function byKind(results: DocumentResult[], floor: "on" | "off" = "on"): Array<[EvalKind, Totals]> {
  return corpusKinds.map((k) => [k, { ...totalsOf(results, [k], floor), harmful: 0 }]);
}

export interface FloorCell {
  genre: string;
  entityType: string;
  action: FloorAction;
  right: number;
  proposed: number;
  /** Of `proposed`, how many the floor in force held back, and how many of those were right. */
  heldBack: number;
  heldBackRight: number;
  /** Of `proposed`, those no other proposal depends on (the floor can hold back only these), and how many of them were right. */
  standalone: number;
  standaloneRight: number;
}

/**
 * Precision with the floor off, by the classifier's genre and the proposal's kind (entity type,
 * new or existing): the figures the precision floor is decided on (precision-floor.ts). Sorted by
 * genre, then entity type, then action.
 */
export function floorCells(results: DocumentResult[]): FloorCell[] {
  const cells = new Map<string, FloorCell>();
  for (const r of results) {
    for (const j of r.judged) {
      const key = `${r.classified}|${j.entityType}|${j.action}`;
      const c = cells.get(key) ?? { genre: r.classified, entityType: j.entityType, action: j.action, right: 0, proposed: 0, heldBack: 0, heldBackRight: 0, standalone: 0, standaloneRight: 0 };
      c.proposed++;
      if (j.right) c.right++;
      if (j.heldBack) { c.heldBack++; if (j.right) c.heldBackRight++; }
      if (!j.supported) { c.standalone++; if (j.right) c.standaloneRight++; }
      cells.set(key, c);
    }
  }
  return [...cells.keys()].sort().map((k) => cells.get(k)!);
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

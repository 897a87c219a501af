import { createHash } from "node:crypto";
import type { Database } from "../db/database.js";
import type { ImportPlan } from "../import/proposal.js";
import { storeImport, type StoredImport } from "../import/review.service.js";
import type { ImportLimits } from "../import/limits.js";
import type { RequestDatabase } from "../db/request-database.js";
import type { EditScope } from "../editing/run-edit.js";
import { applySyncPlan, type ApplyReport } from "./apply.js";
import type { Connector } from "./plan.js";
import { planSyncTask, type SyncToPlan } from "./plan.task.js";
import type { Refusal } from "./record.js";
import type { Scope } from "./scope/scope.js";
import { readSources, type SourceLimits, type SourceText } from "./sources.js";
import { readSyncIndex } from "./sync-index.repository.js";
import type { SyncPlan } from "./sync-plan.js";

/**
 * A sync, end to end: read the sources, read the graph index, plan (pure: in this thread for the
 * command line, in a worker under hard limits for the API), then either show the
 * plan (dry run), store it for review as an import's proposals (the review page shows and applies
 * it like an imported document's), or apply it through the editing engine record by record.
 */
export type SyncMode = "dry-run" | "review" | "apply";

export interface SyncOutcome {
  plan: SyncPlan;
  stored?: StoredImport;
  applied?: ApplyReport;
  seconds: number;
  /** Seconds per phase: reading the sources, reading the graph index, planning, writing (apply or store). */
  phases: { read: number; index: number; plan: number; write: number };
  /** Cypher statements sent per phase (counted by the database door, so load-independent). */
  statements: { read: number; index: number; plan: number; write: number };
}

export interface SyncRequest {
  connector: Connector;
  inputs: string[];
  scope: Scope;
  mode: SyncMode;
  limits: SourceLimits;
  /** The retrieval date of the catalogues (ISO date): every fact cites it through its catalogue. */
  retrieved: string;
  /** Texts given directly (an upload through the API), read as if they came from their origin. */
  texts?: SourceText[];
  /** Where the plan is made: in this thread by default; the API passes the off-thread planner. */
  planner?: (input: SyncToPlan) => Promise<SyncPlan>;
  /** Count statements per kind of proposal while applying (sync:eval's SYNC_PROFILE). */
  profile?: boolean;
}

export async function runSync(
  database: Database, scope: EditScope & { db: RequestDatabase; importLimits: ImportLimits }, request: SyncRequest,
): Promise<SyncOutcome> {
  const started = performance.now();
  let mark = started;
  let sent = database.statements;
  const counted: number[] = [];
  const lap = () => {
    const now = performance.now();
    const seconds = (now - mark) / 1000;
    mark = now;
    counted.push(database.statements - sent);
    sent = database.statements;
    return seconds;
  };
  const read = await readSources(request.inputs, request.limits);
  const texts = [...(request.texts ?? []), ...read.texts];
  const readSeconds = lap();
  const index = await readSyncIndex(database);
  const indexSeconds = lap();
  const input: SyncToPlan = { connector: request.connector, texts, refusals: read.refusals, index, scope: request.scope };
  const plan = request.planner ? await request.planner(input) : planSyncTask(input);
  const outcome: SyncOutcome = { plan, seconds: 0, phases: { read: readSeconds, index: indexSeconds, plan: lap(), write: 0 }, statements: { read: 0, index: 0, plan: 0, write: 0 } };
  if (request.mode === "apply") outcome.applied = await applySyncPlan(scope, plan, index, request.retrieved, { bulk: database, ...(request.profile ? { statementsSent: () => database.statements } : {}) });
  else if (request.mode === "review" && plan.proposals.length > 0) outcome.stored = await storeImport(scope, asImportPlan(plan, request));
  outcome.phases.write = lap();
  const [readStatements, indexStatements, planStatements, writeStatements] = counted;
  outcome.statements = { read: readStatements!, index: indexStatements!, plan: planStatements!, write: writeStatements! };
  outcome.seconds = (performance.now() - started) / 1000;
  return outcome;
}

/** A sync's plan as an import for review: the run is its document, each record a located block. */
export function asImportPlan(plan: SyncPlan, request: Pick<SyncRequest, "connector" | "retrieved">): ImportPlan {
  const blocks = new Map<string, string>();
  for (const p of plan.proposals) if (!blocks.has(p.evidence.locator)) blocks.set(p.evidence.locator, `${p.evidence.quote} (${p.catalogue})`);
  const text = [...blocks.values()].join("\n");
  const catalogues = plan.catalogues.map((c) => c.title).join("; ");
  return {
    document: {
      format: "TEXT", kind: "OTHER", contentHash: createHash("sha256").update(JSON.stringify(plan.proposals)).digest("hex"), text,
      blocks: [...blocks].map(([locator, line]) => ({ locator, text: line })),
      reference: `sync ${request.connector} ${request.retrieved}`, title: `Catalogue sync (${request.connector}) of ${request.retrieved}: ${catalogues}`, date: request.retrieved,
    },
    proposals: plan.proposals.map(({ catalogue: _catalogue, ...p }) => p),
  };
}

export function refusalCount(plan: SyncPlan): number {
  return plan.refusals.length;
}

export type { Refusal };

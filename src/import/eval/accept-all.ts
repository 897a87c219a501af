import { GraphQLError } from "graphql";
import { parse } from "yaml";
import type { Viewer } from "../../auth/viewer.js";
import { createContext } from "../../context.js";
import type { Database } from "../../db/database.js";
import type { SeedData } from "../../seed/seed.schema.js";
import { snapshotGraph } from "../../seed/snapshot.js";
import { proposalsOf } from "../import.repository.js";
import type { ImportPlan } from "../proposal.js";
import { applyImport, reviewProposal, storeImport } from "../review.service.js";
import { withDependents } from "./plan-as-graph.js";

const evaluator: Viewer = { role: "EDITOR", name: "import-eval", via: "api-key" };

export interface Applied {
  /** The imported document's own node. */
  documentKey: string;
  /** Proposals left out: ambiguous ones (a reviewer must choose) and those the apply refused, with why. */
  rejected: Array<{ entityType: string; summary: string; why: string }>;
  changes: number;
}

/**
 * What an editor does who trusts the importer: store the plan, accept every proposal (an
 * ambiguous one cannot be accepted without a choice: rejected, with what depends on it, such as
 * the role of a body the precision floor asked about), and apply through `applyImport`,
 * the real path into the graph. A proposal the editing engine refuses is rejected with its
 * dependents, and the apply is tried again; each refusal is reported.
 */
export async function acceptAndApply(db: Database, plan: ImportPlan): Promise<Applied> {
  const ctx = createContext(db, { viewer: evaluator });
  try {
    const stored = await storeImport(ctx, plan);
    const id = stored.import.id;
    const rows = await proposalsOf(ctx.db, id);
    const rejected: Applied["rejected"] = [];
    const asked = new Set(rows.filter((r) => r.proposal.resolution.status === "AMBIGUOUS").map((r) => r.localId));
    const waiting = withDependents(rows.map((r) => ({ id: r.localId, ...(r.proposal.dependsOn ? { dependsOn: r.proposal.dependsOn } : {}) })), asked);
    for (const row of rows) {
      const out = waiting.has(row.localId);
      await reviewProposal(ctx, row.id, out ? "REJECT" : "ACCEPT", undefined, undefined);
      if (out) rejected.push({ entityType: row.proposal.entityType, summary: row.proposal.summary, why: asked.has(row.localId) ? "ambiguous" : "depends on an ambiguous proposal" });
    }
    for (let attempt = 0; ; attempt++) {
      try {
        const { changes } = await applyImport(ctx, id);
        return { documentKey: stored.import.documentKey, rejected, changes };
      } catch (error) {
        const key = error instanceof GraphQLError ? error.extensions.proposal : undefined;
        if (typeof key !== "string" || attempt > 50) throw error;
        // Reject the refused proposal and everything that depends on it, then try again.
        const current = await proposalsOf(ctx.db, id);
        const out = new Set([current.find((r) => r.id === key)!.localId]);
        for (let grew = true; grew;) {
          grew = false;
          for (const r of current) {
            if (!out.has(r.localId) && (r.proposal.dependsOn ?? []).some((d) => out.has(d))) { out.add(r.localId); grew = true; }
          }
        }
        for (const r of current.filter((x) => out.has(x.localId) && x.decision !== "REJECTED")) {
          await reviewProposal(ctx, r.id, "REJECT", undefined, undefined);
          rejected.push({ entityType: r.proposal.entityType, summary: r.proposal.summary, why: r.id === key ? (error as Error).message : "depends on a refused proposal" });
        }
      }
    }
  } finally {
    await ctx.db.end();
  }
}

/** The whole graph in the seed's entry shape (what `npm run snapshot` writes). */
export async function graphAsSeed(db: Database): Promise<SeedData> {
  const data: Record<string, unknown[]> = {};
  for (const [file, text] of await snapshotGraph(db)) data[file.replace(/\.yaml$/, "")] = (parse(text) as unknown[] | null) ?? [];
  return data as unknown as SeedData;
}

import type { Viewer } from "../auth/viewer.js";
import type { Queries } from "../db/database.js";
import { applyProposal, type ReviewedProposal } from "../import/apply.js";
import { runEdit } from "../editing/run-edit.js";
import type { CatalogueRef } from "./record.js";
import type { SyncIndex } from "./sync-index.repository.js";
import type { SyncPlan, SyncProposal } from "./sync-plan.js";

/**
 * Applying a sync's plan through the editing engine, the import's own write path (applyProposal):
 * one edit — one transaction, audited with the sync as actor — per catalogue record, so a
 * record's changes are applied whole or not at all, a failure costs that record only, and an
 * interrupted run is finished by running it again (what was applied is then unchanged).
 */
export interface ApplyScope {
  db: Queries;
  viewer: Viewer;
  today: string;
  loaders: { clear(): void };
}

export interface ApplyReport {
  applied: number;
  changes: number;
  failures: Array<{ record: string; reason: string }>;
}

/** The identity a sync writes as: `sync:relaton`, `sync:iso-committees`. */
export function syncViewer(connector: string): Viewer {
  return { role: "ADMIN", name: `sync:${connector}`, via: "api-key" };
}

export async function applySyncPlan(scope: ApplyScope, plan: SyncPlan, index: SyncIndex, retrieved: string): Promise<ApplyReport> {
  const report: ApplyReport = { applied: 0, changes: 0, failures: [] };
  const documents = new Set(index.documents.map((d) => d.id));
  for (const c of plan.catalogues) {
    if (documents.has(c.key)) continue;
    await runEdit(scope, { newDocument: catalogueDocument(c, retrieved) }, async () => undefined);
    documents.add(c.key);
  }
  // Proposals of one record (same catalogue and locator) form one group, in the plan's order.
  // A new body is a group of its own: records of two committees may each name a body the other
  // named first, and a body depends only on its parent, so bodies never close a circle.
  const groupKey = (p: SyncProposal) => (p.entityType === "Organization" && p.action === "CREATE" ? `${p.catalogue}#${p.evidence.locator} (new body ${p.resolution.key})` : `${p.catalogue}#${p.evidence.locator}`);
  const groups = new Map<string, SyncProposal[]>();
  for (const p of plan.proposals) groups.set(groupKey(p), [...(groups.get(groupKey(p)) ?? []), p]);
  const groupOf = new Map(plan.proposals.map((p) => [p.id, groupKey(p)]));
  const failed = new Set<string>();
  const done = new Set<string>();
  const order: string[] = [];
  const visit = (g: string, path: Set<string>) => {
    if (done.has(g) || path.has(g)) return;
    path.add(g);
    for (const p of groups.get(g)!) for (const dep of p.dependsOn ?? []) visit(groupOf.get(dep)!, path);
    path.delete(g);
    done.add(g);
    order.push(g);
  };
  for (const g of groups.keys()) visit(g, new Set());

  for (const g of order) {
    const proposals = groups.get(g)!;
    const blocked = proposals.flatMap((p) => p.dependsOn ?? []).map((d) => groupOf.get(d)!).find((d) => d !== g && failed.has(d));
    if (blocked) {
      failed.add(g);
      report.failures.push({ record: g, reason: `not applied: it needs ${blocked}, which failed` });
      continue;
    }
    try {
      const { changes } = await runEdit(scope, undefined, async (edit) => {
        for (const p of proposals) {
          const reviewed: ReviewedProposal = { ...p, key: p.id, decision: "ACCEPTED" };
          await applyProposal({ edit, documentKey: p.catalogue, confirmedOn: retrieved }, reviewed);
        }
      });
      report.applied += proposals.length;
      report.changes += changes.length;
    } catch (error) {
      failed.add(g);
      report.failures.push({ record: g, reason: (error as Error).message });
    }
  }
  return report;
}

/** A catalogue as a source Document: what every fact it gives cites, with the retrieval date. */
export function catalogueDocument(c: CatalogueRef, retrieved: string) {
  return { id: c.key, kind: "WEB_PAGE", reference: c.key, title: c.title, url: c.url, date: retrieved };
}

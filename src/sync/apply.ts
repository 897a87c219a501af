import type { Viewer } from "../auth/viewer.js";
import type { Database, Queries } from "../db/database.js";
import { applyProposals } from "../import/apply-batch.js";
import { runEdit } from "../editing/run-edit.js";
import type { CatalogueRef } from "./record.js";
import type { SyncIndex } from "./sync-index.repository.js";
import type { SyncPlan, SyncProposal } from "./sync-plan.js";

/**
 * Applying a sync's plan through the editing engine, the import's own write path in its batch
 * form (applyProposals: one statement per kind of write and label for a whole batch), audited with
 * the sync as actor. Records are applied many to a transaction (a batch, under the
 * bulk time budget, NEO4J_BULK_TX_TIMEOUT_MS), since one audited transaction per record under the
 * change-log lock made a catalogue of a thousand records take minutes. A batch is all or nothing;
 * when one fails, its records are applied again one transaction each, so a record's changes are
 * still applied whole or not at all, the bad record is named, and the rest goes on. An
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
  /** Write transactions used (batches, and records retried one by one after a batch failed). */
  transactions: number;
  /** Statements the batches sent (with ApplyOptions.statementsSent, a profile). */
  statements?: number;
}

export interface ApplyOptions {
  /** Proposals at most per transaction (a record's proposals are never split). */
  batchSize?: number;
  /** The bulk write door: batches run under its budget; without it, under the scope's own. */
  bulk?: Pick<Database, "bulkWriteTransaction">;
  /** Statements the database door has sent so far: given, the report counts the batches' statements. */
  statementsSent?: () => number;
}

/** Proposals per transaction: large enough that transactions are few, small enough to stay far inside the bulk budget. */
export const SYNC_BATCH_SIZE = 400;

/** The identity a sync writes as: `sync:relaton`, `sync:iso-committees`. */
export function syncViewer(connector: string): Viewer {
  return { role: "ADMIN", name: `sync:${connector}`, via: "api-key" };
}

/**
 * The plan's proposals as records (groups), in an order that puts every group after the groups
 * it depends on. Proposals of one record (same catalogue and locator) form one group. A new body
 * is a group of its own: records of two committees may each name a body the other named first,
 * and a body depends only on its parent, so bodies never close a circle.
 */
export function recordGroups(plan: SyncPlan): { order: string[]; groups: Map<string, SyncProposal[]>; groupOf: Map<string, string> } {
  const groupKey = (p: SyncProposal) => (p.entityType === "Organization" && p.action === "CREATE" ? `${p.catalogue}#${p.evidence.locator} (new body ${p.resolution.key})` : `${p.catalogue}#${p.evidence.locator}`);
  const groups = new Map<string, SyncProposal[]>();
  for (const p of plan.proposals) groups.set(groupKey(p), [...(groups.get(groupKey(p)) ?? []), p]);
  const groupOf = new Map(plan.proposals.map((p) => [p.id, groupKey(p)]));
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
  return { order, groups, groupOf };
}

export async function applySyncPlan(scope: ApplyScope, plan: SyncPlan, index: SyncIndex, retrieved: string, options: ApplyOptions = {}): Promise<ApplyReport> {
  const report: ApplyReport = { applied: 0, changes: 0, failures: [], transactions: 0 };
  const sentAtStart = options.statementsSent?.();
  const batchSize = options.batchSize ?? SYNC_BATCH_SIZE;
  const bulk = options.bulk;
  const batchScope: ApplyScope = bulk
    ? { ...scope, db: { ...bindQueries(scope.db), writeTransaction: (work, meta) => bulk.bulkWriteTransaction("a catalogue sync's batch of records", work, meta) } }
    : scope;
  const documents = new Set(index.documents.map((d) => d.id));
  for (const c of plan.catalogues) {
    if (documents.has(c.key)) continue;
    await runEdit(scope, { newDocument: catalogueDocument(c, retrieved) }, async () => undefined);
    report.transactions += 1;
    documents.add(c.key);
  }
  const { order, groups, groupOf } = recordGroups(plan);
  const failed = new Set<string>();
  const blockedBy = (g: string) => groups.get(g)!.flatMap((p) => p.dependsOn ?? []).map((d) => groupOf.get(d)!).find((d) => d !== g && failed.has(d));

  const applyGroups = async (s: ApplyScope, batch: string[]) => {
    const items = batch.flatMap((g) => groups.get(g)!.map((p) => ({ proposal: { ...p, key: p.id, decision: "ACCEPTED" as const }, documentKey: p.catalogue })));
    const { changes } = await runEdit(s, undefined, (edit) => applyProposals({ edit, confirmedOn: retrieved }, items));
    report.transactions += 1;
    report.applied += batch.reduce((n, g) => n + groups.get(g)!.length, 0);
    report.changes += changes.length;
  };

  /** One record, one transaction: after a batch failed, to apply the good records and name the bad one. */
  const applyOneByOne = async (batch: string[]) => {
    for (const g of batch) {
      const blocked = blockedBy(g);
      if (blocked) {
        failed.add(g);
        report.failures.push({ record: g, reason: `not applied: it needs ${blocked}, which failed` });
        continue;
      }
      try {
        await applyGroups(scope, [g]);
      } catch (error) {
        report.transactions += 1;
        failed.add(g);
        report.failures.push({ record: g, reason: (error as Error).message });
      }
    }
  };

  let batch: string[] = [];
  let size = 0;
  const flush = async () => {
    if (batch.length === 0) return;
    const current = batch;
    batch = [];
    size = 0;
    try {
      await applyGroups(batchScope, current);
    } catch {
      report.transactions += 1;
      await applyOneByOne(current);
    }
  };
  for (const g of order) {
    const n = groups.get(g)!.length;
    if (size > 0 && size + n > batchSize) await flush();
    // After the flush: a record the batch just retried one by one may have failed.
    const blocked = blockedBy(g);
    if (blocked) {
      failed.add(g);
      report.failures.push({ record: g, reason: `not applied: it needs ${blocked}, which failed` });
      continue;
    }
    batch.push(g);
    size += n;
  }
  await flush();
  if (sentAtStart !== undefined) report.statements = options.statementsSent!() - sentAtStart;
  return report;
}

/** The scope's door as a plain object whose methods keep their receiver. */
function bindQueries(db: Queries): Queries {
  return {
    read: (cypher, params, meta) => db.read(cypher, params, meta),
    readRows: (cypher, params, rows) => db.readRows(cypher, params, rows),
    readAll: (statements, meta) => db.readAll(statements, meta),
    write: (cypher, params, meta) => db.write(cypher, params, meta),
    writeTransaction: (work, meta) => db.writeTransaction(work, meta),
  };
}

/** A catalogue as a source Document: what every fact it gives cites, with the retrieval date. */
export function catalogueDocument(c: CatalogueRef, retrieved: string) {
  return { id: c.key, kind: "WEB_PAGE", reference: c.key, title: c.title, url: c.url, date: retrieved };
}

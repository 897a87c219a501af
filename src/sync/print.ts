import { formatRefusal } from "./record.js";
import type { CatalogueCounts, SyncPlan } from "./sync-plan.js";

/** One line per catalogue: what was read and what the plan does with it. */
export function countsLine(c: CatalogueCounts): string {
  return `${c.catalogue}: ${c.records} records read (${c.outOfScope} out of scope), ${c.refused} refused; ${c.created} created, ${c.matched} matched ` +
    `(${c.updated} updated, ${c.confirmed} confirmed, ${c.kept} kept as edited), ${c.editions} editions, ${c.committees} committees, ${c.liaisons} liaisons, ${c.topics} topics` +
    (c.leftOut ? `; ${c.leftOut} parts of records left out` : "");
}

const show = (v: unknown) => (typeof v === "string" ? (v.length > 80 ? JSON.stringify(`${v.slice(0, 77)}…`) : JSON.stringify(v)) : Array.isArray(v) ? `[${v.length} items]` : JSON.stringify(v ?? null));

/** The dry run's plan: creates, updates with before and after, confirmations, refusals with file and reason. */
export function formatSyncPlan(plan: SyncPlan): string {
  const lines: string[] = [];
  for (const p of plan.proposals) {
    const target = p.action === "LINK" ? `${String(p.values.type)} ${String(p.values.from)} → ${String(p.values.to)}` : `${p.entityType} ${p.resolution.key ?? ""}`;
    lines.push(`${p.action.padEnd(7)} ${target}  [${p.catalogue}#${p.evidence.locator}]  ${p.summary}`);
    for (const d of p.diff ?? []) lines.push(`          ${d.field}: ${show(d.current)} → ${show(d.proposed)}`);
  }
  for (const k of plan.kept) lines.push(`KEPT    ${k.key}: ${k.fields.join(", ")} differ from ${k.record}, but it was edited through the API: left alone`);
  for (const r of plan.refusals) lines.push(`REFUSED ${formatRefusal(r)}`);
  for (const r of plan.leftOut) lines.push(`LEFT OUT ${formatRefusal(r)}`);
  for (const c of plan.counts) lines.push(countsLine(c));
  const unread = plan.refusals.length - plan.counts.reduce((n, c) => n + c.refused, 0);
  if (unread > 0) lines.push(`${unread} files or records could not be read (see REFUSED above)`);
  if (plan.proposals.length === 0) lines.push("nothing to change: the graph already holds what the catalogues say");
  return lines.join("\n");
}

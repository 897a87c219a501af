import type { SeedData } from "../../seed/seed.schema.js";
import type { ImportPlan, Proposal } from "../proposal.js";
import { evalKindOf, type EvalKind } from "./compare.js";

type Entry = Record<string, unknown>;

/**
 * What a plan says about the graph, as seed entries: a created entity with its values, a
 * confirmed or updated one as the graph's entry (the plan carries only its id) with the update
 * applied. Links, questions (AMBIGUOUS) and kinds the evaluation does not score are left out.
 */
export function planAsGraph(plan: ImportPlan, graph: SeedData): SeedData {
  const out: Record<EvalKind, Entry[]> = { organizations: [], people: [], roles: [], events: [], deadlines: [], liaisons: [], deliverables: [], documents: [] };
  const byId = new Map<string, Entry>();
  for (const kind of Object.keys(out) as EvalKind[]) for (const e of graph[kind] as unknown as Entry[]) byId.set(`${kind}:${String(e.id)}`, e);
  const seen = new Set<string>();
  for (const p of plan.proposals) {
    const kind = evalKindOf(p.entityType);
    if (!kind || p.action === "LINK" || p.resolution.status === "AMBIGUOUS") continue;
    const entry = entryOf(p, kind, byId);
    if (!entry) continue;
    const key = `${kind}:${String(entry.id)}`;
    if (p.action !== "CREATE" && seen.has(key)) continue;
    seen.add(key);
    out[kind].push(entry);
  }
  return { ...out, topics: [], statistics: [] } as unknown as SeedData;
}

function entryOf(p: Proposal, kind: EvalKind, byId: Map<string, Entry>): Entry | undefined {
  const key = p.resolution.key ?? (typeof p.values.id === "string" ? p.values.id : undefined);
  if (p.action === "CREATE") return { aliases: [], ...p.values, id: key ?? p.id };
  const existing = key ? byId.get(`${kind}:${key}`) : undefined;
  if (!existing) return undefined;
  return p.action === "UPDATE" ? { ...existing, ...p.values, id: key } : existing;
}

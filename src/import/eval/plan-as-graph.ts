import type { SeedData } from "../../seed/seed.schema.js";
import type { ImportPlan, Proposal } from "../proposal.js";
import { evalKindOf, type EvalKind } from "./compare.js";

type Entry = Record<string, unknown>;

/**
 * What a plan says about the graph, as seed entries: a created entity with its values, a
 * confirmed or updated one as the graph's entry (the plan carries only its id) with the update
 * applied. Links, questions (AMBIGUOUS) and kinds the evaluation does not score are left out, and
 * so is what depends on a question (as accepting everything leaves it out: acceptAndApply).
 */
export function planAsGraph(plan: ImportPlan, graph: SeedData): SeedData {
  return planEntries(plan, graph).graph;
}

/** planAsGraph, with the proposal each entry comes from (`origins[kind][i]` made `graph[kind][i]`). */
export function planEntries(plan: ImportPlan, graph: SeedData): { graph: SeedData; origins: Record<EvalKind, Proposal[]> } {
  const out: Record<EvalKind, Entry[]> = { organizations: [], people: [], roles: [], events: [], deadlines: [], liaisons: [], deliverables: [], documents: [] };
  const origins: Record<EvalKind, Proposal[]> = { organizations: [], people: [], roles: [], events: [], deadlines: [], liaisons: [], deliverables: [], documents: [] };
  const asked = questionsAndDependents(plan.proposals);
  const byId = new Map<string, Entry>();
  for (const kind of Object.keys(out) as EvalKind[]) for (const e of graph[kind] as unknown as Entry[]) byId.set(`${kind}:${String(e.id)}`, e);
  const seen = new Set<string>();
  for (const p of plan.proposals) {
    const kind = evalKindOf(p.entityType);
    if (!kind || p.action === "LINK" || asked.has(p.id)) continue;
    const entry = entryOf(p, kind, byId);
    if (!entry) continue;
    const key = `${kind}:${String(entry.id)}`;
    if (p.action !== "CREATE" && seen.has(key)) continue;
    seen.add(key);
    out[kind].push(entry);
    origins[kind].push(p);
  }
  return { graph: { ...out, topics: [], statistics: [] } as unknown as SeedData, origins };
}

/** The ids of the questions (AMBIGUOUS) and of every proposal that depends on one, however indirectly. */
function questionsAndDependents(proposals: Proposal[]): Set<string> {
  return withDependents(proposals, new Set(proposals.filter((p) => p.resolution.status === "AMBIGUOUS").map((p) => p.id)));
}

/** `ids` and the ids of every proposal that depends on one of them, however indirectly. */
export function withDependents(proposals: Array<Pick<Proposal, "id" | "dependsOn">>, ids: Set<string>): Set<string> {
  const out = new Set(ids);
  for (let grew = true; grew;) {
    grew = false;
    for (const p of proposals) {
      if (!out.has(p.id) && (p.dependsOn ?? []).some((d) => out.has(d))) { out.add(p.id); grew = true; }
    }
  }
  return out;
}

function entryOf(p: Proposal, kind: EvalKind, byId: Map<string, Entry>): Entry | undefined {
  const key = p.resolution.key ?? (typeof p.values.id === "string" ? p.values.id : undefined);
  if (p.action === "CREATE") return { aliases: [], ...p.values, id: key ?? p.id };
  const existing = key ? byId.get(`${kind}:${key}`) : undefined;
  if (!existing) return undefined;
  return p.action === "UPDATE" ? { ...existing, ...p.values, id: key } : existing;
}

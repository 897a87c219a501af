import type { GraphSnapshot } from "../graph-index.repository.js";
import type { MatchReason, Proposal } from "../proposal.js";
import { describeCandidate } from "./candidates.js";
import { precisionFloor, type FloorAction, type FloorEntry } from "./precision-floor.js";

/** The floor's action word for a proposal: a new entity, or one the graph holds. */
export const floorActionOf = (p: Proposal): FloorAction => (p.action === "CREATE" ? "new" : "existing");

/**
 * Applies the precision floor (precision-floor.ts) to a plan's proposals: a proposal of a kind its
 * genre gets wrong most often becomes a question for the reviewer (AMBIGUOUS), so it is seen but
 * never applied by accepting everything. A new entity is asked with no candidate (choosing "new"
 * makes it, with the key it had); a fact of the graph with that entity as its only candidate
 * (choosing it confirms or updates it, as proposed). Links and questions already asked pass, and
 * so does a proposal other facts of the plan stand on (a body a role, a meeting or a statement is
 * of or sent to: `supportedIds`): holding it back would hold them back, or leave them resting on
 * a fact the reviewer has not seen. Nor is a fact the graph already has from this very document
 * (`documentKey`, a document imported again): a reviewer accepted it from there once.
 */
export function applyPrecisionFloor(
  proposals: Proposal[], genre: string, graph: GraphSnapshot, documentKey?: string, floor: readonly FloorEntry[] = precisionFloor,
): Proposal[] {
  const supported = supportedIds(proposals);
  return proposals.map((p) => {
    if (p.action === "LINK" || p.resolution.status === "AMBIGUOUS" || supported.has(p.id) || citesDocument(graph, p, documentKey)) return p;
    const entry = floor.find((f) => f.genre === genre && f.entityType === p.entityType && f.action === floorActionOf(p));
    return entry ? ask(p, entry, graph) : p;
  });
}

/** The graph's entity the proposal is about already cites the document (`document` or `document#locator`). */
function citesDocument(graph: GraphSnapshot, p: Proposal, documentKey: string | undefined): boolean {
  const key = p.resolution.status === "EXISTING" ? p.resolution.key : undefined;
  if (!documentKey || !key) return false;
  const lists: Partial<Record<Proposal["entityType"], ReadonlyArray<{ id?: string | undefined; sources?: string[] | undefined }>>> = {
    Organization: graph.organizations, Person: graph.people, Role: graph.roles, Event: graph.events, Deadline: graph.deadlines,
    Liaison: graph.liaisons, Deliverable: graph.deliverables, Statistic: graph.statistics,
  };
  const entity = lists[p.entityType]?.find((e) => e.id === key);
  return (entity?.sources ?? []).some((s) => s === documentKey || s.startsWith(`${documentKey}#`));
}

/**
 * The proposals other facts of the plan stand on: those another proposal depends on (a new body
 * a role is of), and those about an entity of the graph that another proposal names in its
 * values (a body the graph holds that a statement is sent to, a role is of, a page is issued by).
 */
export function supportedIds(proposals: Proposal[]): Set<string> {
  const out = new Set(proposals.flatMap((p) => p.dependsOn ?? []));
  const named = new Map<string, Set<Proposal>>();
  for (const p of proposals) for (const value of strings(p.values)) named.set(value, (named.get(value) ?? new Set()).add(p));
  for (const p of proposals) {
    const key = p.resolution.status === "EXISTING" ? p.resolution.key : undefined;
    if (!key) continue;
    const others = [...(named.get(key) ?? [])].filter((o) => !(o.entityType === p.entityType && o.resolution.key === key));
    if (others.length > 0) out.add(p.id);
  }
  return out;
}

function strings(value: unknown): string[] {
  if (typeof value === "string") return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value && typeof value === "object") return Object.values(value).flatMap(strings);
  return [];
}

function ask(p: Proposal, entry: FloorEntry, graph: GraphSnapshot): Proposal {
  const key = p.resolution.key;
  const existing = p.resolution.status === "EXISTING" && key !== undefined;
  const candidates = existing ? [describeCandidate(graph, p.entityType, key, (p.resolution.reason ?? "KEY") as MatchReason)] : [];
  const reason = `${entry.action === "new" ? "new" : "existing"} ${entry.entityType} in a ${entry.genre} document: right ${entry.dev.right} of ${entry.dev.proposed} times on the development corpus`;
  const answer = existing ? `choose ${key} to accept it` : `choose "new" to accept it`;
  return {
    ...p,
    resolution: { status: "AMBIGUOUS", ...(key ? { key } : {}), ...(p.resolution.reason ? { reason: p.resolution.reason } : {}), candidates },
    confidence: Math.min(p.confidence, 0.3),
    summary: `${p.summary} (a question, not a proposal: ${reason}; ${answer}, or reject it)`,
    heldBack: { reason, resolution: p.resolution },
  };
}

/** The plan as it was before the floor: every question the floor asked is a proposal again (for the evaluation). */
export function withoutFloor(proposals: Proposal[]): Proposal[] {
  return proposals.map((p) => {
    if (!p.heldBack) return p;
    const { heldBack, ...rest } = p;
    return { ...rest, resolution: heldBack.resolution };
  });
}

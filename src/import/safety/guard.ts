import type { GraphSnapshot } from "../graph-index.repository.js";
import type { FieldDiff, MatchReason, Proposal } from "../proposal.js";
import { describeCandidate } from "./candidates.js";
import { statedChange, type ChangeKind } from "./change-statements.js";

/**
 * The guard every plan passes through last (issue 25): no proposal ends a role, gives a role to
 * another holder, moves a date or overwrites a value the graph holds unless a sentence of the
 * document states that change; that sentence becomes its evidence. Any other update that
 * contradicts the graph becomes a question for the reviewer (AMBIGUOUS, with the entity as its
 * candidate): choosing it takes the document's value, rejecting it keeps the graph's. Adding what
 * the graph lacks (a first e-mail, an alias, a more precise date) is no conflict and passes.
 */
export function guardProposals(proposals: Proposal[], graph: GraphSnapshot): Proposal[] {
  return proposals.map((p) => (p.action === "UPDATE" && p.resolution.status === "EXISTING" ? guardUpdate(p, graph) : p));
}

/** What kind of change a field's diff is, or undefined when it only adds to the graph. */
export function conflictKind(entityType: Proposal["entityType"], d: FieldDiff): ChangeKind | undefined {
  if (d.field === "holder") return "holder";
  if (entityType === "Role" && d.field === "until" && isEmpty(d.current)) return "holder";
  if (isEmpty(d.current)) return undefined;
  if (Array.isArray(d.current) && Array.isArray(d.proposed) && d.current.every((c) => (d.proposed as unknown[]).some((x) => sameValue(x, c)))) return undefined;
  if (sameValue(d.current, d.proposed)) return undefined;
  if (isDate(d.current) && isDate(d.proposed)) {
    // "2027-03" made precise as "2027-03-08" adds a day; it moves nothing.
    if ((d.proposed as string).startsWith(d.current as string)) return undefined;
    return "date";
  }
  if (d.field === "status") return "status";
  return "value";
}

function guardUpdate(p: Proposal, graph: GraphSnapshot): Proposal {
  const conflicts = (p.diff ?? []).map((d) => ({ d, kind: conflictKind(p.entityType, d) })).filter((c): c is { d: FieldDiff; kind: ChangeKind } => !!c.kind);
  if (conflicts.length === 0) return p;
  const stated = conflicts.map((c) => statedChange(c.kind, p.evidence.quote));
  if (stated.every(Boolean)) {
    return { ...p, evidence: { ...p.evidence, quote: stated[0]!.sentence } };
  }
  const key = p.resolution.key!;
  const candidate = describeCandidate(graph, p.entityType, key, (p.resolution.reason ?? "KEY") as MatchReason);
  // A summary is a line in logs and lists: personal values stay in the diff (analysts only), never in it.
  const unstated = conflicts.filter((_, i) => !stated[i]).map(({ d }) =>
    PERSONAL.has(d.field) ? `another ${d.field} here than in the graph` : `${d.field} ${show(d.proposed)} here, ${show(d.current)} in the graph`);
  return {
    ...p,
    resolution: { status: "AMBIGUOUS", key, reason: p.resolution.reason ?? "KEY", candidates: [candidate] },
    confidence: Math.min(p.confidence, 0.3),
    summary: `${candidate.label}: ${unstated.join("; ")}, and no sentence says it changed. Choose ${key} to take the document's value, or reject to keep the graph's.`,
  };
}

const PERSONAL = new Set(["email", "phone"]);
const isEmpty = (v: unknown) => v === undefined || v === null || v === "" || (Array.isArray(v) && v.length === 0);
const isDate = (v: unknown): v is string => typeof v === "string" && /^\d{4}(-\d{2}(-\d{2})?)?$/.test(v);
const sameValue = (a: unknown, b: unknown) =>
  typeof a === "string" && typeof b === "string" ? a.trim().toLowerCase() === b.trim().toLowerCase() : JSON.stringify(a) === JSON.stringify(b);
const show = (v: unknown) => (typeof v === "string" ? v : JSON.stringify(v));

import type { ImportPlan } from "./proposal.js";

/** The plan for people: the document, then one line per proposal with its evidence's place. */
export function formatPlan(plan: ImportPlan): string {
  const d = plan.document;
  const lines = [
    `${d.format} ${d.kind}${d.reference ? ` ${d.reference}` : ""}${d.date ? ` (${d.date})` : ""}${d.issuer ? ` from ${d.issuer}` : ""}`,
    d.title ? `  ${d.title}` : "",
    `  sha256 ${d.contentHash}`,
  ].filter(Boolean);
  if (plan.alreadyImported) {
    lines.push(`Already imported as document ${plan.alreadyImported.documentKey}: nothing new to propose.`);
    return lines.join("\n");
  }
  const counts = new Map<string, number>();
  for (const p of plan.proposals) counts.set(p.action, (counts.get(p.action) ?? 0) + 1);
  lines.push(`${plan.proposals.length} proposals (${[...counts].map(([a, n]) => `${n} ${a.toLowerCase()}`).join(", ")}):`);
  for (const p of plan.proposals) {
    const r = p.resolution;
    const who = r.status === "AMBIGUOUS" ? `ambiguous: ${(r.candidates ?? []).map((c) => c.key).join(" | ")}` : r.status === "NEW" ? `new ${r.key}` : `${r.key} (${r.reason})`;
    lines.push(`${p.id.padEnd(5)} ${p.action.padEnd(7)} ${p.entityType.padEnd(12)} ${who}  ${p.summary}  [${p.evidence.locator}, ${p.confidence.toFixed(2)}]`);
  }
  return lines.join("\n");
}

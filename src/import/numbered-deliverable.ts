import type { DeliverableRow, OrganizationRow } from "./graph-index.repository.js";
import { compactForm } from "./text-utils.js";

/**
 * A deliverable a document names generically, resolved in its context (failure class 7):
 * "Technical Report 02" of a body is the graph's report numbered 2 of that body's family (the
 * body itself, a group inside it or the body it belongs to), "FGMV-02" for a focus group's second
 * report; a deliverable given with its title is the graph's one of that title and family.
 * Exactly one candidate, else none: a guess would confirm the wrong text.
 */
export function deliverableInContext(
  d: { code: string; title?: string; developedBy?: string },
  deliverables: readonly DeliverableRow[],
  organizations: readonly OrganizationRow[],
): DeliverableRow | undefined {
  if (!d.developedBy) return undefined;
  const parents = new Map(organizations.map((o) => [o.id, o.partOf]));
  const lineage = (key: string) => {
    const out = [key];
    for (let k = parents.get(key); k && out.length < 12 && !out.includes(k); k = parents.get(k)) out.push(k);
    return out;
  };
  const mine = lineage(d.developedBy);
  const related = (key: string | undefined) => !!key && (mine.includes(key) || lineage(key).includes(d.developedBy!));
  const family = deliverables.filter((x) => related(x.developedBy));
  const numbered = /^(?:Technical\s+(?:Report|Specification|Paper)|Deliverable)\s+0*(\d{1,3})$/i.exec(d.code.trim());
  if (numbered) {
    const n = Number(numbered[1]);
    const hits = family.filter((x) => Number(/(\d{1,3})$/.exec(x.code)?.[1] ?? NaN) === n);
    if (hits.length === 1) return hits[0];
  }
  if (d.title && d.title.length >= 12) {
    const hits = family.filter((x) => x.title && compactForm(x.title) === compactForm(d.title!));
    if (hits.length === 1) return hits[0];
  }
  return undefined;
}

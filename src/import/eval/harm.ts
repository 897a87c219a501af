import type { SeedData } from "../../seed/seed.schema.js";
import type { ImportPlan, Proposal } from "../proposal.js";
import { deliverableKey, sameDeliverable } from "../deliverable-code.js";
import { compactForm } from "../text-utils.js";

/**
 * Harmful proposals (issue 25): accepting one would damage the graph.
 * - DUPLICATE: a new entity that the graph already holds, or that another proposal of the same
 *   import already creates (one name, two people);
 * - ENDS: an update that ends a role, a liaison or a body (sets `until` or `closed`);
 * - CHANGES_HOLDER: an update that gives a role another person or body;
 * - DATE_BACK: an update that moves a date earlier;
 * - OVERWRITE: an update that replaces a field's value by a different one (a more precise date
 *   or a longer list holding the old one is no overwrite).
 * Questions to the reviewer (AMBIGUOUS) are not harmful: nothing changes until one is answered.
 */
export type HarmKind = "DUPLICATE" | "ENDS" | "CHANGES_HOLDER" | "DATE_BACK" | "OVERWRITE";

export interface Harm {
  kind: HarmKind;
  proposal: string;
  what: string;
}

type Entry = Record<string, unknown>;
const str = (v: unknown) => (typeof v === "string" ? v : "");
const honorific = /^(mr|ms|mrs|dr|prof)\.?\s+/i;
/**
 * The names that identify an entry: its name and aliases, and its acronym when that is specific
 * (FG-MV, JTC 1/SC 29): a bare "SG2" names a study group of each sector, so two bodies sharing it
 * are not thereby one.
 */
const nameKeys = (e: Entry) =>
  [str(e.name), ...((e.aliases as string[] | undefined) ?? []), /[-/ ]|\w{5,}/.test(str(e.acronym)) ? str(e.acronym) : ""]
    .filter((n) => n.length > 1)
    .map((n) => compactForm(n.replace(honorific, "")));
const dateFields = new Set(["since", "startDate", "endDate", "due", "approved", "consented", "published", "target", "established", "date", "deadline"]);
const endFields = new Set(["until", "closed"]);
const holderFields = new Set(["person", "organization"]);

export function harmfulProposals(plan: ImportPlan, graph: SeedData): Harm[] {
  const harms: Harm[] = [];
  const created = new Map<string, string>();
  for (const p of plan.proposals) {
    if (p.resolution.status === "AMBIGUOUS") continue;
    if (p.action === "CREATE") {
      const dup = duplicateOf(p, graph);
      if (dup) harms.push({ kind: "DUPLICATE", proposal: p.id, what: `${p.entityType} ${p.summary} duplicates ${dup}` });
      for (const key of identityKeys(p)) {
        const first = created.get(key);
        if (first) harms.push({ kind: "DUPLICATE", proposal: p.id, what: `${p.entityType} ${p.summary} is created twice (also ${first})` });
        else created.set(key, p.id);
      }
    } else if (p.action === "UPDATE") {
      harms.push(...destructive(p, graph));
    }
  }
  return harms;
}

/** Keys that make two new entities of one import the same entity. */
function identityKeys(p: Proposal): string[] {
  const v = p.values as Entry;
  switch (p.entityType) {
    case "Person":
    case "Organization":
      return [...new Set(nameKeys(v))].map((k) => `${p.entityType}:${k}`);
    case "Role":
      return [`Role:${str(v.person)}|${str(v.organization)}|${str(v.role)}`];
    case "Deliverable":
      return [`Deliverable:${deliverableKey(str(v.code))}`];
    default:
      return [];
  }
}

function duplicateOf(p: Proposal, graph: SeedData): string | undefined {
  const v = p.values as Entry;
  const sameName = (list: Entry[]) => {
    const keys = new Set(nameKeys(v));
    return list.find((e) => nameKeys(e).some((k) => keys.has(k)));
  };
  let hit: Entry | undefined;
  switch (p.entityType) {
    case "Organization": hit = sameName(graph.organizations as unknown as Entry[]); break;
    case "Person": hit = sameName(graph.people as unknown as Entry[]); break;
    case "Role":
      hit = (graph.roles as unknown as Entry[]).find((r) => r.person === v.person && r.organization === v.organization && r.role === v.role && !r.until);
      break;
    case "Event":
      hit = (graph.events as unknown as Entry[]).find((e) => !!v.meetingOf && e.meetingOf === v.meetingOf && e.startDate === v.startDate);
      break;
    case "Deliverable": {
      hit = (graph.deliverables as unknown as Entry[]).find((d) => sameDeliverable(str(v.code), { code: str(d.code), aliases: d.aliases as string[] | undefined }));
      break;
    }
    case "Liaison":
      hit = (graph.liaisons as unknown as Entry[]).find((l) => l.kind === v.kind && l.from === v.from && l.to === v.to
        && (v.kind !== "LIAISON_STATEMENT" || (!!v.since && l.since === v.since && str(l.subject) === str(v.subject))));
      break;
    case "Document": {
      const ref = compactForm(str(v.reference));
      hit = ref.length > 3 ? (graph.documents as unknown as Entry[]).find((d) => compactForm(str(d.reference)) === ref) : undefined;
      break;
    }
  }
  return hit ? String(hit.id) : undefined;
}

function destructive(p: Proposal, graph: SeedData): Harm[] {
  const key = p.resolution.key;
  const lists: Record<string, unknown[]> = {
    Organization: graph.organizations, Person: graph.people, Role: graph.roles, Event: graph.events, Deadline: graph.deadlines,
    Liaison: graph.liaisons, Deliverable: graph.deliverables, Document: graph.documents,
  };
  const existing = ((lists[p.entityType] ?? []) as Entry[]).find((e) => e.id === key) ?? {};
  const diffs = p.diff ?? Object.entries(p.values).filter(([f]) => f !== "id").map(([field, proposed]) => ({ field, current: existing[field], proposed }));
  const harms: Harm[] = [];
  for (const { field, current, proposed } of diffs) {
    const was = current === undefined || current === null || current === "" || (Array.isArray(current) && current.length === 0) ? undefined : current;
    const what = `${p.entityType} ${key ?? "?"}.${field}: ${JSON.stringify(current)} → ${JSON.stringify(proposed)}`;
    if (endFields.has(field)) {
      if (proposed !== undefined && proposed !== null && (was === undefined || str(proposed) < str(was))) harms.push({ kind: "ENDS", proposal: p.id, what });
    } else if (was === undefined) {
      continue;
    } else if (p.entityType === "Role" && holderFields.has(field) && proposed !== was) {
      harms.push({ kind: "CHANGES_HOLDER", proposal: p.id, what });
    } else if (dateFields.has(field) && typeof proposed === "string" && typeof was === "string") {
      if (proposed.startsWith(was)) continue; // more precise
      if (proposed < was) harms.push({ kind: "DATE_BACK", proposal: p.id, what });
      else harms.push({ kind: "OVERWRITE", proposal: p.id, what });
    } else if (Array.isArray(was)) {
      const now = Array.isArray(proposed) ? proposed.map(String) : [];
      if (!was.every((x) => now.includes(String(x)))) harms.push({ kind: "OVERWRITE", proposal: p.id, what });
    } else if (JSON.stringify(was) !== JSON.stringify(proposed)) {
      harms.push({ kind: "OVERWRITE", proposal: p.id, what });
    }
  }
  return harms;
}

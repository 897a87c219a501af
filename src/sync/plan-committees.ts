import { slug } from "../editing/specs.js";
import type { OrganizationResolver } from "../import/recognize/organizations.js";
import { guessKind } from "../import/recognize/organizations.js";
import type { CommitteeRecord } from "./record.js";
import type { ScopeFilter } from "./scope/scope.js";
import type { SyncIndex } from "./sync-index.repository.js";
import type { SyncPlanBuilder } from "./sync-plan.js";

/**
 * Committees and their official liaisons from ISO Open Data: each committee in scope becomes a
 * body under its parent (or is matched to the one the graph has, by its designation), with its
 * title, secretariat, creation date and scope; each committee and organization liaison becomes a
 * standing liaison between the two bodies (one per pair: ISO lists it on both sides), citing the
 * dataset. A partner named by acronym (Khronos, Web3D) resolves to the body the graph knows, or
 * becomes one new body, once.
 */
export function planCommittees(plan: SyncPlanBuilder, records: CommitteeRecord[], index: SyncIndex, orgs: OrganizationResolver, scope: ScopeFilter): Map<string, Record<string, unknown>> {
  const byId = new Map(records.map((r) => [r.recordId, r]));
  const facts = new Map<string, Record<string, unknown>>();
  const orgState = new Map(index.organizations.map((o) => [o.id, o]));
  const keyOf = new Map<string, string>();

  const describe = (c: CommitteeRecord) => ({
    description: `${c.title}${c.secretariat ? ` (secretariat: ${c.secretariat})` : ""}`,
    ...(c.scope ? { mandate: c.scope.slice(0, 4000) } : {}),
    ...(c.created ? { established: c.created } : {}),
    ...(c.status && /^(dissolved|inactive|withdrawn)/i.test(c.status) ? { status: "CLOSED" } : {}),
  });

  /** The body of a committee (by record), its parent first. */
  const bodyOf = (c: CommitteeRecord, seen = new Set<string>()): string => {
    const known = keyOf.get(c.recordId);
    if (known) return known;
    const where = { locator: c.reference, quote: `${c.reference} ${c.title}` };
    const parentRecord = c.parentId && !seen.has(c.parentId) ? byId.get(c.parentId) : undefined;
    const parent = parentRecord ? bodyOf(parentRecord, new Set([...seen, c.recordId])) : orgs.resolveDesignation(/^IEC\b/.test(c.reference) ? "IEC" : "ISO", where);
    const key = orgs.resolveDesignation(c.reference, where) ?? orgs.find([c.reference])?.key
      ?? orgs.propose({ id: slug(c.reference), name: c.reference, acronym: c.reference, kind: guessKind(c.title) === "OTHER" ? "TECHNICAL_COMMITTEE" : guessKind(c.title), ...(parent ? { partOf: parent } : {}), ...where });
    keyOf.set(c.recordId, key);
    if (orgs.created.has(key)) facts.set(key, { ...(facts.get(key) ?? {}), ...describe(c) });
    return key;
  };

  const standing = index.liaisons.filter((l) => l.from && l.to && l.kind !== "LIAISON_STATEMENT");
  const existingPairs = new Map(standing.map((l) => [[l.from, l.to].sort().join(" "), l]));
  const pairs = new Set<string>();
  const liaisonIds = new Set(index.liaisons.map((l) => l.id));

  for (const c of records) {
    plan.read(c.catalogue);
    if (!scope.committee(c)) {
      plan.outOfScope(c.catalogue);
      continue;
    }
    plan.group(c.reference, c.catalogue);
    const key = bodyOf(c);
    const where = { locator: c.reference, quote: `${c.reference} ${c.title}` };
    if (orgs.row(key)) {
      plan.matched(c.catalogue, key);
      const state = orgState.get(key);
      const wanted = describe(c);
      const patch: Record<string, unknown> = {};
      if (state && !state.edited) {
        if (wanted.established && !state.established) patch.established = wanted.established;
        if (wanted.mandate && !state.mandate) patch.mandate = wanted.mandate;
        if (!state.description) patch.description = wanted.description;
      }
      if (Object.keys(patch).length > 0) {
        plan.add({
          entityType: "Organization", action: "UPDATE", resolution: { status: "EXISTING", key, reason: "NAME" }, values: { id: key, ...patch },
          diff: Object.entries(patch).map(([field, proposed]) => ({ field, current: null, proposed })), where, confidence: 0.9, summary: `${c.reference}: ${Object.keys(patch).join(", ")} from ISO Open Data`,
        });
        plan.updated(c.catalogue);
      } else if (state && !state.edited && !state.sources.some((s) => s.startsWith(`${c.catalogue.key}#`))) {
        plan.add({ entityType: "Organization", action: "CONFIRM", resolution: { status: "EXISTING", key, reason: "NAME" }, values: { id: key }, where, confidence: 0.9, summary: `${c.reference} confirmed by ISO Open Data` });
        plan.confirmed(c.catalogue);
      }
    } else {
      plan.created(c.catalogue);
    }

    const partners: Array<{ key: string; label: string; kind: "committee" | "organization" }> = [];
    for (const l of c.committeeLiaisons) {
      // The partner committee by its id in the dataset first, then by its reference; a partner
      // given by an id the dataset does not list, and no reference, cannot be placed: it is left
      // out and said so, but the committee's record is good and goes through.
      const partnerRecord = byId.get(l.id);
      const label = partnerRecord?.reference ?? (l.reference || l.title);
      if (!label) {
        plan.leaveOut(c.catalogue, { origin: c.origin, record: c.reference, reason: `committee liaison ${l.id}: the dataset gives no reference for it and lists no committee with that id` });
        continue;
      }
      const partner = partnerRecord ? bodyOf(partnerRecord)
        : (orgs.resolveDesignation(label, where) ?? orgs.find([label])?.key ?? orgs.propose({ name: label, ...(l.reference ? { acronym: l.reference } : {}), kind: "TECHNICAL_COMMITTEE", ...where }));
      partners.push({ key: partner, label, kind: "committee" });
    }
    for (const l of c.organizationLiaisons) {
      // "EC - European Commission": the acronym, then the name; or a name alone.
      const [acronym, named] = l.acronym ? (l.acronym.split(/\s+-\s+/, 2) as [string, string | undefined]) : [undefined, undefined];
      const name = named ?? l.name;
      if (!acronym && !name) {
        plan.leaveOut(c.catalogue, { origin: c.origin, record: c.reference, reason: `organization liaison ${l.id}: the dataset gives neither its acronym nor its name` });
        continue;
      }
      const names = [acronym, name].filter((n): n is string => Boolean(n));
      const partner = orgs.find(names)?.key ?? (acronym ? orgs.resolveDesignation(acronym, where) : undefined)
        ?? orgs.propose({ name: name ?? acronym!, ...(acronym ? { acronym } : {}), kind: name ? guessKind(name) : "OTHER", ...where });
      partners.push({ key: partner, label: acronym ? l.acronym : name!, kind: "organization" });
    }
    for (const p of partners) {
      if (p.key === key) continue;
      const pair = [key, p.key].sort().join(" ");
      if (pairs.has(pair)) continue;
      pairs.add(pair);
      const known = existingPairs.get(pair);
      if (known) {
        // A liaison the graph has: ISO's list becomes one of its sources (once).
        if (!known.edited && !known.sources.some((s) => s.startsWith(`${c.catalogue.key}#`))) {
          plan.add({ entityType: "Liaison", action: "CONFIRM", resolution: { status: "EXISTING", key: known.id, reason: "KEY" }, values: { id: known.id }, where, confidence: 0.9, summary: `Liaison ${c.reference} ↔ ${p.label} confirmed by ISO Open Data` });
          plan.confirmed(c.catalogue);
        }
        continue;
      }
      let id = slug(`iso-liaison ${key} ${p.key}`);
      for (let n = 2; liaisonIds.has(id); n++) id = `${slug(`iso-liaison ${key} ${p.key}`)}-${n}`;
      liaisonIds.add(id);
      plan.add({
        entityType: "Liaison", action: "CREATE", resolution: { status: "NEW", key: id },
        values: { id, kind: "LIAISON_RELATIONSHIP", from: key, to: p.key, subject: `ISO ${p.kind} liaison (ISO Open Data)` },
        where, confidence: 0.9, summary: `Liaison ${c.reference} ↔ ${p.label} (ISO ${p.kind} liaison)`,
      });
      plan.liaison(c.catalogue);
    }
  }
  return facts;
}

import { slug } from "../editing/specs.js";
import type { OrganizationResolver } from "../import/recognize/organizations.js";
import { guessKind } from "../import/recognize/organizations.js";
import type { FieldDiff } from "../import/proposal.js";
import type { DeliverableStatus } from "./families/family.js";
import { standardKey, standardOf } from "./families/index.js";
import type { DeliverableRecord } from "./record.js";
import type { ScopeFilter } from "./scope/scope.js";
import type { DeliverableState, SyncIndex } from "./sync-index.repository.js";
import type { SyncPlanBuilder } from "./sync-plan.js";
import type { TopicMatcher } from "./topics.js";

/**
 * Deliverables from catalogue records: the records of one standard (its editions, drafts,
 * amendments, corrigenda; a joint text's references in either catalogue) become one deliverable,
 * matched to the one already in the graph by the standard's code, else proposed. Its status is the
 * furthest of its live editions, its code the standard's reference, its history the references of
 * every item (aliases), its source the catalogue record that gives its status.
 */

/** Order of a standard's state: a published edition outranks a revision in progress. */
const RANK: readonly DeliverableStatus[] = ["PUBLISHED", "APPROVED", "CONSENTED", "AGREED", "IN_PROGRESS", "PLANNED", "WITHDRAWN"];

interface Standard {
  key: string;
  records: DeliverableRecord[];
}

/** Records grouped by standard: one group per code, joined when an item names two (a joint text). */
export function groupByStandard(records: DeliverableRecord[]): Standard[] {
  const parent = new Map<string, string>();
  const find = (k: string): string => {
    let root = k;
    while (parent.get(root) !== root) root = parent.get(root)!;
    parent.set(k, root);
    return root;
  };
  const add = (k: string) => {
    if (!parent.has(k)) parent.set(k, k);
  };
  for (const r of records) {
    const key = standardKey(r.standardCode);
    add(key);
    for (const other of r.alsoKnownAs) {
      const code = standardOf(other)?.code;
      if (!code) continue;
      const k = standardKey(code);
      add(k);
      const [a, b] = [find(key), find(k)].sort();
      parent.set(b!, a!);
    }
  }
  const groups = new Map<string, DeliverableRecord[]>();
  for (const r of records) {
    const root = find(standardKey(r.standardCode));
    groups.set(root, [...(groups.get(root) ?? []), r]);
  }
  return [...groups].map(([key, list]) => ({ key, records: list.sort(byDate) })).sort((a, b) => a.key.localeCompare(b.key));
}

const byDate = (a: DeliverableRecord, b: DeliverableRecord) => (a.date ?? "").localeCompare(b.date ?? "") || a.reference.localeCompare(b.reference);

/** Work in progress: the states a latest public draft dates. */
const DRAFTING: readonly DeliverableStatus[] = ["IN_PROGRESS", "PLANNED", "AGREED"];

/**
 * The date of a standard's latest public draft (a working draft, a ballot draft): the newest date
 * its items in progress give. An amendment's or a revision's record may carry the year of the
 * edition it changes ("…:2022/DAM 2", dated 2022): that year dates the base edition, not the draft.
 */
export function latestDraft(records: DeliverableRecord[]): string | undefined {
  const dates: string[] = [];
  for (const r of records) {
    if (r.status === undefined || !DRAFTING.includes(r.status)) continue;
    const date = r.published ?? r.date;
    if (date === undefined || datesBaseEdition(r.reference, date)) continue;
    dates.push(date);
  }
  return dates.sort().at(-1);
}

/** "ISO/IEC 23090-10:2022/DAM 2" dated 2022: the year of the edition the draft changes. */
const datesBaseEdition = (reference: string, date: string) => reference.includes(`:${date.slice(0, 4)}/`);

/** The record that says where the standard stands: its furthest live edition (or draft), newest first. */
export function mainRecord(records: DeliverableRecord[]): (DeliverableRecord & { status: DeliverableStatus }) | undefined {
  const stated = records.filter((r): r is DeliverableRecord & { status: DeliverableStatus } => r.status !== undefined);
  const editions = stated.filter((r) => r.part === "edition" || r.part === "draft");
  const pool = editions.length > 0 ? editions : stated.filter((r) => r.part !== "variant").length > 0 ? stated.filter((r) => r.part !== "variant") : stated;
  return [...pool].sort((a, b) => RANK.indexOf(a.status) - RANK.indexOf(b.status) || byDate(b, a))[0];
}

/** Every existing deliverable under each key its code and aliases read as. */
export function deliverableKeys(deliverables: DeliverableState[]): Map<string, DeliverableState[]> {
  const map = new Map<string, DeliverableState[]>();
  for (const d of deliverables) {
    const keys = new Set([d.code, ...d.aliases].map((c) => standardKey(standardOf(c)?.code ?? c)));
    for (const k of keys) map.set(k, [...(map.get(k) ?? []), d]);
  }
  return map;
}

export function planDeliverables(
  plan: SyncPlanBuilder, records: DeliverableRecord[], index: SyncIndex, orgs: OrganizationResolver, scope: ScopeFilter, topics: TopicMatcher,
): void {
  const byKey = deliverableKeys(index.deliverables);
  const removedKeys = new Map<string, string>();
  for (const r of index.removed) {
    if (r.label !== "Deliverable") continue;
    let code: string | undefined;
    try {
      code = (JSON.parse(r.before ?? "{}") as { code?: string }).code;
    } catch {
      code = undefined;
    }
    removedKeys.set(r.key, `${r.key} was removed through the API by ${r.actor} on ${r.at.slice(0, 10)}`);
    if (code) removedKeys.set(standardKey(standardOf(code)?.code ?? code), `${code} was removed through the API by ${r.actor} on ${r.at.slice(0, 10)}`);
  }
  const usedIds = new Set(index.deliverables.map((d) => d.id));

  for (const standard of groupByStandard(records)) {
    const main = mainRecord(standard.records);
    const first = standard.records[0]!;
    if (!main) {
      plan.read(first.catalogue, standard.records.length);
      plan.refuse(first.catalogue, { origin: first.origin, record: first.reference, reason: "no item of this standard says where it stands (no status, no published date)" });
      continue;
    }
    const keys = new Set(standard.records.flatMap((r) => [r.standardCode, ...r.alsoKnownAs.map((a) => standardOf(a)?.code ?? a)]).map(standardKey));
    const matches = [...new Set([...keys].flatMap((k) => byKey.get(k) ?? []))];
    const catalogue = main.catalogue;
    plan.read(catalogue, standard.records.length);
    const reason = matches.length > 0 ? "in the graph" : standard.records.map((r) => scope.deliverable(r)).find(Boolean);
    if (!reason) {
      plan.outOfScope(catalogue, standard.records.length);
      continue;
    }
    if (matches.length > 1) {
      plan.refuse(catalogue, { origin: main.origin, record: main.reference, reason: `matches ${matches.length} deliverables of the graph (${matches.map((m) => m.id).join(", ")}): merge them first` });
      continue;
    }
    const removed = [...keys].map((k) => removedKeys.get(k)).find(Boolean);
    if (matches.length === 0 && removed) {
      plan.refuse(catalogue, { origin: main.origin, record: main.reference, reason: `not re-created: ${removed}` });
      continue;
    }
    const where = { locator: main.recordId, quote: main.reference };
    plan.group(where.locator, catalogue);
    const primaryCode = [...standard.records].sort((a, b) => familyRank(a) - familyRank(b))[0]!.standardCode;
    // A joint text's committee is the one of the catalogue whose code it bears.
    const committeeRecord = [...standard.records].reverse().find((r) => r.committee && r.standardCode === primaryCode) ?? [...standard.records].reverse().find((r) => r.committee);
    const developedBy = resolveCommittee(orgs, committeeRecord?.committee, main.root, committeeRecord?.recordId ?? main.recordId, committeeRecord?.reference ?? main.reference);
    if (!developedBy) {
      plan.refuse(catalogue, { origin: main.origin, record: main.reference, reason: "no owning committee and no publisher the graph knows" });
      continue;
    }
    const history = [...new Set(standard.records.flatMap((r) => [r.reference, ...r.alsoKnownAs]).concat(standard.records.map((r) => r.standardCode)))].filter((ref) => ref !== primaryCode).sort();
    const link = main.link ?? standard.records.find((r) => r.part === "variant" && r.link)?.link ?? [...standard.records].reverse().find((r) => r.link)?.link;
    // The abstract is the publisher's text (ISO, IEC, IEEE catalogues): it feeds the topics below
    // and is read at the catalogue link, never copied into the graph.
    const facts = {
      title: main.title ?? [...standard.records].reverse().find((r) => r.title)?.title ?? primaryCode,
      kind: main.kind,
      status: main.status,
      ...(main.status === "PUBLISHED" && main.published ? { published: main.published } : {}),
      ...(DRAFTING.includes(main.status) ? optional("draft", latestDraft(standard.records)) : {}),
      ...(link ? { url: link } : {}),
    };
    const matchedTopics = topics.match([
      { where: "title", text: standard.records.map((r) => r.title).filter(Boolean).join(" · ") },
      // Every item's abstract and ICS: the item that gives the status (an ITU twin, a draft) may have none.
      { where: "abstract", text: [...new Set(standard.records.map((r) => r.abstract).filter(Boolean))].join(" · ") || undefined },
      { where: "ICS", text: [...new Set(standard.records.flatMap((r) => r.ics))].join(" ") },
    ]);
    plan.editions(catalogue, standard.records.length);

    const existing = matches[0];
    if (!existing) {
      let id = slug(primaryCode.replace(/\./g, "-")) || "deliverable";
      for (let n = 2; usedIds.has(id); n++) id = `${slug(primaryCode.replace(/\./g, "-"))}-${n}`;
      usedIds.add(id);
      plan.add({
        entityType: "Deliverable", action: "CREATE", resolution: { status: "NEW", key: id },
        values: { id, code: primaryCode, ...facts, developedBy, aliases: history },
        where, confidence: 0.9, summary: `New deliverable ${primaryCode} “${facts.title}” (${facts.status.toLowerCase()}, ${main.stage}; ${standard.records.length} catalogue items)`,
      });
      plan.created(catalogue);
      for (const t of matchedTopics) {
        plan.add({ entityType: "Deliverable", action: "LINK", resolution: { status: "NEW", key: id }, values: { type: "ADDRESSES", from: id, to: t.topic, evidence: t.evidence }, where, confidence: 0.7, summary: `${primaryCode} addresses ${t.topic}: ${t.evidence}` });
        plan.topic(catalogue);
      }
      continue;
    }

    plan.matched(catalogue, existing.id);
    const diff = compare(existing, { ...facts, aliases: [...new Set([...existing.aliases, ...history.filter((h) => h !== existing.code)])] });
    const sourceRef = `${catalogue.key}#${where.locator}`;
    if (existing.edited) {
      if (diff.length > 0) plan.kept(catalogue, { key: existing.id, fields: diff.map((d) => d.field), record: main.reference });
    } else if (diff.length > 0) {
      plan.add({
        entityType: "Deliverable", action: "UPDATE", resolution: { status: "EXISTING", key: existing.id, reason: "CODE" },
        values: { id: existing.id, ...Object.fromEntries(diff.map((d) => [d.field, d.proposed])) }, diff,
        where, confidence: 0.85, summary: `${existing.code}: ${diff.map((d) => d.field === "aliases" ? `history +${(d.proposed as string[]).length - (d.current as string[]).length}` : `${d.field} ${short(d.current)} → ${short(d.proposed)}`).join(", ")}`,
      });
      plan.updated(catalogue);
    } else if (!existing.sources.some((s) => s.startsWith(`${catalogue.key}#`))) {
      plan.add({ entityType: "Deliverable", action: "CONFIRM", resolution: { status: "EXISTING", key: existing.id, reason: "CODE" }, values: { id: existing.id }, where, confidence: 0.9, summary: `${existing.code} confirmed by ${main.reference}` });
      plan.confirmed(catalogue);
    } else if (!existing.sources.includes(sourceRef)) {
      // The same facts, now given by a newer record of the catalogue: nothing to change.
    }
    if (!existing.edited) {
      for (const t of matchedTopics.filter((m) => !existing.topics.includes(m.topic))) {
        plan.add({ entityType: "Deliverable", action: "LINK", resolution: { status: "EXISTING", key: existing.id, reason: "CODE" }, values: { type: "ADDRESSES", from: existing.id, to: t.topic, evidence: t.evidence }, where, confidence: 0.7, summary: `${existing.code} addresses ${t.topic}: ${t.evidence}` });
        plan.topic(catalogue);
      }
    }
  }
}

/** The family listed first owns a joint text's code (ISO/IEC before ITU-T, as the families are ordered). */
const FAMILY_ORDER = ["iso-iec", "itu", "ieee", "etsi", "w3c", "generic"];
const familyRank = (r: DeliverableRecord) => FAMILY_ORDER.indexOf(r.familyId);

const optional = <K extends string>(key: K, value: string | undefined): Partial<Record<K, string>> => (value === undefined ? {} : ({ [key]: value } as Record<K, string>));

const short = (v: unknown) => (typeof v === "string" && v.length > 40 ? `${v.slice(0, 37)}…` : JSON.stringify(v ?? null));

/**
 * Fields of the graph's deliverable the catalogue gives differently. The catalogue's text is
 * added where the graph has none (title, link; never an abstract); status, dates and kind follow the
 * catalogue; the history only grows.
 */
function compare(d: DeliverableState, facts: { title: string; kind: string; status: string; published?: string; draft?: string; url?: string; aliases: string[] }): FieldDiff[] {
  const diff: FieldDiff[] = [];
  if (facts.status !== d.status) diff.push({ field: "status", current: d.status ?? null, proposed: facts.status });
  if (facts.published && facts.published !== d.published && !(d.published && facts.published.startsWith(d.published))) diff.push({ field: "published", current: d.published ?? null, proposed: facts.published });
  if (facts.draft && facts.draft !== d.draft && !(d.draft && d.draft > facts.draft)) diff.push({ field: "draft", current: d.draft ?? null, proposed: facts.draft });
  if (!d.title) diff.push({ field: "title", current: null, proposed: facts.title });
  if (facts.url && facts.url !== d.url) diff.push({ field: "url", current: d.url ?? null, proposed: facts.url });
  if (facts.aliases.length > d.aliases.length) diff.push({ field: "aliases", current: d.aliases, proposed: facts.aliases });
  return diff;
}

/**
 * The owning committee, by the project's designation rules (src/import/recognize/organizations.ts):
 * an existing body, one proposed by a designation pattern, else a new body of that name under the
 * family's publisher. Without a committee, the publisher itself.
 */
export function resolveCommittee(orgs: OrganizationResolver, committee: string | undefined, root: string, locator: string, quote: string): string | undefined {
  const where = { locator, quote };
  const publisher = root ? orgs.resolveDesignation(root, where) : undefined;
  if (!committee) return publisher;
  // "Metaverse Standards Committee of the IEEE Consumer Technology Society": the graph may know it
  // by its own name under the publisher ("IEEE-SA Metaverse Standards Committee").
  const own = committee.replace(/\s+of the\s+.*$/i, "").trim();
  const rootForms = root ? [root, root.replace(/\s+/g, "-")] : [];
  const known = orgs.resolveDesignation(committee, where) ?? orgs.find([committee, ...rootForms.map((r) => `${r} ${own}`)])?.key;
  if (known) return known;
  return orgs.propose({ name: committee, kind: guessKind(committee), ...(publisher ? { partOf: publisher } : {}), ...where });
}

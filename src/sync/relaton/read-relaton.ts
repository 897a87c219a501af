import { parseAllDocuments } from "yaml";
import { familyOf, standardOf } from "../families/index.js";
import type { CatalogueRef, DeliverableRecord, Refusal } from "../record.js";
import { relatonItem, type RelatonItem } from "./relaton.schema.js";

/**
 * The Relaton connector: YAML text (one item, several documents, or a list of items) into typed
 * deliverable records. Every problem is a refusal naming the file and the record; the other
 * records of the file go on.
 */
export function readRelaton(text: string, origin: string, catalogueOverride?: CatalogueRef): { records: DeliverableRecord[]; refusals: Refusal[] } {
  const records: DeliverableRecord[] = [];
  const refusals: Refusal[] = [];
  let documents;
  try {
    documents = parseAllDocuments(text);
  } catch (error) {
    return { records, refusals: [{ origin, reason: `not YAML: ${(error as Error).message.split("\n")[0]}` }] };
  }
  const list = Array.isArray(documents) ? documents : [documents];
  list.forEach((doc, d) => {
    if (doc.errors.length > 0) {
      refusals.push({ origin, ...(list.length > 1 ? { record: `document ${d + 1}` } : {}), reason: `malformed YAML: ${doc.errors[0]!.message.split("\n")[0]}` });
      return;
    }
    const value: unknown = doc.toJS({ maxAliasCount: 100 });
    if (value == null) return;
    const items = Array.isArray(value) ? value : [value];
    items.forEach((item, i) => {
      const where = items.length > 1 ? `item ${i + 1}` : list.length > 1 ? `document ${d + 1}` : undefined;
      const outcome = readItem(item, origin, where, catalogueOverride);
      if ("reason" in outcome) refusals.push(outcome);
      else records.push(outcome);
    });
  });
  return { records, refusals };
}

function readItem(raw: unknown, origin: string, where: string | undefined, catalogueOverride?: CatalogueRef): DeliverableRecord | Refusal {
  if (!raw || typeof raw !== "object" || Array.isArray(raw)) return { origin, ...(where ? { record: where } : {}), reason: "not a Relaton item (expected a mapping of fields)" };
  const parsed = relatonItem.safeParse(raw);
  const name = where ?? (typeof (raw as { id?: unknown }).id === "string" ? (raw as { id: string }).id : undefined);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    return { origin, ...(name ? { record: name } : {}), reason: `field ${issue.path.join(".") || "(item)"}: ${issue.message}` };
  }
  const item = parsed.data;
  const ids = [...item.docid, ...item.docidentifier].map((i) => ({ ...i, ref: (i.id ?? i.content ?? "").replace(/\s+/g, " ").trim() })).filter((i) => i.ref);
  const primaries = ids.filter((i) => i.primary && !i.scope);
  const primary = primaries[0] ?? ids.find((i) => i.type && !/^(URN|ISBN|DOI|ISSN|iso-reference|iso-with-lang)$/i.test(i.type));
  const recordId = item.id ?? primary?.ref ?? where ?? "record";
  if (!primary) return { origin, record: name ?? recordId, reason: "no reference: the item has no primary identifier (docid or docidentifier)" };
  const reference = primary.ref;
  const family = familyOf(reference);
  const standard = standardOf(reference);
  if (!standard) return { origin, record: reference, reason: `reference "${reference}" does not read as a ${family.id} reference` };

  const dates = item.date.map((d) => ({ type: d.type ?? "", value: normalizeDate(d.value ?? d.at ?? d.on) })).filter((d): d is { type: string; value: string } => !!d.value);
  const published = dates.find((d) => d.type === "published")?.value ?? dates.find((d) => d.type === "issued")?.value;
  const state = item.docstatus ?? item.status;
  const stage = family.stage(state?.stage, state?.substage, !!published);
  if (!stage && !(standard.part === "variant" && !state?.stage)) {
    if (family.strictStages || state?.stage) {
      const code = `${state?.stage ?? "(none)"}${state?.substage ? `.${state.substage}` : ""}`;
      return { origin, record: reference, reason: `stage ${code} is not a stage of the ${family.id} lifecycle` };
    }
    return { origin, record: reference, reason: "no status and no published date: the record does not say where the deliverable stands" };
  }
  const doctype = item.ext?.doctype ?? item.doctype;
  const title = pickTitle(item);
  const committee = committeeOf(item, family, reference);
  const link = [...item.link, ...item.source, ...item.uri].find((l) => l.type === "src")?.content ?? [...item.link, ...item.source].find((l) => /^https?:/.test(l.content ?? ""))?.content;
  const abstract = item.abstract.map((a) => (typeof a === "string" ? a : a.content)).find((a): a is string => !!a?.trim());
  const latest = dates.map((d) => d.value).sort().at(-1);
  return {
    catalogue: catalogueOverride ?? family.catalogue,
    origin,
    recordId,
    reference,
    alsoKnownAs: primaries.slice(1).map((p) => p.ref).filter((r) => r !== reference && standardOf(r)),
    familyId: family.id,
    standardCode: standard.code,
    part: standard.part,
    ...(standard.edition ? { edition: standard.edition } : {}),
    ...(title ? { title } : {}),
    kind: (doctype && family.kinds[doctype]) || family.defaultKind,
    ...(stage ? { status: stage.status } : {}),
    stage: stage?.label ?? "latest version",
    ...(published ? { published } : {}),
    ...(latest ? { date: latest } : {}),
    relations: item.relation.map((r) => ({ type: r.type, reference: relationRef(r) })).filter((r): r is { type: string; reference: string } => !!r.reference),
    ...(committee ? { committee } : {}),
    root: family.root,
    ...(link ? { link } : {}),
    ...(abstract ? { abstract: abstract.replace(/\s+/g, " ").trim() } : {}),
    ics: [...item.ics, ...(item.ext?.ics ?? [])].map((i) => i.code).filter((c): c is string => !!c),
  };
}

/** "2019-10", "2019-10-31", "1984" (also as numbers or with times): the date as precise as given. */
function normalizeDate(value: string | undefined): string | undefined {
  const m = value && /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(value.trim());
  if (!m) return undefined;
  return [m[1], m[2], m[3]].filter(Boolean).join("-");
}

function pickTitle(item: RelatonItem): string | undefined {
  const english = item.title.filter((t) => t.content && (!t.language || JSON.stringify(t.language).includes("en")));
  const main = english.find((t) => t.type === "main") ?? english.find((t) => t.type === "title-main") ?? english[0];
  return main?.content?.replace(/\s+/g, " ").trim();
}

function relationRef(r: RelatonItem["relation"][number]): string | undefined {
  const ids = [...(r.bibitem?.docid ?? []), ...(r.bibitem?.docidentifier ?? [])];
  const primary = ids.find((i) => i.primary) ?? ids[0];
  return (primary?.id ?? primary?.content ?? r.bibitem?.formattedref)?.replace(/\s+/g, " ").trim();
}

function committeeOf(item: RelatonItem, family: ReturnType<typeof familyOf>, reference: string): string | undefined {
  const group = item.ext?.editorialgroup ?? item.editorialgroup;
  const parts: Array<{ identifier?: string; name?: string; number?: string; type?: string }> = [];
  const add = (c: unknown) => {
    if (typeof c === "string") parts.push({ name: c });
    else if (c && typeof c === "object") {
      const o = c as { identifier?: string; name?: unknown; number?: string; type?: string };
      const name = typeof o.name === "string" ? o.name : Array.isArray(o.name) ? String((o.name[0] as { content?: string })?.content ?? o.name[0] ?? "") : undefined;
      parts.push({ ...(o.identifier ? { identifier: o.identifier } : {}), ...(name ? { name } : {}), ...(o.number ? { number: String(o.number) } : {}), ...(o.type ? { type: o.type } : {}) });
    }
  };
  if (Array.isArray(group)) group.forEach(add);
  else if (group) [...group.technical_committee, ...group.committee].forEach(add);
  for (const c of item.contributor) {
    for (const sub of c.organization?.subdivision ?? []) {
      const name = sub.name.find(Boolean);
      if (name && (!sub.type || /committee|group/i.test(sub.type))) parts.push({ name, ...(sub.identifier[0] ? { identifier: sub.identifier[0] } : {}) });
    }
  }
  for (const part of parts) {
    const designation = family.committee(part, reference);
    if (designation?.trim()) return designation.replace(/\s+/g, " ").trim();
  }
  return undefined;
}

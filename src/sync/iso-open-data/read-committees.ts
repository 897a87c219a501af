import { z } from "zod";
import type { CatalogueRef, CommitteeRecord, Refusal } from "../record.js";

/**
 * The ISO Open Data connector: the technical committees dataset (JSON Lines, one committee a
 * line) into typed committee records. Licence ODC Attribution 1.0: wherever the data is shown,
 * "ISO Open Data" is credited (the catalogue's Document says so, and every fact cites it).
 */
export const isoOpenDataCommittees: CatalogueRef = {
  key: "iso-open-data-committees",
  title: "ISO Open Data: technical committees (ODC-By 1.0; credit: ISO Open Data)",
  url: "https://www.iso.org/open-data.html",
};

const id = z.union([z.number(), z.string()]).transform(String);
const text = z.string().nullish().transform((v) => v ?? undefined);
const localized = z.union([z.string(), z.record(z.string(), z.string().nullish())]).nullish()
  .transform((v) => (v == null ? undefined : typeof v === "string" ? v : (v.en ?? Object.values(v).find(Boolean) ?? undefined)));

const committeeLine = z.looseObject({
  id,
  reference: z.string().min(1, "has no reference"),
  status: text,
  title: localized,
  secretariat: z.looseObject({ acronym: text }).nullish(),
  creationDate: text,
  scope: localized,
  parentId: id.nullish(),
  committeeLiaisons: z.array(z.looseObject({ id, reference: z.string().nullish(), title: localized })).nullish(),
  // A partner organization is given by acronym ("Khronos", "EC - European Commission"); some by name only.
  organizationLiaisons: z.array(z.looseObject({ id, acronym: z.string().nullish(), name: localized, title: localized })).nullish(),
});

/** Markup of the dataset's scope texts (<ul><li>…) as plain sentences. */
function plain(html: string | undefined): string | undefined {
  if (!html) return undefined;
  const text = html.replace(/<li>/gi, "; ").replace(/<[^>]+>/g, " ").replace(/&nbsp;/g, " ").replace(/&amp;/g, "&").replace(/\s+/g, " ").replace(/^[;\s]+/, "").replace(/:\s*;/g, ":").trim();
  return text || undefined;
}

export function readIsoCommittees(text: string, origin: string): { records: CommitteeRecord[]; refusals: Refusal[] } {
  const records: CommitteeRecord[] = [];
  const refusals: Refusal[] = [];
  text.split(/\r?\n/).forEach((line, i) => {
    if (!line.trim()) return;
    const record = `line ${i + 1}`;
    let raw: unknown;
    try {
      raw = JSON.parse(line);
    } catch (error) {
      refusals.push({ origin, record, reason: `not JSON: ${(error as Error).message}` });
      return;
    }
    const parsed = committeeLine.safeParse(raw);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      const ref = (raw as { reference?: unknown })?.reference;
      refusals.push({ origin, record: typeof ref === "string" && ref ? ref : record, reason: `field ${issue.path.join(".") || "(line)"}: ${issue.message}` });
      return;
    }
    const c = parsed.data;
    const created = c.creationDate && /^\d{4}-\d{2}-\d{2}/.test(c.creationDate) ? c.creationDate.slice(0, 10) : undefined;
    const scope = plain(c.scope);
    records.push({
      catalogue: isoOpenDataCommittees, origin, recordId: c.id, reference: c.reference.replace(/\s+/g, " ").trim(), title: plain(c.title) ?? c.reference,
      ...(c.status ? { status: c.status } : {}), ...(c.secretariat?.acronym ? { secretariat: c.secretariat.acronym } : {}), ...(created ? { created } : {}),
      ...(scope ? { scope } : {}), ...(c.parentId ? { parentId: c.parentId } : {}),
      committeeLiaisons: (c.committeeLiaisons ?? []).map((l) => ({ id: l.id, reference: l.reference?.trim() ?? "", ...(plain(l.title) ? { title: plain(l.title) } : {}) })),
      organizationLiaisons: (c.organizationLiaisons ?? []).map((l) => ({ id: l.id, acronym: l.acronym?.trim() ?? "", ...(plain(l.name ?? l.title) ? { name: plain(l.name ?? l.title) } : {}) })),
    });
  });
  return { records, refusals };
}

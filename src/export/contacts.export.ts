import { stringify } from "csv-stringify/sync";
import ICAL from "ical.js";
import type { ContactRow } from "../coordination/contacts.repository.js";
import { isUnconfirmed } from "../dated/freshness.js";
import type { AnalystGrant } from "./access.js";
import type { DocumentRow } from "./export.repository.js";
import type { VcardVersion } from "./export.params.js";
import { csvOptions, roleLabel } from "./formats.js";
import { addSourcesSheet, citedDocuments, sourceDocuments } from "./sources.js";
import { structuredName } from "./vcard-name.js";
import { addTable, newWorkbook, sheetDate, xlsxBytes, type Column } from "./xlsx.js";

/** One line of a contact list: a person holding a role in a body on the date asked about. */
export interface ExportContact {
  personId: string;
  name: string;
  honorific: string | null;
  country: string | null;
  organizationId: string;
  organization: string;
  organizationAcronym: string | null;
  role: string;
  /** Every role the person holds in the body, best first (`role` is the first). */
  roles: string[];
  title: string | null;
  since: string | null;
  until: string | null;
  /** The dates as the sources give them ("2025-06" for a month), for the spreadsheet's precision. */
  sinceAsGiven: string | null;
  untilAsGiven: string | null;
  liaisonId: string | null;
  liaisonSubject: string | null;
  sources: string[];
  /** The latest date a source confirmed the row, and whether that is older than the staleness limit. */
  lastConfirmed: string | null;
  unconfirmed: boolean;
  /** Personal data: set only through an AnalystGrant. */
  email: string | null;
  phone: string | null;
}

// ical.js counts 75 octets after the leading space of a continuation line, making it 76 long;
// RFC 6350 3.2 asks for at most 75 with the space, so fold one octet earlier.
ICAL.foldLength = 74;

const text = (value: unknown): string | null => (value === null || value === undefined || value === "" ? null : String(value));

/**
 * The contact rows as export lines. E-mail and phone are personal data: they come through here
 * only with the grant that `requireAnalyst` gives; without one, their columns stay empty.
 */
export function toExportContacts(rows: ContactRow[], grant: AnalystGrant | null, cutoff: string): ExportContact[] {
  const personalData = grant !== null;
  return rows.map((row) => ({
    personId: String(row.person.id),
    name: String(row.person.name),
    honorific: text(row.person.honorific),
    country: text(row.person.country),
    organizationId: String(row.organization.id),
    organization: String(row.organization.name),
    organizationAcronym: text(row.organization.acronym),
    role: row.role,
    roles: row.roles,
    // For a liaison representative the statement gives the liaison's subject as the title.
    title: row.liaison ? null : text(row.title),
    since: text(row.sinceDate),
    until: text(row.untilDate),
    sinceAsGiven: text(row.since) ?? text(row.sinceDate),
    untilAsGiven: text(row.until) ?? text(row.untilDate),
    liaisonId: text(row.liaison?.id),
    liaisonSubject: text(row.liaison?.subject),
    sources: row.sources ?? [],
    lastConfirmed: text(row.lastConfirmed),
    unconfirmed: isUnconfirmed(row.lastConfirmed, cutoff),
    email: personalData ? text(row.person.email) : null,
    phone: personalData ? text(row.person.phone) : null,
  }));
}

/** The CSV columns, in order: header name and value. */
const CONTACT_COLUMNS: Array<[string, (c: ExportContact) => string | null]> = [
  ["name", (c) => c.name],
  ["honorific", (c) => c.honorific],
  ["organization", (c) => c.organization],
  ["organization_acronym", (c) => c.organizationAcronym],
  ["role", (c) => c.role],
  ["roles", (c) => c.roles.join(" ")],
  ["title", (c) => c.title],
  ["email", (c) => c.email],
  ["phone", (c) => c.phone],
  ["country", (c) => c.country],
  ["since", (c) => c.since],
  ["until", (c) => c.until],
  ["liaison_subject", (c) => c.liaisonSubject],
  ["person_id", (c) => c.personId],
  ["organization_id", (c) => c.organizationId],
  ["liaison_id", (c) => c.liaisonId],
  ["sources", (c) => c.sources.join(" ")],
  ["last_confirmed", (c) => c.lastConfirmed],
  ["unconfirmed", (c) => (c.unconfirmed ? "unconfirmed" : "")],
];

/** RFC 4180 CSV, one line per person and body (their roles there in `roles`). */
export function contactsCsv(contacts: ExportContact[], options: { bom: boolean }): string {
  return stringify(
    contacts.map((contact) => CONTACT_COLUMNS.map(([, value]) => value(contact) ?? "")),
    { ...csvOptions(options), header: true, columns: CONTACT_COLUMNS.map(([header]) => header) },
  );
}

/** The spreadsheet columns: the CSV's, with readable headers, dates as real dates and the documents sources name. */
const contactSheetColumns = (documents: Map<string, DocumentRow>): Array<Column<ExportContact>> => [
  { header: "Name", width: 28, value: (c) => c.name },
  { header: "Honorific", width: 10, value: (c) => c.honorific },
  { header: "Organization", width: 40, value: (c) => c.organization },
  { header: "Organization acronym", width: 16, value: (c) => c.organizationAcronym },
  { header: "Role", width: 22, value: (c) => roleLabel(c.role) },
  { header: "Roles", width: 30, value: (c) => c.roles.map(roleLabel).join(", ") },
  { header: "Title", width: 30, value: (c) => c.title },
  { header: "E-mail", width: 30, value: (c) => c.email },
  { header: "Phone", width: 20, value: (c) => c.phone },
  { header: "Country", width: 8, value: (c) => c.country },
  { header: "Since", width: 12, value: (c) => sheetDate(c.sinceAsGiven) },
  { header: "Since precision", width: 10, value: (c) => sheetDate(c.sinceAsGiven)?.precision ?? null },
  { header: "Until", width: 12, value: (c) => sheetDate(c.untilAsGiven) },
  { header: "Until precision", width: 10, value: (c) => sheetDate(c.untilAsGiven)?.precision ?? null },
  { header: "Liaison subject", width: 30, value: (c) => c.liaisonSubject },
  { header: "Person id", width: 20, value: (c) => c.personId },
  { header: "Organization id", width: 20, value: (c) => c.organizationId },
  { header: "Liaison id", width: 20, value: (c) => c.liaisonId },
  { header: "Sources", width: 30, value: (c) => c.sources.join(" ") || null },
  { header: "Source documents", width: 60, value: (c) => sourceDocuments(c.sources, documents) },
  { header: "Last confirmed", width: 12, value: (c) => sheetDate(c.lastConfirmed) },
  { header: "Unconfirmed", width: 12, value: (c) => (c.unconfirmed ? "unconfirmed" : null) },
];

/** A workbook: "Contacts" (one row per person and body, as the CSV) and "Sources", the documents cited. */
export async function contactsXlsx(contacts: ExportContact[], documents: Map<string, DocumentRow>): Promise<Buffer> {
  const workbook = newWorkbook("mvgraph contacts");
  addTable(workbook, "Contacts", contactSheetColumns(documents), contacts);
  addSourcesSheet(workbook, contacts.flatMap((c) => citedDocuments(c.sources)), documents);
  return xlsxBytes(workbook);
}

/**
 * vCard 4.0 (RFC 6350) or 3.0 (RFC 2426, for Outlook and older address books), one card per
 * person with all their roles in the list: FN (the name as printed), N (read from it, see
 * vcard-name.ts; 3.0 requires it), ORG and TITLE and ROLE per role, EMAIL, TEL, and a NOTE with
 * dates and sources.
 */
export function contactsVcard(contacts: ExportContact[], version: VcardVersion = "4.0"): string {
  const byPerson = new Map<string, ExportContact[]>();
  for (const contact of contacts) byPerson.set(contact.personId, [...(byPerson.get(contact.personId) ?? []), contact]);
  return [...byPerson.values()].map((roles) => vcard(roles, version).toString() + "\r\n").join("");
}

function vcard(roles: ExportContact[], version: VcardVersion): ICAL.Component {
  const person = roles[0]!;
  const card = new ICAL.Component("vcard");
  // First: ical.js picks the vCard 3.0 or 4.0 rules for the whole card from it.
  card.addPropertyWithValue("version", version);
  card.addPropertyWithValue("uid", `urn:mvgraph:person:${person.personId}`);
  if (version === "4.0") card.addPropertyWithValue("kind", "individual"); // KIND is new in 4.0
  card.addPropertyWithValue("fn", person.name);
  const name = structuredName(person.name, person.honorific);
  const n = new ICAL.Property("n");
  n.setValue([name.family, name.given, name.additional, name.prefix, name.suffix]);
  card.addProperty(n);
  for (const organization of unique(roles.map((r) => r.organization))) {
    const org = new ICAL.Property("org");
    org.setValue([organization]); // a structured value: one component, the body's name
    card.addProperty(org);
  }
  // The title as printed ("JCA-MV Co-Chair"), else the role and the body ("Co-chair, JCA-MV").
  for (const title of unique(roles.map((r) => r.title ?? `${roleLabel(r.role)}, ${r.organizationAcronym ?? r.organization}`))) {
    card.addPropertyWithValue("title", title);
  }
  for (const role of unique(roles.flatMap((r) => r.roles.map(roleLabel)))) card.addPropertyWithValue("role", role);
  // 3.0 marks an Internet address as such (RFC 2426 3.3.2); 4.0 has only e-mail addresses.
  if (person.email) card.addPropertyWithValue("email", person.email).setParameter("type", version === "3.0" ? ["internet", "work"] : "work");
  if (person.phone) card.addPropertyWithValue("tel", person.phone).setParameter("type", ["work", "voice"]);
  const note = roles.map((r) => {
    const dates = [r.since ? `since ${r.since}` : null, r.until ? `until ${r.until}` : null].filter(Boolean).join(", ");
    const liaison = r.liaisonSubject ? ` for the liaison "${r.liaisonSubject}"` : "";
    const unconfirmed = r.unconfirmed ? ` Unconfirmed: no source has confirmed it since ${r.lastConfirmed}.` : "";
    return `${r.roles.map(roleLabel).join(", ")} of ${r.organization}${liaison}${dates ? ` (${dates})` : ""}.${unconfirmed} Sources: ${r.sources.join(", ") || "none"}.`;
  });
  card.addPropertyWithValue("note", note.join("\n"));
  return card;
}

const unique = (values: string[]) => [...new Set(values)];

import type { CoordinationSettings } from "../config.js";
import { organizationsArgument, topicArgument, topicsArgument } from "../coordination/arguments.js";
import { findContacts } from "../coordination/contacts.repository.js";
import { confirmationCutoff, DEFAULT_STALE_AFTER_DAYS } from "../dated/freshness.js";
import { roadmapItems } from "../coordination/roadmap.repository.js";
import { roadmapText } from "../coordination/roadmap-text.js";
import { createContext, type Context } from "../context.js";
import type { Database } from "../db/database.js";
import { BadUserInputError } from "../errors.js";
import { Authenticator } from "../auth/authenticator.js";
import { requireAnalyst } from "./access.js";
import { calendarIcs, isDatedToTheDay } from "./calendar.export.js";
import { contactsCsv, contactsVcard, contactsXlsx, toExportContacts } from "./contacts.export.js";
import { calendarParams, contactParams, contactVcardParams, contactXlsxParams, parseParams, roadmapParams, roadmapXlsxParams, type ContactXlsxParams, type RawParams, type RoadmapParams, type RoadmapXlsxParams, type VcardVersion } from "./export.params.js";
import { documentsById, eventDetails, type DocumentRow } from "./export.repository.js";
import { roadmapCsv, roadmapXlsx } from "./roadmap.export.js";
import { citedDocuments } from "./sources.js";
import { XLSX_CONTENT_TYPE } from "./xlsx.js";

/**
 * The exports, shared by HTTP (export.routes.ts) and the command line (export.cli.ts): the same
 * parameters, the same access rule, the same files.
 */

export interface ExportSettings {
  db: Database;
  coordination?: CoordinationSettings;
  /** Turns the Authorization value into a viewer (src/auth/); anonymous-only when not given. */
  authenticator?: Authenticator;
}

export interface ExportRequest {
  /** Filters, as query parameters or CLI options (export.params.ts). */
  params: RawParams;
  /** The Authorization header value (HTTP) or one made from `--token` (CLI). */
  authorization?: string;
  /** When the HTTP request's time is up (ms since the epoch); none for the CLI. */
  deadline?: number;
}

export interface ExportFile {
  /** Text (CSV, vCard, iCalendar) or bytes (a spreadsheet). */
  body: string | Buffer;
  contentType: string;
  filename: string;
  /** How many lines, cards or calendar entries it holds, and what they are ("vCards"). */
  count: number;
  unit: string;
  /** True when the file holds personal data (people's e-mail or phone): never cached. */
  personalData: boolean;
}

/** An export never cuts a list short: past this many rows, it asks for narrower filters. */
export const MAX_EXPORT_ROWS = 10_000;

export type ContactFormat = "csv" | "vcf" | "xlsx";
export type RoadmapFormat = "csv" | "xlsx";

/**
 * Contact lists, filtered like `contacts(...)` (its defaults: current roles, one line per person
 * and body): CSV, vCard 4.0 or 3.0 (one card per person) or a workbook (with the documents cited);
 * each marks the rows no source has confirmed for STALE_AFTER_DAYS as unconfirmed.
 */
export async function exportContacts(settings: ExportSettings, format: ContactFormat, request: ExportRequest): Promise<ExportFile> {
  const grant = await requireAnalyst(settings.authenticator ?? Authenticator.anonymousOnly(), request.authorization); // the access check
  // A workbook and the vCards take the CSV's filters but `bom`; the vCards also a `version`.
  const params: ContactXlsxParams & { bom?: boolean; version?: VcardVersion } =
    format === "xlsx" ? parseParams(contactXlsxParams, request.params) : format === "vcf" ? parseParams(contactVcardParams, request.params) : parseParams(contactParams, request.params);
  const { contacts, documents } = await withContext(settings, request, async (ctx) => {
    const [organizations, topic] = await Promise.all([
      organizationsArgument(ctx, params.org, "org"),
      params.topic ? topicArgument(ctx, params.topic, "topic") : undefined,
    ]);
    const asOf = params.asOf ?? ctx.today;
    const result = await findContacts(ctx.db, {
      organizations,
      includeSubGroups: params.subGroups,
      roles: params.role,
      topic: topic?.key,
      asOf,
      first: MAX_EXPORT_ROWS,
    });
    refuseTruncation(result.total);
    const cutoff = confirmationCutoff(asOf, ctx.coordination.staleAfterDays ?? DEFAULT_STALE_AFTER_DAYS);
    const contacts = toExportContacts(result.contacts, grant, cutoff);
    const documents = format === "xlsx" ? await documentsById(ctx.db, contacts.flatMap((c) => citedDocuments(c.sources))) : new Map<string, DocumentRow>();
    return { contacts, documents };
  });
  const personalData = contacts.some((c) => c.email !== null || c.phone !== null);
  if (format === "xlsx") {
    const body = await contactsXlsx(contacts, documents);
    return { body, contentType: XLSX_CONTENT_TYPE, filename: "mvgraph-contacts.xlsx", count: contacts.length, unit: "contact rows", personalData };
  }
  if (format === "vcf") {
    const body = contactsVcard(contacts, params.version ?? "4.0");
    return { body, contentType: "text/vcard; charset=utf-8", filename: "mvgraph-contacts.vcf", count: new Set(contacts.map((c) => c.personId)).size, unit: "vCards", personalData };
  }
  return { body: contactsCsv(contacts, { bom: params.bom ?? false }), contentType: CSV, filename: "mvgraph-contacts.csv", count: contacts.length, unit: "contact lines", personalData };
}

/**
 * The roadmap (deliverables and events in a window), filtered like `roadmap(...)`: CSV, or a
 * workbook with a sheet per topic or organization lane.
 */
export async function exportRoadmap(settings: ExportSettings, format: RoadmapFormat, request: ExportRequest): Promise<ExportFile> {
  // A workbook takes the CSV's filters but `bom`, and `lanes`.
  const params: RoadmapParams | RoadmapXlsxParams = format === "xlsx" ? parseParams(roadmapXlsxParams, request.params) : parseParams(roadmapParams, request.params);
  const { items, documents } = await withContext(settings, request, async (ctx) => {
    const [topics, organizations] = await Promise.all([topicsArgument(ctx, params.topic, "topic"), organizationsArgument(ctx, params.org, "org")]);
    const result = await roadmapItems(ctx.db, {
      topics,
      organizations,
      statuses: params.status,
      from: params.from,
      to: params.to,
      includeDeliverables: !params.include || params.include.includes("deliverables"),
      includeEvents: !params.include || params.include.includes("events"),
      includeUndated: params.undated,
      text: roadmapText(params.q, "q"),
      first: MAX_EXPORT_ROWS,
    });
    refuseTruncation(result.total);
    const documents = format === "xlsx" ? await documentsById(ctx.db, result.items.flatMap((item) => citedDocuments(item.node.sources))) : new Map<string, DocumentRow>();
    return { items: result.items, documents };
  });
  if ("lanes" in params) {
    const body = await roadmapXlsx(items, params.lanes, documents);
    return { body, contentType: XLSX_CONTENT_TYPE, filename: "mvgraph-roadmap.xlsx", count: items.length, unit: "roadmap items", personalData: false };
  }
  return { body: roadmapCsv(items, { bom: params.bom }), contentType: CSV, filename: "mvgraph-roadmap.csv", count: items.length, unit: "roadmap items", personalData: false };
}

/**
 * Meetings and events (those of the roadmap: matching the filters, or collocated with a match)
 * and their deadlines, as an iCalendar feed.
 */
export async function exportCalendar(settings: ExportSettings, request: ExportRequest): Promise<ExportFile> {
  const params = parseParams(calendarParams, request.params);
  return withContext(settings, request, async (ctx) => {
    const [topics, organizations] = await Promise.all([topicsArgument(ctx, params.topic, "topic"), organizationsArgument(ctx, params.org, "org")]);
    const result = await roadmapItems(ctx.db, {
      topics,
      organizations,
      from: params.from,
      to: params.to,
      includeDeliverables: false,
      includeEvents: true,
      includeUndated: false,
      first: MAX_EXPORT_ROWS,
  });
  refuseTruncation(result.total);
  const events = result.items.map((item) => item.node).filter(isDatedToTheDay);
  const details = await eventDetails(ctx.db, events.map((e) => String(e.id)));
  const entries = events.map((event) => ({ event, details: details.get(String(event.id))! }));
  const refs = entries.flatMap(({ event, details }) => [event.sources, ...details.deadlines.map((d) => d.sources)]);
  const documents = await documentsById(ctx.db, refs.flatMap(citedDocuments));
  const calendar = calendarIcs(entries, documents, { deadlines: params.deadlines, name: "mvgraph: meetings and deadlines" });
  return { body: calendar.body, contentType: "text/calendar; charset=utf-8", filename: "mvgraph-calendar.ics", count: calendar.entries, unit: "calendar entries", personalData: false };
  });
}

const CSV = "text/csv; charset=utf-8; header=present";

/** An export reads in one transaction, like a GraphQL request. */
async function withContext<T>(settings: ExportSettings, request: ExportRequest, work: (ctx: Context) => Promise<T>): Promise<T> {
  const ctx = createContext(settings.db, { coordination: settings.coordination, deadline: request.deadline });
  try {
    return await work(ctx);
  } finally {
    await ctx.db.end();
  }
}

function refuseTruncation(total: number): void {
  if (total > MAX_EXPORT_ROWS) {
    throw new BadUserInputError(`the filters match ${total} rows, more than an export holds (${MAX_EXPORT_ROWS}); narrow them`, "filters");
  }
}

import { stringify } from "csv-stringify/sync";
import { dateAsGiven, endAsGiven } from "../coordination/roadmap-dates.js";
import type { RoadmapRow } from "../coordination/roadmap.repository.js";
import { seriesOfItem } from "../coordination/roadmap-series.js";
import type { DocumentRow } from "./export.repository.js";
import { csvOptions } from "./formats.js";
import { addSourcesSheet, citedDocuments, sourceDocuments, sourceRefs } from "./sources.js";
import { addTable, newWorkbook, sheetDate, xlsxBytes, type Column } from "./xlsx.js";

const names = (nodes: Array<Record<string, unknown>>) => nodes.map((n) => String(n.acronym ?? n.name)).join("; ");
const value = (v: unknown) => (v === null || v === undefined ? "" : String(v));
const text = (v: unknown) => (v === null || v === undefined || v === "" ? null : String(v));

/** The CSV columns, in order: header name and value. */
const ROADMAP_COLUMNS: Array<[string, (row: RoadmapRow) => string]> = [
  // As precisely as the sources give them: a deliverable targeted for "2019" reads 2019.
  ["date", (r) => value(dateAsGiven(r))],
  ["date_kind", (r) => value(r.dateKind)],
  ["end_date", (r) => value(endAsGiven(r))],
  ["item", (r) => r.kind],
  ["kind", (r) => value(r.node.kind)],
  ["code", (r) => value(r.node.code)],
  ["title", (r) => value(r.node.title ?? r.node.name)],
  ["status", (r) => value(r.node.status)],
  ["confidence", (r) => value(r.node.confidence)],
  ["organizations", (r) => names(r.organizations)],
  ["topics", (r) => r.topics.map((t) => String(t.name)).join("; ")],
  ["collocated_with", (r) => value(r.via?.name)],
  ["id", (r) => String(r.node.id)],
  ["sources", (r) => ((r.node.sources as string[] | null) ?? []).join(" ")],
];

/**
 * The roadmap as RFC 4180 CSV, in the roadmap's order (dated items by date, undated last): one
 * line per deliverable (dated by its latest milestone) or event. Lists inside a cell are joined
 * with "; ".
 */
export function roadmapCsv(rows: RoadmapRow[], options: { bom: boolean }): string {
  return stringify(
    rows.map((row) => ROADMAP_COLUMNS.map(([, cell]) => cell(row))),
    { ...csvOptions(options), header: true, columns: ROADMAP_COLUMNS.map(([header]) => header) },
  );
}

/** How a roadmap workbook groups its lane sheets. */
export type LaneKind = "topic" | "organization" | "series";

/** The spreadsheet columns: dates as real dates, each with its precision; the sources with the documents they name. */
const roadmapSheetColumns = (documents: Map<string, DocumentRow>): Array<Column<RoadmapRow>> => [
  { header: "Date", width: 12, value: (r) => sheetDate(dateAsGiven(r)) },
  { header: "Date precision", width: 10, value: (r) => sheetDate(dateAsGiven(r))?.precision ?? null },
  { header: "Date kind", width: 11, value: (r) => text(r.dateKind) },
  { header: "End date", width: 12, value: (r) => sheetDate(endAsGiven(r)) },
  { header: "End date precision", width: 10, value: (r) => sheetDate(endAsGiven(r))?.precision ?? null },
  { header: "Item", width: 12, value: (r) => r.kind },
  { header: "Kind", width: 14, value: (r) => text(r.node.kind) },
  { header: "Code", width: 16, value: (r) => text(r.node.code) },
  { header: "Title", width: 60, value: (r) => text(r.node.title ?? r.node.name) },
  { header: "Status", width: 12, value: (r) => text(r.node.status) },
  { header: "Confidence", width: 11, value: (r) => text(r.node.confidence) },
  { header: "Organizations", width: 24, value: (r) => names(r.organizations) || null },
  { header: "Topics", width: 30, value: (r) => r.topics.map((t) => String(t.name)).join("; ") || null },
  { header: "Collocated with", width: 30, value: (r) => text(r.via?.name) },
  { header: "Id", width: 24, value: (r) => String(r.node.id) },
  { header: "Sources", width: 30, value: (r) => sourceRefs(r.node.sources).join(" ") || null },
  { header: "Source documents", width: 60, value: (r) => sourceDocuments(r.node.sources, documents) },
];

/**
 * The roadmap as a workbook: "All items" (each item once, in the roadmap's order), then one sheet
 * per lane, by topic or by organization (an item with two topics is in both lanes; items with
 * none in a last "No topic" sheet), then "Sources", the documents the rows cite.
 */
export async function roadmapXlsx(rows: RoadmapRow[], lanes: LaneKind, documents: Map<string, DocumentRow>): Promise<Buffer> {
  const workbook = newWorkbook("mvgraph roadmap");
  const columns = roadmapSheetColumns(documents);
  addTable(workbook, "All items", columns, rows);
  for (const lane of laneSheets(rows, lanes)) addTable(workbook, lane.name, columns, lane.rows);
  addSourcesSheet(workbook, rows.flatMap((r) => citedDocuments(r.node.sources)), documents);
  return xlsxBytes(workbook);
}

/**
 * Items grouped by topic or organization as the API's `byTopic` and `byOrganization` lanes are:
 * in date order, lanes by topic or organization name, the lane of items without one last. An
 * organization's sheet is named by its acronym when it has one. By series: a sheet per standard
 * series (roadmap-series.ts), by name, as the page's groups.
 */
export function laneSheets(rows: RoadmapRow[], lanes: LaneKind): Array<{ name: string; rows: RoadmapRow[] }> {
  if (lanes === "series") return seriesSheets(rows);
  const byKey = new Map<string, { name: string; sortName: string; rows: RoadmapRow[] }>();
  const none: RoadmapRow[] = [];
  for (const row of rows) {
    const keys = lanes === "topic" ? row.topics : row.organizations;
    if (keys.length === 0) none.push(row);
    for (const key of keys) {
      const id = String(key.id);
      if (!byKey.has(id)) byKey.set(id, { name: String(lanes === "topic" ? key.name : (key.acronym ?? key.name)), sortName: String(key.name), rows: [] });
      const lane = byKey.get(id)!;
      if (lane.rows.at(-1) !== row) lane.rows.push(row); // a body both holding and hosting a meeting: once
    }
  }
  const sorted = [...byKey.values()].sort((a, b) => a.sortName.localeCompare(b.sortName)).map(({ name, rows }) => ({ name, rows }));
  return none.length ? [...sorted, { name: lanes === "topic" ? "No topic" : "No organization", rows: none }] : sorted;
}

const byName = new Intl.Collator("en", { numeric: true, sensitivity: "base" });

function seriesSheets(rows: RoadmapRow[]): Array<{ name: string; rows: RoadmapRow[] }> {
  const byKey = new Map<string, { name: string; rows: RoadmapRow[] }>();
  for (const row of rows) {
    const series = seriesOfItem(row);
    if (!byKey.has(series.key)) byKey.set(series.key, { name: series.name, rows: [] });
    byKey.get(series.key)!.rows.push(row);
  }
  return [...byKey.values()].sort((a, b) => byName.compare(a.name, b.name));
}

import { stringify } from "csv-stringify/sync";
import type { RoadmapRow } from "../coordination/roadmap.repository.js";
import { csvOptions } from "./formats.js";

const names = (nodes: Array<Record<string, unknown>>) => nodes.map((n) => String(n.acronym ?? n.name)).join("; ");
const value = (v: unknown) => (v === null || v === undefined ? "" : String(v));

/** The CSV columns, in order: header name and value. */
const ROADMAP_COLUMNS: Array<[string, (row: RoadmapRow) => string]> = [
  ["date", (r) => value(r.date)],
  ["date_kind", (r) => value(r.dateKind)],
  ["end_date", (r) => value(r.endDate)],
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

import type { RoadmapRow } from "./roadmap.repository.js";

/**
 * A roadmap item's dates as precisely as its sources give them. The graph orders a partial date
 * by the first day of its period ("2019" sorts as 2019-01-01), but an item targeted for 2019 must
 * read 2019 (in the page's table, the CSV and the workbook) and is overdue only once 2019 is over.
 */

const MILESTONE_FIELD: Record<string, string> = { PUBLISHED: "published", APPROVED: "approved", CONSENTED: "consented", TARGET: "target", DRAFT: "draft" };

const PARTIAL = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/;

/** The date of an item as its sources give it ("2019", "2019-05", "2019-05-13"): the milestone that dates a deliverable, or an event's start. */
export function dateAsGiven(row: RoadmapRow): string | null {
  const field = row.kind === "EVENT" ? "start" : MILESTONE_FIELD[row.dateKind ?? ""];
  const given = field ? row.node[field] : undefined;
  return typeof given === "string" && PARTIAL.test(given) ? given : row.date;
}

/** An event's last day as its sources give it. */
export const endAsGiven = (row: RoadmapRow): string | null => (typeof row.node.end === "string" && PARTIAL.test(row.node.end) ? row.node.end : row.endDate);

/** The last day of a partial date's period: "2019" → "2019-12-31", "2019-02" → "2019-02-28", a day → itself. */
export function periodEnd(partial: string): string {
  const [year, month] = partial.split("-").map(Number);
  if (partial.length === 4) return `${partial}-12-31`;
  if (partial.length === 7) return new Date(Date.UTC(year!, month!, 0)).toISOString().slice(0, 10);
  return partial;
}

/** Still planned, yet its target period is over on `today`: a deliverable whose target has passed. */
export function isOverdue(row: RoadmapRow, today: string): boolean {
  if (row.kind !== "DELIVERABLE" || row.dateKind !== "TARGET") return false;
  const status = row.node.status;
  const given = dateAsGiven(row);
  return (status === "PLANNED" || status === "IN_PROGRESS") && given !== null && periodEnd(given) < today;
}

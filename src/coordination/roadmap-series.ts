import { periodEnd } from "./roadmap-dates.js";
import type { OutlineRow, RoadmapRow } from "./roadmap.repository.js";
import { seriesOfCode, seriesOfEvent, type Series } from "./series/series.js";

/**
 * The roadmap by standard series: each matching item's series (./series/), and per series how
 * many items it holds, how many are planned, done or overdue, and the dates they span. The page
 * shows these as collapsed groups and asks for the items of the groups it opens.
 */

export interface SeriesGroup extends Series {
  count: number;
  planned: number;
  done: number;
  overdue: number;
  /** The first and last dated item of the series (null when none is dated). */
  first: string | null;
  last: string | null;
  /** The items, in the roadmap's order. */
  ids: string[];
}

/** Events go with the body that holds them; the first by name, so every statement agrees. */
const firstBody = (names: string[]) => [...names].sort((a, b) => a.localeCompare(b))[0];

export function seriesOfOutline(row: OutlineRow): Series {
  return row.kind === "EVENT" ? seriesOfEvent(bodyNamed(firstBody(row.bodies))) : seriesOfCode(row.code);
}

export function seriesOfItem(row: RoadmapRow): Series {
  if (row.kind === "DELIVERABLE") return seriesOfCode(String(row.node.code ?? row.node.title ?? row.node.id));
  return seriesOfEvent(bodyNamed(firstBody(row.organizations.map((o) => String(o.acronym ?? o.name)))));
}

const bodyNamed = (name: string | undefined) => (name === undefined ? undefined : { acronym: name });

const PARTIAL = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/;

function isPlanned(row: OutlineRow, today: string): boolean {
  return row.kind === "DELIVERABLE" ? row.status === "PLANNED" || row.status === "IN_PROGRESS" : (row.date ?? "") > today;
}

/** The same rule as a listed item's `overdue` (roadmap-dates.ts), on the outline's few fields. */
function isOverdue(row: OutlineRow, today: string): boolean {
  if (row.kind !== "DELIVERABLE" || row.dateKind !== "TARGET" || !(row.status === "PLANNED" || row.status === "IN_PROGRESS")) return false;
  const given = row.given && PARTIAL.test(row.given) ? row.given : row.date;
  return given !== null && periodEnd(given) < today;
}

const byName = new Intl.Collator("en", { numeric: true, sensitivity: "base" });

/** The series of the outline's items, by name (numbers in numeric order: ISO/IEC 9592 before ISO/IEC 23090). */
export function seriesGroups(outline: OutlineRow[], today: string): SeriesGroup[] {
  const groups = new Map<string, SeriesGroup>();
  for (const row of outline) {
    const series = seriesOfOutline(row);
    let group = groups.get(series.key);
    if (!group) {
      group = { ...series, count: 0, planned: 0, done: 0, overdue: 0, first: null, last: null, ids: [] };
      groups.set(series.key, group);
    }
    group.count += 1;
    group.ids.push(row.id);
    const planned = isPlanned(row, today);
    if (planned) group.planned += 1;
    else if (row.status !== "WITHDRAWN") group.done += 1;
    if (isOverdue(row, today)) group.overdue += 1;
    if (row.date) {
      if (group.first === null || row.date < group.first) group.first = row.date;
      if (group.last === null || row.date > group.last) group.last = row.date;
    }
  }
  return [...groups.values()].sort((a, b) => byName.compare(a.name, b.name));
}

import neo4j from "neo4j-driver";
import { z } from "zod";
import type { Queries } from "../db/database.js";
import { toNeo4jDate } from "../db/dates.js";
import { DeadlineRow, EventRow } from "../db/node-rows.js";
import { parseRows } from "../db/rows.js";
import { eventOfOrganizations } from "./predicates.js";

/**
 * Events under way or starting between $from and $to, and deadlines due in that window, in date
 * order (an event under way is dated by its first day, before $from).
 */
const UPCOMING = /* cypher */ `
CALL () {
  MATCH (e:Event)
  WHERE $includeEvents AND coalesce(e.endLastDate, e.endDate) >= $from AND e.startDate <= $to AND ${eventOfOrganizations("e")}
  RETURN 'EVENT' AS kind, e.startDate AS date, e AS event, null AS deadline
  UNION
  MATCH (d:Deadline)-[:DEADLINE_OF]->(e:Event)
  WHERE $includeDeadlines AND d.dueDate >= $from AND d.dueDate <= $to AND ${eventOfOrganizations("e")}
  RETURN 'DEADLINE' AS kind, d.dueDate AS date, e AS event, d AS deadline
}
WITH kind, date, event, deadline ORDER BY date, kind DESC, event.name, deadline.id
WITH collect({kind: kind, date: date, event: event {.*}, deadline: deadline {.*}}) AS matched
RETURN size(matched) AS total, matched[0..$first] AS items`;

const UpcomingRow = z.object({ kind: z.enum(["EVENT", "DEADLINE"]), date: z.string(), event: EventRow, deadline: DeadlineRow.nullable() });
export type UpcomingRow = z.infer<typeof UpcomingRow>;

/** One row: how many items fall in the window, and the first $first of them. */
const UpcomingItemsRow = z.object({ total: z.number(), items: z.array(UpcomingRow) });

export async function findUpcoming(
  db: Queries,
  q: { from: string; to: string; organizations?: string[]; includeEvents: boolean; includeDeadlines: boolean; first: number },
): Promise<{ total: number; items: UpcomingRow[] }> {
  const rows = await db.read(UPCOMING, {
    from: toNeo4jDate(q.from),
    to: toNeo4jDate(q.to),
    organizations: q.organizations ?? null,
    includeEvents: q.includeEvents,
    includeDeadlines: q.includeDeadlines,
    first: neo4j.int(q.first),
  });
  const [row] = parseRows(UpcomingItemsRow, rows);
  return row ?? { total: 0, items: [] };
}

import { z } from "zod";
import type { Queries } from "../db/database.js";
import { parseRows } from "../db/rows.js";
import { entityLabels } from "../entity-kinds.js";

/**
 * What the graph holds, for the front door: how many entities of each kind (the registry's
 * labels, passed as a parameter: `$(label)` is Neo4j 5's dynamic label), when the last recorded
 * change was made, and the date of the newest source document as precisely as it is given ("2026"
 * for a document dated by its year: the data is as of then).
 */
export const SUMMARY = /* cypher */ `
UNWIND $labels AS label
CALL (label) { MATCH (n:$(label)) RETURN count(n) AS count }
WITH collect({label: label, count: count}) AS counts
CALL () { MATCH (c:Change) RETURN max(c.at) AS lastChangeAt }
CALL () {
  OPTIONAL MATCH (d:Document) WHERE d.dateDate IS NOT NULL
  WITH d ORDER BY d.dateDate DESC LIMIT 1
  RETURN coalesce(d.date, toString(d.dateDate)) AS dataAsOf
}
RETURN counts, lastChangeAt, dataAsOf`;

const SummaryRow = z.object({
  counts: z.array(z.object({ label: z.enum(entityLabels), count: z.number() })),
  lastChangeAt: z.string().nullable(),
  dataAsOf: z.string().nullable(),
});
export type SummaryRow = z.infer<typeof SummaryRow>;

export async function graphSummary(db: Queries): Promise<SummaryRow> {
  const [row] = parseRows(SummaryRow, await db.read(SUMMARY, { labels: entityLabels }));
  return row!;
}

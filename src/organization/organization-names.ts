import { z } from "zod";

/**
 * Names change over time (UNWTO became UN Tourism): an organization keeps its current name in
 * `name` and its earlier ones, with the period each was in force, in `formerNames` (JSON text on
 * the node, written by the seed loader and the editing engine). An answer given for a date shows
 * the name in force on that date.
 */
const formerNameShape = z.object({
  name: z.string(),
  acronym: z.string().optional(),
  since: z.string().optional(),
  until: z.string(),
  sources: z.array(z.string()),
});
export type FormerName = z.infer<typeof formerNameShape>;

/** The stored former names, parsed once at the boundary; none when absent. */
export function formerNamesOf(stored: unknown): FormerName[] {
  if (typeof stored !== "string") return [];
  return z.array(formerNameShape).parse(JSON.parse(stored));
}

/** "2024" → "2024-01-01": the first day of a partial date, where a name's period starts or ends. */
function firstDay(date: string): string {
  const [year, month = "01", day = "01"] = date.split("-");
  return `${year}-${month}-${day}`;
}

/** The former name in force on `date` (ISO), if any: since inclusive, until exclusive. */
export function formerNameOn(stored: unknown, date: string): FormerName | undefined {
  return formerNamesOf(stored).find((n) => (!n.since || firstDay(n.since) <= date) && firstDay(n.until) > date);
}

import neo4j from "neo4j-driver";
import { z } from "zod";
import type { Queries } from "../db/database.js";
import { toNeo4jDate } from "../db/dates.js";
import { parseRows } from "../db/rows.js";
import { existsOnAsOf, holdsOnAsOf } from "./predicates.js";

/**
 * Facts presented as current on $asOf (roles and affiliations holding, liaisons holding, bodies
 * existing) whose latest confirming source is before $cutoff: what an analyst should check.
 */
const STALE = /* cypher */ `
CALL () {
  MATCH (p:Person)-[r:HOLDS_ROLE]->(o:Organization)
  WHERE r.lastConfirmed < $cutoff AND ${holdsOnAsOf("r")} AND ($kinds IS NULL OR 'ROLE' IN $kinds)
  RETURN 'ROLE' AS kind, r.id AS key, p.name + ' ' + r.role + ' of ' + coalesce(o.acronym, o.name) AS text, r.lastConfirmed AS lastConfirmed, r.sources AS sources
  UNION
  MATCH (p:Person)-[a:AFFILIATED_WITH]->(o:Organization)
  WHERE a.lastConfirmed < $cutoff AND ${holdsOnAsOf("a")} AND ($kinds IS NULL OR 'AFFILIATION' IN $kinds)
  RETURN 'AFFILIATION' AS kind, p.id + '->' + o.id AS key, p.name + ' affiliated with ' + coalesce(o.acronym, o.name) AS text, a.lastConfirmed AS lastConfirmed, a.sources AS sources
  UNION
  MATCH (f:Organization)<-[:FROM]-(l:Liaison)-[:TO]->(t:Organization)
  WHERE l.lastConfirmed < $cutoff AND ${holdsOnAsOf("l")} AND l.kind <> 'LIAISON_STATEMENT' AND ($kinds IS NULL OR 'LIAISON' IN $kinds)
  RETURN 'LIAISON' AS kind, l.id AS key, l.kind + ' ' + coalesce(f.acronym, f.name) + ' -> ' + coalesce(t.acronym, t.name) AS text, l.lastConfirmed AS lastConfirmed, l.sources AS sources
  UNION
  MATCH (o:Organization)
  WHERE o.lastConfirmed < $cutoff AND ${existsOnAsOf("o")} AND ($kinds IS NULL OR 'ORGANIZATION' IN $kinds)
  RETURN 'ORGANIZATION' AS kind, o.id AS key, coalesce(o.acronym, o.name) + ' exists' AS text, o.lastConfirmed AS lastConfirmed, o.sources AS sources
}
WITH kind, key, text, lastConfirmed, sources ORDER BY lastConfirmed, kind, key
WITH collect({kind: kind, key: key, text: text, lastConfirmed: lastConfirmed, sources: sources}) AS facts
RETURN size(facts) AS total, facts[0..$first] AS facts`;

const StaleRow = z.object({
  kind: z.enum(["ROLE", "AFFILIATION", "LIAISON", "ORGANIZATION"]),
  key: z.string(),
  text: z.string(),
  lastConfirmed: z.string(),
  sources: z.array(z.string()).nullable(),
});
export type StaleRow = z.infer<typeof StaleRow>;

/** One row: how many facts are stale, and the first $first of them. */
const StaleFactsRow = z.object({ total: z.number(), facts: z.array(StaleRow) });

export async function findStale(db: Queries, q: { asOf: string; cutoff: string; kinds?: string[]; first: number }): Promise<{ total: number; facts: StaleRow[] }> {
  const rows = await db.read(STALE, { asOf: toNeo4jDate(q.asOf), cutoff: q.cutoff, kinds: q.kinds ?? null, first: neo4j.int(q.first) });
  const [row] = parseRows(StaleFactsRow, rows);
  return row ?? { total: 0, facts: [] };
}

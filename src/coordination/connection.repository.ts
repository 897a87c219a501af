import neo4j from "neo4j-driver";
import { z } from "zod";
import type { Queries } from "../db/database.js";
import { parseRows } from "../db/rows.js";
import { RawRelRow, relMap, type RawRel } from "./hop-rows.js";

/** The relationship types each kind of connection may use. */
export const RELATIONSHIPS_OF = {
  PARENT_BODY: ["PART_OF"],
  REPORTING: ["REPORTS_TO"],
  LIAISON: ["FROM", "TO"],
  PEOPLE: ["HOLDS_ROLE", "AFFILIATED_WITH", "REPRESENTED_BY"],
  TOPIC: ["WORKS_ON"],
} as const;

const ALL_TYPES = "PART_OF|REPORTS_TO|FROM|TO|HOLDS_ROLE|AFFILIATED_WITH|REPRESENTED_BY|WORKS_ON";

/**
 * The shortest paths between two organizations or people over the allowed relationship types.
 * Cypher cannot take a path length as a parameter, so there is one statement per bound, built
 * here from our own integers (1…20), never from user input.
 */
function shortestPaths(maxRels: number): string {
  return /* cypher */ `
CALL () {
  MATCH (a:Organization {id: $from}) RETURN a
  UNION
  MATCH (a:Person {id: $from}) RETURN a
}
CALL () {
  MATCH (b:Organization {id: $to}) RETURN b
  UNION
  MATCH (b:Person {id: $to}) RETURN b
}
MATCH p = allShortestPaths((a)-[:${ALL_TYPES}*..${maxRels}]-(b))
WHERE all(r IN relationships(p) WHERE type(r) IN $types)
WITH p LIMIT $cap
RETURN [r IN relationships(p) | ${relMap("r")}] AS rels`;
}

/** One row per path: its relationships in order, from $from. */
const PathRow = z.object({ rels: z.array(RawRelRow) });

const BY_BOUND = new Map<number, string>();
function statementFor(maxRels: number): string {
  if (!Number.isInteger(maxRels) || maxRels < 1 || maxRels > 20) throw new Error(`path bound out of range: ${maxRels}`);
  let cypher = BY_BOUND.get(maxRels);
  if (!cypher) BY_BOUND.set(maxRels, (cypher = shortestPaths(maxRels)));
  return cypher;
}

/** Paths kept from one search before ranking: far more than the 20 an answer may hold. */
const CAP = 200;

/**
 * The candidate paths: the shortest over structural links only (parent bodies, reporting lines,
 * liaisons, people), and the shortest over all the allowed links (shared topics too), without
 * duplicates. Two searches, because a shared topic is nearly always shorter than the structural
 * line an analyst looks for first (IEEE ← IEEE-SA ← Metaverse Standards Committee ← FG-MV liaison).
 */
export async function shortestConnections(
  db: Queries,
  q: { from: string; to: string; maxRels: number; types: string[] },
): Promise<RawRel[][]> {
  const structural = q.types.filter((type) => type !== "WORKS_ON");
  const searches = [q.types, ...(structural.length > 0 && structural.length < q.types.length ? [structural] : [])];
  const results = await db.readAll(searches.map((types) => ({
    cypher: statementFor(q.maxRels), params: { from: q.from, to: q.to, types, cap: neo4j.int(CAP) },
  })));
  const seen = new Set<string>();
  const paths: RawRel[][] = [];
  for (const rows of results) {
    for (const { rels } of parseRows(PathRow, rows)) {
      const key = JSON.stringify(rels.map((r) => [r.type, r.start.id, r.end.id, r.props.id ?? null]));
      if (seen.has(key)) continue;
      seen.add(key);
      paths.push(rels);
    }
  }
  return paths;
}

import neo4j from "neo4j-driver";
import type { Queries } from "../db/database.js";
import { relMap, type RawRel } from "./hops.js";

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
WITH p LIMIT $first
RETURN [r IN relationships(p) | ${relMap("r")}] AS rels`;
}

const BY_BOUND = new Map<number, string>();
function statementFor(maxRels: number): string {
  if (!Number.isInteger(maxRels) || maxRels < 1 || maxRels > 20) throw new Error(`path bound out of range: ${maxRels}`);
  let cypher = BY_BOUND.get(maxRels);
  if (!cypher) BY_BOUND.set(maxRels, (cypher = shortestPaths(maxRels)));
  return cypher;
}

export async function shortestConnections(
  db: Queries,
  q: { from: string; to: string; maxRels: number; types: string[]; first: number },
): Promise<RawRel[][]> {
  const rows = await db.read(statementFor(q.maxRels), { from: q.from, to: q.to, types: q.types, first: neo4j.int(q.first) });
  return rows.map((row) => row.rels as RawRel[]);
}

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

const ENDS = /* cypher */ `
CALL () {
  MATCH (a:Organization {id: $from}) RETURN a
  UNION
  MATCH (a:Person {id: $from}) RETURN a
}
CALL () {
  MATCH (b:Organization {id: $to}) RETURN b
  UNION
  MATCH (b:Person {id: $to}) RETURN b
}`;

/** Keeps the paths that visit no node twice (an explanation never does), each as its relationships in order from $from. */
const SIMPLE_PATHS = /* cypher */ `
RETURN size(found) AS found,
       [p IN found WHERE all(i IN range(0, size(nodes(p)) - 2) WHERE NOT nodes(p)[i] IN nodes(p)[i + 1..])
        | [r IN relationships(p) | ${relMap("r")}]] AS paths`;

/**
 * The distinct structural paths between two organizations or people, shortest first, at most CAP:
 * `SHORTEST k` enumerates paths in order of length and stops at k, so the work is bounded however
 * many paths there are. Cypher takes neither a path length nor k as a parameter, so there is one
 * statement per bound, built here from our own integers (1…20, CAP), never from user input.
 */
function boundedPaths(maxRels: number): string {
  return /* cypher */ `${ENDS}
MATCH p = SHORTEST ${CAP} (a)(()-[r:${ALL_TYPES}]-() WHERE type(r) IN $types){1,${maxRels}}(b)
WITH collect(p) AS found${SIMPLE_PATHS}`;
}

/**
 * The shortest paths only, over all the allowed links: shared topics link nearly every two bodies
 * in two hops, through hubs (a topic dozens of bodies work on), so enumerating the longer paths
 * through them multiplies the work without explaining more.
 */
function shortestPaths(maxRels: number): string {
  return /* cypher */ `${ENDS}
MATCH p = allShortestPaths((a)-[:${ALL_TYPES}*..${maxRels}]-(b))
WHERE all(r IN relationships(p) WHERE type(r) IN $types)
WITH p LIMIT ${CAP}
WITH collect(p) AS found${SIMPLE_PATHS}`;
}

/** One row: how many paths the search found (CAP at most), and the simple ones, each its relationships in order from $from. */
const PathsRow = z.object({ found: z.number(), paths: z.array(z.array(RawRelRow)) });

const BY_BOUND = new Map<string, string>();
function statementFor(search: "bounded" | "shortest", maxRels: number): string {
  if (!Number.isInteger(maxRels) || maxRels < 1 || maxRels > 20) throw new Error(`path bound out of range: ${maxRels}`);
  const key = `${search} ${maxRels}`;
  let cypher = BY_BOUND.get(key);
  if (!cypher) BY_BOUND.set(key, (cypher = search === "bounded" ? boundedPaths(maxRels) : shortestPaths(maxRels)));
  return cypher;
}

/** Paths one search enumerates at most: far more than the 20 an answer may hold; reaching it makes `total` a lower bound. */
export const CAP = 100;

/**
 * The candidate paths: every distinct structural path (parent bodies, reporting lines, liaisons,
 * people) within the bound, up to CAP, and, when shared topics are allowed, the shortest paths
 * over all the allowed links; without duplicates. `capped`: the structural enumeration stopped at
 * CAP, so more paths may exist within the bound.
 */
export async function connectionPaths(
  db: Queries,
  q: { from: string; to: string; maxRels: number; types: string[] },
): Promise<{ paths: RawRel[][]; capped: boolean }> {
  const structural = q.types.filter((type) => type !== "WORKS_ON");
  const searches: Array<{ search: "bounded" | "shortest"; types: string[] }> = [
    ...(structural.length > 0 ? [{ search: "bounded" as const, types: structural }] : []),
    ...(structural.length < q.types.length ? [{ search: "shortest" as const, types: q.types }] : []),
  ];
  const results = await db.readAll(searches.map(({ search, types }) => ({
    cypher: statementFor(search, q.maxRels), params: { from: q.from, to: q.to, types },
  })));
  const seen = new Set<string>();
  const paths: RawRel[][] = [];
  let capped = false;
  for (const [i, rows] of results.entries()) {
    for (const { found, paths: simple } of parseRows(PathsRow, rows)) {
      if (searches[i]!.search === "bounded" && found >= CAP) capped = true;
      for (const rels of simple) {
        const key = JSON.stringify(rels.map((r) => [r.type, r.start.id, r.end.id, r.props.id ?? null]));
        if (seen.has(key)) continue;
        seen.add(key);
        paths.push(rels);
      }
    }
  }
  return { paths, capped };
}

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
 * The distinct paths between two organizations or people over the allowed relationship types,
 * shortest first, at most CAP of them: `SHORTEST k` enumerates paths in order of length and stops
 * at k, so the work is bounded however dense the graph; a path that visits a node twice is no
 * explanation and is dropped. Cypher takes neither a path length nor k as a parameter, so there is
 * one statement per bound, built here from our own integers (1…20, CAP), never from user input.
 */
function boundedPaths(maxRels: number): string {
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
MATCH p = SHORTEST ${CAP} (a)(()-[r:${ALL_TYPES}]-() WHERE type(r) IN $types){1,${maxRels}}(b)
WITH collect(p) AS found
RETURN size(found) AS found,
       [p IN found WHERE all(i IN range(0, size(nodes(p)) - 2) WHERE NOT nodes(p)[i] IN nodes(p)[i + 1..])
        | [r IN relationships(p) | ${relMap("r")}]] AS paths`;
}

/** One row: how many paths the search found (CAP at most), and the simple ones, each its relationships in order from $from. */
const PathsRow = z.object({ found: z.number(), paths: z.array(z.array(RawRelRow)) });

const BY_BOUND = new Map<number, string>();
function statementFor(maxRels: number): string {
  if (!Number.isInteger(maxRels) || maxRels < 1 || maxRels > 20) throw new Error(`path bound out of range: ${maxRels}`);
  let cypher = BY_BOUND.get(maxRels);
  if (!cypher) BY_BOUND.set(maxRels, (cypher = boundedPaths(maxRels)));
  return cypher;
}

/** Paths one search enumerates at most: far more than the 20 an answer may hold; reaching it makes `total` a lower bound. */
export const CAP = 200;

/**
 * The candidate paths: those over structural links only (parent bodies, reporting lines,
 * liaisons, people), and those over all the allowed links (shared topics too), without
 * duplicates. Two searches, because shared topics make so many short paths that the structural
 * lines an analyst looks for first (IEEE ← IEEE-SA ← Metaverse Standards Committee ← FG-MV
 * collaboration) would not be among the first CAP. `capped`: a search stopped at CAP, so more
 * paths may exist within the bound.
 */
export async function connectionPaths(
  db: Queries,
  q: { from: string; to: string; maxRels: number; types: string[] },
): Promise<{ paths: RawRel[][]; capped: boolean }> {
  const structural = q.types.filter((type) => type !== "WORKS_ON");
  const searches = [q.types, ...(structural.length > 0 && structural.length < q.types.length ? [structural] : [])];
  const results = await db.readAll(searches.map((types) => ({
    cypher: statementFor(q.maxRels), params: { from: q.from, to: q.to, types },
  })));
  const seen = new Set<string>();
  const paths: RawRel[][] = [];
  let capped = false;
  for (const rows of results) {
    for (const { found, paths: simple } of parseRows(PathsRow, rows)) {
      if (found >= CAP) capped = true;
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

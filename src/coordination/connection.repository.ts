import neo4j from "neo4j-driver";
import { z } from "zod";
import type { Queries } from "../db/database.js";
import { OrganizationRow } from "../db/node-rows.js";
import { parseRows } from "../db/rows.js";
import { NodeTableRow, readTables, RelTableRow, nodeTable, relTable, tableKey, type RawRel } from "./hop-rows.js";

/** The relationship types each kind of connection may use. */
export const RELATIONSHIPS_OF = {
  PARENT_BODY: ["PART_OF"],
  REPORTING: ["REPORTS_TO"],
  LIAISON: ["FROM", "TO"],
  PEOPLE: ["HOLDS_ROLE", "AFFILIATED_WITH", "REPRESENTED_BY"],
  TOPIC: ["WORKS_ON"],
} as const;

const ALL_TYPES: readonly string[] = ["PART_OF", "REPORTS_TO", "FROM", "TO", "HOLDS_ROLE", "AFFILIATED_WITH", "REPRESENTED_BY", "WORKS_ON"];

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

/**
 * Keeps the paths that visit no node twice (an explanation never does) and have at most $maxHops
 * hops. A path's hops are its relationships less one per liaison record it passes through (the
 * record's FROM and TO are one hop, as `toHops` reads them): the search runs twice as deep as
 * $maxHops to reach across liaisons, so most of what it enumerates is longer (83 of 96 simple paths
 * at ×1000 for the benchmark's pair) and is dropped here, before any relationship leaves Neo4j.
 * Each relationship the kept paths use is returned once (`rels`), each of their nodes once (`nodes`; hop-rows.ts), and each
 * path as its relationships' element ids in order from $from: a hundred paths through the same few
 * liaisons and parents would otherwise carry every liaison record and source list once per path
 * (380 KB for IEEE MSC to JCA-MV).
 */
const SIMPLE_PATHS = /* cypher */ `
WITH size(found) AS found,
     [p IN found WHERE all(i IN range(0, size(nodes(p)) - 2) WHERE NOT nodes(p)[i] IN nodes(p)[i + 1..])
       AND size(relationships(p)) - size([i IN range(1, size(nodes(p)) - 2)
         WHERE type(relationships(p)[i - 1]) IN ['FROM', 'TO'] AND type(relationships(p)[i]) IN ['FROM', 'TO'] AND nodes(p)[i]:Liaison]) <= $maxHops] AS simple
WITH found, simple, COLLECT { UNWIND simple AS p UNWIND relationships(p) AS r WITH DISTINCT r RETURN r } AS rels
RETURN found,
       [p IN simple | [r IN relationships(p) | ${tableKey("r")}]] AS paths,
       ${relTable("rels")} AS rels,
       ${nodeTable("rels")} AS nodes`;

/**
 * The distinct structural paths between two organizations or people, shortest first, at most CAP:
 * `SHORTEST k` enumerates paths in order of length and stops at k, so the work is bounded however
 * many paths there are. Cypher takes neither a path length nor k as a parameter, so there is one
 * statement per bound, built here from our own integers (1…20, CAP), never from user input.
 */
function boundedPaths(maxRels: number, types: string): string {
  return /* cypher */ `${ENDS}
MATCH p = SHORTEST ${CAP} (a)(()-[:${types}]-()){1,${maxRels}}(b)
WITH collect(p) AS found${SIMPLE_PATHS}`;
}

/**
 * The shortest paths only, over all the allowed links: shared topics link nearly every two bodies
 * in two hops, through hubs (a topic dozens of bodies work on), so enumerating the longer paths
 * through them multiplies the work without explaining more.
 */
function shortestPaths(maxRels: number, types: string): string {
  return /* cypher */ `${ENDS}
MATCH p = ALL SHORTEST (a)(()-[:${types}]-()){1,${maxRels}}(b)
WITH p LIMIT ${CAP}
WITH collect(p) AS found${SIMPLE_PATHS}`;
}

/** One row: how many paths the search found (CAP at most), the simple ones as element ids, and their relationships once each. */
const PathsRow = z.object({ found: z.number(), paths: z.array(z.array(z.string())), rels: z.array(RelTableRow), nodes: z.array(NodeTableRow) });

/**
 * One statement per search, bound and set of relationship types, built here: the types are
 * written into the pattern (the planner then expands only those, instead of reading every
 * WORKS_ON of each body to drop it), and they come from our own list, never from input.
 */
const STATEMENTS = new Map<string, string>();
export function statementFor(search: "bounded" | "shortest", maxRels: number, types: readonly string[]): string {
  if (!Number.isInteger(maxRels) || maxRels < 1 || maxRels > 20) throw new Error(`path bound out of range: ${maxRels}`);
  const unknown = types.filter((type) => !ALL_TYPES.includes(type));
  if (unknown.length > 0 || types.length === 0) throw new Error(`relationship types out of range: ${types.join(", ")}`);
  const alternatives = ALL_TYPES.filter((type) => types.includes(type)).join("|");
  const key = `${search} ${maxRels} ${alternatives}`;
  let cypher = STATEMENTS.get(key);
  if (!cypher) STATEMENTS.set(key, (cypher = search === "bounded" ? boundedPaths(maxRels, alternatives) : shortestPaths(maxRels, alternatives)));
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
  q: { from: string; to: string; maxHops: number; types: string[] },
): Promise<ConnectionPaths> {
  // A liaison record is two relationships (FROM and TO) but one hop: search twice as deep, then keep the paths within maxHops.
  const maxRels = q.maxHops * 2;
  const structural = q.types.filter((type) => type !== "WORKS_ON");
  const searches: Array<{ search: "bounded" | "shortest"; types: string[] }> = [
    ...(structural.length > 0 ? [{ search: "bounded" as const, types: structural }] : []),
    ...(structural.length < q.types.length ? [{ search: "shortest" as const, types: q.types }] : []),
  ];
  const rows = parseRows(SearchesRow, await db.read(searchesStatement(searches, maxRels), { from: q.from, to: q.to, maxHops: neo4j.int(q.maxHops) }));
  const [first] = rows;
  if (!first) throw new Error("the connection statement returned no row");
  const seen = new Set<string>();
  const paths: RawRel[][] = [];
  let capped = false;
  for (const { search, found, paths: simple, rels, nodes } of rows) {
    if (searches[search]!.search === "bounded" && found >= CAP) capped = true;
    // Each relationship and its part of a path's identity, once: paths share them.
    const tables = readTables(rels, nodes);
    const byId = new Map(rels.map(({ id }) => {
      const rel = tables.rel(id);
      return [id, { rel, key: JSON.stringify([rel.type, rel.start.id, rel.end.id, rel.props.id ?? null]) }];
    }));
    for (const ids of simple) {
      const used = ids.map((id) => byId.get(id)!);
      const key = used.map((u) => u.key).join();
      if (seen.has(key)) continue;
      seen.add(key);
      paths.push(used.map((u) => u.rel));
    }
  }
  return { paths, capped, fromBody: first.fromBody, toBody: first.toBody };
}

/** The candidate paths, and the bodies $from and $to name by id (null: none; a person, or a ref that is no id). */
export interface ConnectionPaths {
  paths: RawRel[][];
  capped: boolean;
  fromBody: OrganizationRow | null;
  toBody: OrganizationRow | null;
}

/** One row per search, in the order of the searches, each with the bodies $from and $to name by id, whole. */
const SearchesRow = PathsRow.extend({ search: z.number(), fromBody: OrganizationRow.nullable(), toBody: OrganizationRow.nullable() });

/**
 * The searches of one request in one statement (each a subquery, one row each, in order), with
 * the bodies $from and $to name by id: a request whose refs are ids (the usual case) is one
 * statement, read alone, not the lookup of its ends and the searches side by side. Built from
 * `statementFor`'s statements (our own bounds and types), kept per combination.
 */
export function searchesStatement(searches: ReadonlyArray<{ search: "bounded" | "shortest"; types: readonly string[] }>, maxRels: number): string {
  const key = searches.map(({ search, types }) => `${search} ${maxRels} ${types.join("|")}`).join(";");
  let cypher = COMBINED.get(key);
  if (!cypher) {
    const parts = searches.map(({ search, types }, i) => `  CALL () {${statementFor(search, maxRels, types).replaceAll("\n", "\n    ")}\n  }\n  RETURN ${i} AS search, found, paths, rels, nodes`);
    cypher = /* cypher */ `
CALL () {
${parts.join("\n  UNION ALL\n")}
}
WITH search, found, paths, rels, nodes ORDER BY search
RETURN search, found, paths, rels, nodes,
  head(COLLECT { MATCH (x:Organization {id: $from}) RETURN x {.*} }) AS fromBody,
  head(COLLECT { MATCH (x:Organization {id: $to}) RETURN x {.*} }) AS toBody`;
    COMBINED.set(key, cypher);
  }
  return cypher;
}
const COMBINED = new Map<string, string>();

import neo4j from "neo4j-driver";
import type { Queries } from "../db/database.js";
import { toNeo4jDate } from "../db/dates.js";
import { existsOnAsOf, standsOnAsOf } from "./predicates.js";

type Props = Record<string, unknown>;

/**
 * Topics (under $topic, or all) on which bodies work — directly or through deliverables — with
 * no liaison between them: neither between the two bodies nor between bodies they are part of
 * (a liaison of a parent covers its sub-groups), and neither body part of the other. Only
 * bodies existing on $asOf and liaisons holding on $asOf count. At most $maxBodies bodies per
 * topic are compared (the most active first), so the pairs stay bounded.
 */
const overlapsOn = (topics: string) => /* cypher */ `
${topics}
CALL (t) {
  MATCH (o:Organization)-[:WORKS_ON]->(t) RETURN o
  UNION ALL
  MATCH (o:Organization)<-[:DEVELOPED_BY]-(:Deliverable)-[:ADDRESSES]->(t) RETURN o
}
WITH t, o, count(*) AS work
WHERE ${existsOnAsOf("o")}
WITH t, o ORDER BY work DESC, o.id
WITH t, collect(o)[0..$maxBodies] AS bodies
WHERE size(bodies) >= $minBodies
UNWIND range(0, size(bodies) - 2) AS i
UNWIND range(i + 1, size(bodies) - 1) AS j
WITH t, bodies[i] AS a, bodies[j] AS b
WHERE NOT EXISTS { (a)-[:PART_OF*1..8]->(b) }
  AND NOT EXISTS { (b)-[:PART_OF*1..8]->(a) }
  AND NOT EXISTS {
    MATCH (a)-[:PART_OF*0..8]->(:Organization)<-[:FROM|TO]-(l:Liaison)-[:FROM|TO]->(:Organization)<-[:PART_OF*0..8]-(b)
    WHERE ${standsOnAsOf("l")} }
WITH t, collect([a, b]) AS pairs
WITH t, pairs, reduce(acc = [], p IN pairs | acc + [x IN p WHERE NOT x IN acc]) AS involved
WHERE size(involved) >= $minBodies
WITH t, pairs, [o IN involved | {
       organization: o {.*},
       deliverables: [(o)<-[:DEVELOPED_BY]-(d:Deliverable)-[:ADDRESSES]->(t) | d {.*}]}] AS sides
WITH t, pairs, sides, reduce(n = 0, s IN sides | n + size(s.deliverables)) AS competing
ORDER BY size(pairs) DESC, competing DESC, t.name
WITH collect({topic: t {.*}, pairs: [p IN pairs | [x IN p | x {.*}]], sides: sides, competing: competing}) AS overlaps
RETURN size(overlaps) AS total, overlaps[0..$first] AS overlaps`;

/** Two statements rather than an `$topic IS NULL OR …` that would scan every topic either way. */
const OVERLAPS_UNDER_TOPIC = overlapsOn("MATCH (t:Topic)-[:BROADER*0..8]->(:Topic {id: $topic})");
const OVERLAPS_EVERYWHERE = overlapsOn("MATCH (t:Topic)");

export interface OverlapRow {
  topic: Props;
  pairs: Array<[Props, Props]>;
  sides: Array<{ organization: Props; deliverables: Props[] }>;
  competing: number;
}

export async function findOverlaps(
  db: Queries,
  q: { topic?: string; minBodies: number; maxBodies: number; asOf: string; first: number },
): Promise<{ total: number; overlaps: OverlapRow[] }> {
  const [row] = await db.read(q.topic ? OVERLAPS_UNDER_TOPIC : OVERLAPS_EVERYWHERE, {
    topic: q.topic ?? null,
    minBodies: neo4j.int(q.minBodies),
    maxBodies: neo4j.int(q.maxBodies),
    asOf: toNeo4jDate(q.asOf),
    first: neo4j.int(q.first),
  });
  return { total: (row?.total as number) ?? 0, overlaps: (row?.overlaps as OverlapRow[]) ?? [] };
}

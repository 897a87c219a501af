import neo4j from "neo4j-driver";
import { z } from "zod";
import type { Queries } from "../db/database.js";
import { toNeo4jDate } from "../db/dates.js";
import { DeliverableRow, OrganizationRow, TopicRow } from "../db/node-rows.js";
import { canonical, mapProjection, projectedRow, type Projection, type PropertyOf } from "../db/projection.js";
import { parseRows, RowShapeError } from "../db/rows.js";
import { existsOnAsOf, standsOnAsOf } from "./predicates.js";

/**
 * Topics (under $topic, or all) on which bodies work — directly or through deliverables — with
 * no liaison between them: neither between the two bodies nor between bodies they are part of
 * (a liaison of a parent covers its sub-groups), neither body part of the other, and (unless
 * $withinOrganization) not two groups of one organization (the same top of their PART_OF chains). Only
 * bodies existing on $asOf and liaisons holding on $asOf count. At most $maxBodies bodies per
 * topic are compared (the most active first), so the pairs stay bounded.
 *
 * What a pair needs is read once per body, not once per pair: each compared body's parent groups
 * (any depth) and the ends of standing liaisons that reach it (on it or on a parent group, each
 * end as the liaison's id and the end's relationship). Two bodies are in liaison when one
 * liaison has an end reaching each through two different ends. This kept the seed graph's
 * statement at a quarter of its database hits (41,147 before).
 *
 * Topics are ranked on counts; only the page's topics are then projected, each body once (a
 * pair is its two ids): the answer leaves the database a fraction of the size. The page's
 * topics, bodies and deliverables are read with the properties the selection needs
 * (`OverlapsProjections`, from overlaps.look-ahead.ts; null: whole).
 */
const overlapsOn = (topics: string, p: OverlapsProjections) => /* cypher */ `
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
WITH collect({topic: t, bodies: bodies}) AS compared
CALL (compared) {
  UNWIND compared AS c
  UNWIND c.bodies AS o
  WITH DISTINCT o
  // Its PART_OF chains walked once: the body and every group above it.
  WITH o, [(o)-[:PART_OF*0..8]->(p:Organization) | p] AS up
  RETURN collect({
    id: o.id,
    parents: [p IN up WHERE p <> o | p.id],
    // The organizations it belongs to: the tops of its PART_OF chains (itself when it has none).
    roots: [r IN up WHERE NOT EXISTS { (r)-[:PART_OF]->(:Organization) }],
    liaisonEnds: COLLECT {
      UNWIND up AS p
      MATCH (p)<-[end:FROM|TO]-(l:Liaison)
      WHERE ${standsOnAsOf("l")}
      RETURN DISTINCT [l.id, elementId(end)] }
  }) AS reach
}
UNWIND compared AS c
WITH c.topic AS t, c.bodies AS bodies, [o IN c.bodies | o.id] AS ids, reach
WITH t, bodies, [id IN ids | [r IN reach WHERE r.id = id][0]] AS reached
UNWIND range(0, size(bodies) - 2) AS i
UNWIND range(i + 1, size(bodies) - 1) AS j
WITH t, bodies[i] AS a, bodies[j] AS b, reached[i] AS ra, reached[j] AS rb
WITH t, a, b, ra, rb, [r IN ra.roots WHERE r IN rb.roots][0] AS within
WHERE NOT rb.id IN ra.parents
  AND NOT ra.id IN rb.parents
  AND NONE(ea IN ra.liaisonEnds WHERE ANY(eb IN rb.liaisonEnds WHERE eb[0] = ea[0] AND eb[1] <> ea[1]))
  // Two groups of one organization are a matter for that organization, not duplication between
  // organizations: left out unless asked for, and then marked with the organization.
  AND ($withinOrganization OR within IS NULL)
WITH t, collect({a: a, b: b, within: within}) AS pairs
WITH t, pairs, reduce(acc = [], p IN pairs | acc + [x IN [p.a, p.b] WHERE NOT x IN acc]) AS involved
WHERE size(involved) >= $minBodies
WITH t, pairs, involved,
     reduce(n = 0, o IN involved | n + COUNT { (o)<-[:DEVELOPED_BY]-(:Deliverable)-[:ADDRESSES]->(t) }) AS competing
ORDER BY size(pairs) DESC, competing DESC, t.name
WITH collect({topic: t, pairs: pairs, involved: involved, competing: competing}) AS overlaps
RETURN size(overlaps) AS total, [x IN overlaps[0..$first] | [t IN [x.topic] | {
    topic: ${mapProjection("t", TopicRow, p.topic)},
    pairs: [p IN x.pairs | {a: p.a.id, b: p.b.id, within: properties(p.within)}],
    sides: [o IN x.involved | {
      organization: ${mapProjection("o", OrganizationRow, p.organization)},
      deliverables: [(o)<-[:DEVELOPED_BY]-(d:Deliverable)-[:ADDRESSES]->(t) | ${mapProjection("d", DeliverableRow, p.deliverable)}]}],
    competing: x.competing}][0]] AS overlaps`;

/** The properties of the page's topics, bodies and deliverables that the selection needs; null: all. */
export interface OverlapsProjections {
  topic: Projection<PropertyOf<typeof TopicRow>>;
  organization: Projection<PropertyOf<typeof OrganizationRow>>;
  deliverable: Projection<PropertyOf<typeof DeliverableRow>>;
}

export const WHOLE_OVERLAPS: OverlapsProjections = { topic: null, organization: null, deliverable: null };

/**
 * The statement (two rather than an `$topic IS NULL OR …` that would scan every topic either way)
 * and its row schema for one set of projections, built once and kept: the projections come from
 * our own field lists, so they are few; the cache is bounded all the same.
 */
function overlapsStatement(underTopic: boolean, projections: OverlapsProjections) {
  const p = { topic: canonical(projections.topic), organization: canonical(projections.organization), deliverable: canonical(projections.deliverable) };
  const key = JSON.stringify({ underTopic, ...p });
  let built = builtStatements.get(key);
  if (!built) {
    if (builtStatements.size >= 200) builtStatements.clear();
    built = {
      cypher: overlapsOn(underTopic ? "MATCH (t:Topic)-[:BROADER*0..8]->(:Topic {id: $topic})" : "MATCH (t:Topic)", p),
      row: overlapsRow(p),
    };
    builtStatements.set(key, built);
  }
  return built;
}
const builtStatements = new Map<string, { cypher: string; row: ReturnType<typeof overlapsRow> }>();

/** (Exported for its snapshot test.) */
export const overlapsCypher = (underTopic: boolean, projections: OverlapsProjections = WHOLE_OVERLAPS) => overlapsStatement(underTopic, projections).cypher;

/** One row: how many topics overlap, and the first $first of them (each pair as its two bodies' ids, every body of a pair among the sides). */
function overlapsRow(p: OverlapsProjections) {
  const organization = projectedRow(OrganizationRow, p.organization);
  return z.object({
    total: z.number(),
    overlaps: z.array(z.object({
      topic: projectedRow(TopicRow, p.topic),
      pairs: z.array(z.object({ a: z.string(), b: z.string(), within: OrganizationRow.nullable() })),
      sides: z.array(z.object({ organization, deliverables: z.array(projectedRow(DeliverableRow, p.deliverable)) })),
      competing: z.number(),
    })),
  });
}

type OverlapStatementRow = z.infer<ReturnType<typeof overlapsRow>>["overlaps"][number];
type Side = OverlapStatementRow["sides"][number];

export interface OverlapRow {
  topic: z.infer<typeof TopicRow>;
  pairs: Array<{ a: z.infer<typeof OrganizationRow>; b: z.infer<typeof OrganizationRow>; within: z.infer<typeof OrganizationRow> | null }>;
  sides: Side[];
  competing: number;
}

/** The pairs' bodies, from the sides that hold each once. */
function withPairBodies(row: OverlapStatementRow): OverlapRow {
  const bodies = new Map(row.sides.map((side) => [side.organization.id, side.organization]));
  const body = (id: string) => {
    const found = bodies.get(id);
    if (!found) throw new RowShapeError(`overlap ${row.topic.id}: pair body ${id} is not among its sides`);
    return found;
  };
  return { ...row, pairs: row.pairs.map(({ a, b, within }) => ({ a: body(a), b: body(b), within })) };
}

export async function findOverlaps(
  db: Queries,
  q: { topic?: string; minBodies: number; maxBodies: number; asOf: string; first: number; withinOrganization: boolean },
  projections: OverlapsProjections = WHOLE_OVERLAPS,
): Promise<{ total: number; overlaps: OverlapRow[] }> {
  const { cypher, row: OverlapsRow } = overlapsStatement(q.topic !== undefined, projections);
  const rows = await db.read(cypher, {
    topic: q.topic ?? null,
    minBodies: neo4j.int(q.minBodies),
    maxBodies: neo4j.int(q.maxBodies),
    asOf: toNeo4jDate(q.asOf),
    first: neo4j.int(q.first),
    withinOrganization: q.withinOrganization,
  });
  const [row] = parseRows(OverlapsRow, rows);
  return row ? { total: row.total, overlaps: row.overlaps.map(withPairBodies) } : { total: 0, overlaps: [] };
}

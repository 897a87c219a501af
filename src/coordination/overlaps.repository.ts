import neo4j from "neo4j-driver";
import { z } from "zod";
import { BuiltOnce } from "../db/built-once.js";
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
 * What a pair needs is read once, not once per pair: each compared body's parent groups (any
 * depth), and for each of those groups once, however many compared bodies are under it (a
 * committee's sub-committees all are), whether it tops its chain and which of the groups a
 * standing liaison links it with (the liaison's other end). Two bodies are in liaison when a
 * group above one (or itself) is linked with a group above the other (or itself): one liaison
 * with an end reaching each through two different ends. A pair is then tested on short lists of
 * nodes, not on every liaison end of both sides. A body's deliverables on the topic are counted
 * where its work is (`developed`), and `competing` adds up those counts.
 *
 * Topics are ranked on counts; only the page's topics are then projected, each body once (a
 * pair is its two bodies' places among the compared): the answer leaves the database a fraction of the size. The page's
 * topics, bodies and deliverables are read with the properties the selection needs
 * (`OverlapsProjections`, from overlaps.look-ahead.ts; null: whole).
 */
const overlapsOn = (topics: string, p: OverlapsProjections) => /* cypher */ `
${topics}
CALL (t) {
  MATCH (o:Organization)-[:WORKS_ON]->(t) RETURN o, 0 AS developed
  UNION ALL
  MATCH (o:Organization)<-[:DEVELOPED_BY]-(:Deliverable)-[:ADDRESSES]->(t) RETURN o, 1 AS developed
}
WITH t, o, count(*) AS work, sum(developed) AS developed
WHERE ${existsOnAsOf("o")}
WITH t, o, developed ORDER BY work DESC, o.id
WITH t, collect(o)[0..$maxBodies] AS bodies, collect(developed)[0..$maxBodies] AS developed
WHERE size(bodies) >= $minBodies
WITH collect({topic: t, bodies: bodies, developed: developed}) AS compared
CALL (compared) {
  UNWIND compared AS c
  UNWIND c.bodies AS o
  WITH DISTINCT o
  // Its PART_OF chains walked once: the body and every group above it.
  WITH collect({o: o, up: [(o)-[:PART_OF*0..8]->(p:Organization) | p]}) AS bodies
  WITH bodies, COLLECT { UNWIND bodies AS b UNWIND b.up AS g RETURN DISTINCT g } AS groups
  CALL (groups) {
    UNWIND groups AS g
    RETURN collect({
      g: g,
      top: NOT EXISTS { (g)-[:PART_OF]->(:Organization) },
      // The groups a standing liaison on g has at its other end (one pattern: two different relationships).
      partners: COLLECT {
        MATCH (g)<-[:FROM|TO]-(l:Liaison)-[:FROM|TO]->(q)
        WHERE q IN groups AND ${standsOnAsOf("l")}
        RETURN DISTINCT q }
    }) AS grouped
  }
  UNWIND bodies AS b
  WITH b, [g IN b.up | [x IN grouped WHERE x.g = g][0]] AS up
  RETURN collect({
    o: b.o,
    up: b.up,
    // The organizations it belongs to: the tops of its PART_OF chains (itself when it has none).
    roots: [x IN up WHERE x.top | x.g],
    // The groups it is in liaison with, through itself or a group above it.
    linked: reduce(acc = [], x IN up | acc + x.partners)
  }) AS reach
}
UNWIND compared AS c
CALL (c, reach) {
  WITH [o IN c.bodies | [r IN reach WHERE r.o = o][0]] AS reached
  UNWIND range(0, size(reached) - 2) AS i
  UNWIND range(i + 1, size(reached) - 1) AS j
  WITH i, j, reached[i] AS ra, reached[j] AS rb
  WITH i, j, ra, rb, [r IN ra.roots WHERE r IN rb.roots][0] AS within
  WHERE NOT rb.o IN ra.up
    AND NOT ra.o IN rb.up
    AND NONE(q IN ra.linked WHERE q IN rb.up)
    // Two groups of one organization are a matter for that organization, not duplication between
    // organizations: left out unless asked for, and then marked with the organization.
    AND ($withinOrganization OR within IS NULL)
  RETURN collect({i: i, j: j, within: within}) AS pairs
}
WITH c, pairs, reduce(acc = [], p IN pairs | acc + [k IN [p.i, p.j] WHERE NOT k IN acc]) AS involved
WHERE size(involved) >= $minBodies
WITH c.topic AS t, c.bodies AS bodies, pairs, involved, reduce(n = 0, k IN involved | n + c.developed[k]) AS competing
ORDER BY size(pairs) DESC, competing DESC, t.name
WITH collect({topic: t, bodies: bodies, pairs: pairs, involved: involved, competing: competing}) AS overlaps
RETURN size(overlaps) AS total, [x IN overlaps[0..$first] | [t IN [x.topic] | {
    topic: ${mapProjection("t", TopicRow, p.topic)},
    pairs: [p IN x.pairs | {a: x.bodies[p.i].id, b: x.bodies[p.j].id, within: properties(p.within)}],
    sides: [o IN [k IN x.involved | x.bodies[k]] | {
      organization: ${mapProjection("o", OrganizationRow, p.organization)},
      deliverables: [(o)<-[:DEVELOPED_BY]-(d:Deliverable)-[:ADDRESSES]->(t) | ${mapProjection("d", DeliverableRow, p.deliverable)}]}],
    competing: x.competing}][0]] AS overlaps,
  $topic IS NULL OR EXISTS { MATCH (:Topic {id: $topic}) } AS topicFound`;

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
  return builtStatements.get(JSON.stringify({ underTopic, ...p }), () => ({
    cypher: overlapsOn(underTopic ? "MATCH (t:Topic)-[:BROADER*0..8]->(:Topic {id: $topic})" : "MATCH (t:Topic)", p),
    row: overlapsRow(p),
  }));
}
const builtStatements = new BuiltOnce<{ cypher: string; row: ReturnType<typeof overlapsRow> }>(200);

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
    /** False when $topic is no topic's id (the caller then resolves it as a name and asks again). */
    topicFound: z.boolean(),
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
): Promise<{ total: number; overlaps: OverlapRow[]; topicFound: boolean }> {
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
  if (!row) throw new Error("the overlaps statement returned no row");
  return { total: row.total, overlaps: row.overlaps.map(withPairBodies), topicFound: row.topicFound };
}

import { z } from "zod";
import { batchStatement } from "../db/batch.js";
import type { Queries } from "../db/database.js";
import { toNeo4jDate } from "../db/dates.js";
import { DeliverableRow, LiaisonRow, OrganizationRow, TopicRow } from "../db/node-rows.js";
import { parseRows } from "../db/rows.js";
import neo4j from "neo4j-driver";
import { LabelledRow, PATH_NODE_NAMES, RawRelRow, relMap } from "./hop-rows.js";
import { existsOnAsOf, sentByAsOf, standsOnAsOf } from "./predicates.js";

/**
 * Who works on topic $topic or a narrower one: directly (WORKS_ON), through a deliverable
 * (DEVELOPED_BY + ADDRESSES), or through a sub-group (PART_OF) doing either. One row per body,
 * ranked: active bodies first, then by their own work, then their sub-groups' work. Each piece
 * of evidence carries its path, in walking order from the body to the topic asked about.
 * With $gapsOnly, only bodies with no standing liaison to $us (a liaison statement is a message) (directly or via a body they are part of),
 * not us, not part of us, not a body we are part of, and, when $us is a coordination body (a JCA),
 * not in its own sector: candidates for a new liaison. The others come back in `excluded`, each
 * with the rule that excluded it.
 */
const WHO_WORKS_ON = /* cypher */ `
MATCH (root:Topic {id: $topic})
OPTIONAL MATCH (us:Organization {id: $us})
// A coordination body (a JCA) coordinates its own sector from inside: the sector's groups take
// part in it by its terms of reference, so they are not liaison gaps.
OPTIONAL CALL (us) {
  MATCH (us)-[:PART_OF*1..8]->(sector:Organization {kind: 'SECTOR'})
  WHERE us.kind = 'JOINT_COORDINATION_ACTIVITY'
  RETURN sector LIMIT 1
}
// For gaps: the bodies we have a liaison with, found once from us (we have few), not per body.
WITH root, us, sector, CASE WHEN $gapsOnly THEN COLLECT {
    MATCH (us)<-[:FROM|TO]-(l:Liaison)-[:FROM|TO]->(end:Organization)
    WHERE end <> us AND ${standsOnAsOf("l")}
    RETURN DISTINCT end } ELSE [] END AS linked
MATCH tp = (t:Topic)-[:BROADER*0..8]->(root)
CALL (t) {
  MATCH (worker:Organization)-[w:WORKS_ON]->(t)
  RETURN worker, 'DIRECT' AS through, null AS deliverable, [w] AS work
  UNION
  MATCH (worker:Organization)<-[dev:DEVELOPED_BY]-(deliverable:Deliverable)-[a:ADDRESSES]->(t)
  RETURN worker, 'DELIVERABLE' AS through, deliverable, [dev, a] AS work
}
CALL (worker) {
  RETURN worker AS body, [] AS up
  UNION
  MATCH p = (worker)-[:PART_OF*1..8]->(body:Organization)
  WHERE $withSubGroups
  RETURN body, reverse(relationships(p)) AS up
}
WITH us, sector, linked, body, worker, deliverable, t,
     CASE WHEN size(up) = 0 THEN through ELSE 'SUB_GROUP' END AS through,
     up + work + relationships(tp) AS rels
WHERE ($through IS NULL OR through IN $through)
  AND ($includeInactive OR ${existsOnAsOf("body")})
WITH body, worker, deliverable, t, through, rels,
     CASE WHEN NOT $gapsOnly THEN null
       WHEN body = us THEN 'US'
       WHEN EXISTS { (body)-[:PART_OF*1..8]->(us) } THEN 'OUR_SUB_GROUP'
       WHEN EXISTS { (us)-[:PART_OF*1..8]->(body) } THEN 'OUR_PARENT'
       WHEN EXISTS { MATCH (body)-[:PART_OF*0..8]->(end:Organization) WHERE end IN linked } THEN 'HAS_LIAISON'
       WHEN sector IS NOT NULL AND EXISTS { (body)-[:PART_OF*1..8]->(sector) } THEN 'OUR_SECTOR'
     END AS exclusion
ORDER BY CASE through WHEN 'DIRECT' THEN 0 WHEN 'DELIVERABLE' THEN 1 ELSE 2 END, size(rels), t.id, deliverable.id
WITH body, exclusion,
     collect({through: through, worker: worker {.*}, deliverable: deliverable {.*}, topic: t {.*}, rels: rels}) AS evidence
WITH body, exclusion, evidence, ${existsOnAsOf("body")} AS active,
     size([e IN evidence WHERE e.through <> 'SUB_GROUP']) AS ownWork,
     size([e IN evidence WHERE e.through = 'SUB_GROUP']) AS subGroupWork
// Active first; among them, bodies doing the work before a parent credited only through its sub-groups.
ORDER BY active DESC, ownWork > 0 DESC, ownWork DESC, subGroupWork DESC, body.name
WITH collect(CASE WHEN exclusion IS NULL THEN {body: body, evidence: evidence, active: active, ownWork: ownWork, subGroupWork: subGroupWork} END) AS ranked,
     collect(CASE WHEN exclusion IS NOT NULL THEN {organization: body {.*}, rule: exclusion} END) AS excluded
RETURN size(ranked) AS total, excluded,
       [row IN ranked[0..$first] | {
         organization: properties(row.body), active: row.active, ownWork: row.ownWork, subGroupWork: row.subGroupWork,
         evidence: [e IN row.evidence[0..$evidenceLimit] | e {.through, .worker, .deliverable, .topic, rels: [r IN e.rels | ${relMap("r")}]}]
       }] AS organizations`;

const Evidence = z.object({
  through: z.enum(["DIRECT", "DELIVERABLE", "SUB_GROUP"]),
  worker: OrganizationRow,
  deliverable: DeliverableRow.nullable(),
  topic: TopicRow,
  rels: z.array(RawRelRow),
});
const Activity = z.object({ organization: OrganizationRow, active: z.boolean(), ownWork: z.number(), subGroupWork: z.number(), evidence: z.array(Evidence) });
const Excluded = z.object({ organization: OrganizationRow, rule: z.enum(["US", "OUR_SUB_GROUP", "OUR_PARENT", "HAS_LIAISON", "OUR_SECTOR"]) });
/** One row: how many bodies qualify, the first $first of them, and the bodies a rule excluded. */
const WhoWorksOnRow = z.object({ total: z.number(), excluded: z.array(Excluded), organizations: z.array(Activity) });

export type ActivityRow = z.infer<typeof Activity>;

export interface ActivityQuery {
  topic: string;
  us: string;
  asOf: string;
  through?: string[];
  withSubGroups: boolean;
  includeInactive: boolean;
  gapsOnly: boolean;
  first: number;
  evidenceLimit: number;
}

export type ExcludedRow = z.infer<typeof Excluded>;

export async function topicActivity(db: Queries, q: ActivityQuery): Promise<{ total: number; rows: ActivityRow[]; excluded: ExcludedRow[] }> {
  const rows = await db.read(WHO_WORKS_ON, {
    topic: q.topic,
    us: q.us,
    asOf: toNeo4jDate(q.asOf),
    through: q.through ?? null,
    withSubGroups: q.withSubGroups,
    includeInactive: q.includeInactive,
    gapsOnly: q.gapsOnly,
    first: neo4j.int(q.first),
    evidenceLimit: neo4j.int(q.evidenceLimit),
  });
  const [row] = parseRows(WhoWorksOnRow, rows);
  return { total: row?.total ?? 0, rows: row?.organizations ?? [], excluded: row?.excluded ?? [] };
}

/**
 * The liaisons that reach body `of`: those it is an end of (DIRECT), those of a body it is part
 * of (VIA_PARENT) and those of its sub-groups (VIA_SUB_GROUP); with $partner, only those whose
 * other end is that body. Standing liaisons holding on $asOf, `current`; liaison statements (dated
 * messages, never current) only when $kinds asks for them, those sent by $asOf; every one with
 * $includeEnded. `lineage` is the PART_OF walk from `of` to the liaison's end.
 */
const LINKS = /* cypher */ `
CALL (of) {
  MATCH up = (of)-[:PART_OF*0..8]->(end:Organization)
  RETURN end, CASE length(up) WHEN 0 THEN 'DIRECT' ELSE 'VIA_PARENT' END AS inheritance, relationships(up) AS lineage
  UNION
  MATCH down = (of)<-[:PART_OF*1..8]-(end:Organization)
  RETURN end, 'VIA_SUB_GROUP' AS inheritance, relationships(down) AS lineage
}
MATCH (end)<-[endRel:FROM|TO]-(l:Liaison)-[:FROM|TO]->(partner:Organization)
WHERE ($partner IS NULL OR partner.id = $partner) AND partner <> end
  AND ($kinds IS NULL OR l.kind IN $kinds)
  AND ($inheritance IS NULL OR inheritance IN $inheritance)
  AND ($includeEnded OR ${standsOnAsOf("l")} OR ($kinds IS NOT NULL AND 'LIAISON_STATEMENT' IN $kinds AND ${sentByAsOf("l")}))
WITH of, l, end, partner, inheritance, lineage, type(endRel) = 'FROM' AS endIsFrom, ${standsOnAsOf("l")} AS current
ORDER BY CASE inheritance WHEN 'DIRECT' THEN 0 WHEN 'VIA_PARENT' THEN 1 ELSE 2 END, l.sinceDate, l.id`;

const LINK_MAP = /* cypher */ `{
  liaison: l {.*}, inheritance: inheritance, endIsFrom: endIsFrom, current: current,
  end: end {${PATH_NODE_NAMES}, _label: 'Organization'}, partner: partner {${PATH_NODE_NAMES}, _label: 'Organization'},
  lineage: [r IN lineage | ${relMap("r")}]}`;

const LIAISONS_OF = /* cypher */ `
MATCH (of:Organization {id: $of})
${LINKS}
WITH collect(${LINK_MAP}) AS links
RETURN size(links) AS total, links[0..$first] AS links`;

/**
 * Per body (batched): its relation to $us and its liaisons with $us. Our standing liaisons and
 * the parent groups of their other ends are found once (a body has few liaisons), then each body
 * keeps only those whose end is the body, a parent group of it, or one of its sub-groups (by
 * comparing parent-group lists), and walks a PART_OF path only for those. Expanding paths for
 * every body and every liaison end cost 14,811 database hits for 50 bodies and FG-MV's
 * 40 collaborations.
 */
const STATUS = /* cypher */ `
MATCH (us:Organization {id: $partner})
WITH us, [(us)-[:PART_OF*1..8]->(a:Organization) | a] AS usUp, COLLECT {
    MATCH (us)<-[usRel:FROM|TO]-(l:Liaison)-[:FROM|TO]->(end:Organization)
    WHERE end <> us AND ${standsOnAsOf("l")}
    RETURN {liaison: l, end: end, endIsFrom: type(usRel) = 'TO', endUp: [(end)-[:PART_OF*1..8]->(a:Organization) | a]} } AS ours
UNWIND $ids AS id
MATCH (of:Organization {id: id})
WITH id, of, us, usUp, ours, [(of)-[:PART_OF*0..8]->(a:Organization) | a] AS ofUp
CALL (of, us, ours, ofUp) {
  UNWIND ours AS our
  WITH of, us, ofUp, our WHERE our.end IN ofUp OR of IN our.endUp
  WITH of, us, ofUp, our.liaison AS l, our.end AS end, our.endIsFrom AS endIsFrom
  CALL (of, end, ofUp) {
    WITH of, end, ofUp WHERE end IN ofUp
    MATCH up = (of)-[:PART_OF*0..8]->(end)
    RETURN CASE length(up) WHEN 0 THEN 'DIRECT' ELSE 'VIA_PARENT' END AS inheritance, relationships(up) AS lineage
    UNION
    // Walked up from the sub-group (one parent per step), not down through all of ours.
    WITH of, end, ofUp WHERE NOT end IN ofUp
    MATCH down = (end)-[:PART_OF*1..8]->(of)
    RETURN 'VIA_SUB_GROUP' AS inheritance, reverse(relationships(down)) AS lineage
  }
  WITH l, end, us AS partner, inheritance, lineage, endIsFrom, true AS current
  ORDER BY CASE inheritance WHEN 'DIRECT' THEN 0 WHEN 'VIA_PARENT' THEN 1 ELSE 2 END, l.sinceDate, l.id
  RETURN collect(${LINK_MAP})[0..50] AS links
}
RETURN id, {
  relationToUs: CASE
    WHEN of = us THEN 'SELF'
    WHEN us IN ofUp THEN 'SUB_GROUP_OF_US'
    WHEN of IN usUp THEN 'PARENT_OF_US'
  END,
  links: links} AS value`;

const LinkRow = z.object({
  liaison: LiaisonRow,
  inheritance: z.enum(["DIRECT", "VIA_PARENT", "VIA_SUB_GROUP"]),
  endIsFrom: z.boolean(),
  current: z.boolean(),
  end: LabelledRow,
  partner: LabelledRow,
  lineage: z.array(RawRelRow),
});
export type LinkRow = z.infer<typeof LinkRow>;

/** One row: how many liaisons reach the body, and the first $first of them. */
const LiaisonsOfRow = z.object({ total: z.number(), links: z.array(LinkRow) });

export interface LinkQuery {
  asOf: string;
  kinds?: string[];
  inheritance?: string[];
  includeEnded: boolean;
}

export async function liaisonsOf(db: Queries, of: string, q: LinkQuery & { partner?: string; first: number }): Promise<{ total: number; links: LinkRow[] }> {
  const rows = await db.read(LIAISONS_OF, {
    of,
    partner: q.partner ?? null,
    asOf: toNeo4jDate(q.asOf),
    kinds: q.kinds ?? null,
    inheritance: q.inheritance ?? null,
    includeEnded: q.includeEnded,
    first: neo4j.int(q.first),
  });
  const [row] = parseRows(LiaisonsOfRow, rows);
  return row ?? { total: 0, links: [] };
}

const StatusRow = z.object({ relationToUs: z.enum(["SELF", "SUB_GROUP_OF_US", "PARENT_OF_US"]).nullable(), links: z.array(LinkRow) });
export type StatusRow = z.infer<typeof StatusRow>;

/**
 * A body's liaison status with `$partner` (us) on `$asOf` (current liaisons only), batched per
 * request: the loader keys carry us and the date (src/loaders.ts).
 */
export const liaisonStatusStatement = batchStatement<StatusRow>(STATUS, StatusRow, { relationToUs: null, links: [] });

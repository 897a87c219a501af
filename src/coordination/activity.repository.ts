import { z } from "zod";
import { BuiltOnce } from "../db/built-once.js";
import { batchStatement } from "../db/batch.js";
import type { Queries } from "../db/database.js";
import { toNeo4jDate } from "../db/dates.js";
import { DeliverableRow, DocumentRow, LiaisonRow, OrganizationRow, TopicRow } from "../db/node-rows.js";
import { canonical, mapProjection, projectedRow, type Projection, type PropertyOf } from "../db/projection.js";
import type { ValueOf } from "../db/related.js";
import { parseRows } from "../db/rows.js";
import neo4j from "neo4j-driver";
import { organizationRelations, rolesRelation, type OrganizationProperty, type PersonProperty } from "../organization/organization.repository.js";
import { LabelledRow, NodeTableRow, PATH_NODE_NAMES, RawRelRow, readTables, RelTableRow, relMap, relTable, nodeTable, tableKey, type RawRel, type Tables } from "./hop-rows.js";
import { existsOnAsOf, sentByAsOf, standsOnAsOf } from "./predicates.js";

/**
 * The liaisons that reach body `of`: those it is an end of (DIRECT), those of a body it is part
 * of (VIA_PARENT) and those of its sub-groups (VIA_SUB_GROUP), never with `of` itself at the
 * other end; with $partner, only those whose other end is that body, a body it is part of or one
 * of its sub-groups (symmetric: of and $partner swapped give the same liaisons). Standing liaisons holding on $asOf, `current`; liaison statements (dated
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
// A body is never its own partner (a link inherited from a parent may have it at the other end).
WHERE partner <> end AND partner <> of
  // $partner's side is read as $of's is: the body, the bodies it is part of, its sub-groups; so
  // of and with give the same links whichever way round they are asked.
  AND ($partner IS NULL OR partner.id = $partner
    OR EXISTS { MATCH (:Organization {id: $partner})-[:PART_OF*1..8]->(partner) }
    OR EXISTS { MATCH (partner)-[:PART_OF*1..8]->(:Organization {id: $partner}) })
  AND ($kinds IS NULL OR l.kind IN $kinds)
  AND ($inheritance IS NULL OR inheritance IN $inheritance)
  AND ($includeEnded OR ${standsOnAsOf("l")} OR ($kinds IS NOT NULL AND 'LIAISON_STATEMENT' IN $kinds AND ${sentByAsOf("l")}))
WITH of, l, end, partner, inheritance, lineage, type(endRel) = 'FROM' AS endIsFrom, ${standsOnAsOf("l")} AS current
ORDER BY CASE inheritance WHEN 'DIRECT' THEN 0 WHEN 'VIA_PARENT' THEN 1 ELSE 2 END, l.sinceDate, l.id`;

/** A link as LinkRow reads it, with `extra` entries (a look-ahead's) after its own. */
const linkMap = (extra: readonly string[] = []) => /* cypher */ `{
  liaison: l {.*}, inheritance: inheritance, endIsFrom: endIsFrom, current: current,
  end: end {${PATH_NODE_NAMES}, _label: 'Organization'}, partner: partner {${PATH_NODE_NAMES}, _label: 'Organization'},
  lineage: [r IN lineage | ${relMap("r")}]${extra.map((entry) => `,\n  ${entry}`).join("")}}`;
const LINK_MAP = linkMap();

/**
 * What the liaisons answer's selection asks of each link besides the link itself, read in the
 * same statement (look-ahead, see liaisons.look-ahead.ts): the partner's and the end's
 * properties (a slim projection, db/projection.ts; null: the whole body; absent: not asked for,
 * the field loads it), and whether the liaison's sources' documents (read whole: a document
 * row has no declared properties to project, and whole rows may prime the document loader).
 */
export interface LiaisonsLookAhead {
  partner?: Projection<OrganizationProperty>;
  end?: Projection<OrganizationProperty>;
  sourceDocuments: boolean;
}

/** The documents a liaison's sources cite (a source is `document#locator`), each once. */
const SOURCE_DOCUMENTS = /* cypher */ `COLLECT {
    UNWIND coalesce(l.sources, []) AS ref
    WITH DISTINCT split(ref, '#')[0] AS key
    MATCH (d:Document {id: key})
    RETURN d {.*} }`;

/**
 * The liaisons of body $of (LINKS): how many, and the first $first of them, each with what the
 * look-ahead asks for. A body that does not exist on $asOf (closed, or not yet established) has
 * none, not even inherited ones, unless $includeEnded. Only the page is projected: its paths, and its bodies and documents.
 * With them, the body $of and the body $partner as asked (by readable id), whole: null when a ref
 * is not one, and the caller resolves it by name and asks again. A request whose refs are ids
 * (the usual case) is thus one statement, read alone (db/read-shapes.ts), not the liaisons and
 * the lookup of its body side by side in a transaction.
 */
function liaisonsOfStatement({ partner, end, sourceDocuments }: LiaisonsLookAhead): string {
  const extra = [
    ...(partner === undefined ? [] : [`partnerBody: ${mapProjection("partner", OrganizationRow, partner)}`]),
    ...(end === undefined ? [] : [`endBody: ${mapProjection("end", OrganizationRow, end)}`]),
    ...(sourceDocuments ? [`documents: ${SOURCE_DOCUMENTS}`] : []),
  ];
  return /* cypher */ `
OPTIONAL MATCH (asked:Organization {id: $of})
OPTIONAL MATCH (withAsked:Organization {id: $partner})
CALL (asked) {
  WITH asked AS of
  WHERE of IS NOT NULL AND ($includeEnded OR ${existsOnAsOf("of")})
  ${LINKS.trim().replaceAll("\n", "\n  ")}
  WITH collect({l: l, end: end, partner: partner, inheritance: inheritance, lineage: lineage, endIsFrom: endIsFrom, current: current}) AS found
  CALL (found) {
    UNWIND range(0, size(found[0..$first]) - 1) AS i
    WITH i, found[i].l AS l, found[i].end AS end, found[i].partner AS partner, found[i].inheritance AS inheritance,
         found[i].lineage AS lineage, found[i].endIsFrom AS endIsFrom, found[i].current AS current
    ORDER BY i
    RETURN collect(${linkMap(extra)}) AS links
  }
  RETURN size(found) AS total, links
}
RETURN total, links, asked {.*} AS of, withAsked {.*} AS withBody`;
}

/**
 * The statement and its row schema by look-ahead, each built once (at most 256 kept: projections
 * are few in practice). A zod schema built per request would also be compiled per request: its
 * first parse generates its parser, about a millisecond of the server's CPU each time.
 */
const liaisonsOfStatements = new BuiltOnce<{ cypher: string; row: ReturnType<typeof liaisonsOfRow> }>(256);
function liaisonsStatementFor(lookAhead: LiaisonsLookAhead): { cypher: string; row: ReturnType<typeof liaisonsOfRow> } {
  const key = JSON.stringify([lookAhead.partner === undefined ? "-" : canonical(lookAhead.partner), lookAhead.end === undefined ? "-" : canonical(lookAhead.end), lookAhead.sourceDocuments]);
  return liaisonsOfStatements.get(key, () => ({ cypher: liaisonsOfStatement(lookAhead), row: liaisonsOfRow(lookAhead) }));
}

/**
 * Our standing liaisons on $asOf, with the parent groups of their other ends, and the bodies we
 * are part of: found once per statement from `us` (a body has few liaisons), for
 * `liaisonStatusOf` to read for each body.
 */
const OUR_LIAISONS = /* cypher */ `[(us)-[:PART_OF*1..8]->(a:Organization) | a] AS usUp, COLLECT {
    MATCH (us)<-[usRel:FROM|TO]-(l:Liaison)-[:FROM|TO]->(end:Organization)
    WHERE end <> us AND ${standsOnAsOf("l")}
    RETURN {liaison: l, end: end, endIsFrom: type(usRel) = 'TO', endUp: [(end)-[:PART_OF*1..8]->(a:Organization) | a]} } AS ours`;

/**
 * The links of a body's status as references (`LinkRefRow`): the liaison and the two ends by
 * element id, the lineage by relationships' element ids; with the relationships and nodes they
 * refer to (`rels`, `nodes`) for the statement to send once in its tables (hop-rows.ts). Bodies
 * under one parent share its liaisons, their ends and the PART_OF steps up to it.
 */
const COMPACT_LINKS = /* cypher */ `WITH collect({l: l, end: end, partner: partner, lineage: lineage, ref: {
      liaison: ${tableKey("l")}, inheritance: inheritance, endIsFrom: endIsFrom, current: current,
      end: ${tableKey("end")}, partner: ${tableKey("partner")}, lineage: [r IN lineage | ${tableKey("r")}]}})[0..50] AS kept
    RETURN [k IN kept | k.ref] AS links, reduce(rs = [], k IN kept | rs + k.lineage) AS rels, reduce(ns = [], k IN kept | ns + [k.l, k.end, k.partner]) AS nodes`;

/**
 * Body `of`'s (a variable of our own statement) relation to us and its liaisons with us, as
 * `status`: of our liaisons (`OUR_LIAISONS`), it keeps only those whose end is the body, a
 * parent group of it, or one of its sub-groups (by comparing parent-group lists), and walks a
 * PART_OF path only for those. Expanding paths for every body and every liaison end cost 14,811
 * database hits for 50 bodies and FG-MV's 40 collaborations. The status loader's batch statement
 * and whoWorksOn's look-ahead both read it, so the two cannot drift.
 */
const liaisonStatusOf = (of: string, compact = false) => /* cypher */ `
CALL (${of}, us, usUp, ours) {
  WITH ${of} AS of, us, usUp, ours, [(${of})-[:PART_OF*0..8]->(a:Organization) | a] AS ofUp
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
    ${compact ? COMPACT_LINKS : `RETURN collect(${LINK_MAP})[0..50] AS links`}
  }
  RETURN {
    relationToUs: CASE
      WHEN of = us THEN 'SELF'
      WHEN us IN ofUp THEN 'SUB_GROUP_OF_US'
      WHEN of IN usUp THEN 'PARENT_OF_US'
    END,
    links: links${compact ? ", rels: rels, nodes: nodes" : ""}} AS status
}`;

/** Per body (batched): its liaison status with $partner (us) on $asOf. */
const STATUS = /* cypher */ `
MATCH (us:Organization {id: $partner})
WITH us, ${OUR_LIAISONS}
UNWIND $ids AS id
MATCH (of:Organization {id: id})${liaisonStatusOf("of")}
RETURN id, status AS value`;

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

/** A link of the liaisons answer, with what the look-ahead read: the partner and end bodies, the sources' documents. */
const LiaisonsLinkRow = LinkRow.extend({ partnerBody: OrganizationRow.optional(), endBody: OrganizationRow.optional(), documents: z.array(DocumentRow).optional() });
export type LiaisonsLinkRow = z.infer<typeof LiaisonsLinkRow>;

/** One row: how many liaisons reach the body, the first $first of them, and the bodies $of and $partner name (null: none by that id). */
const LiaisonsOfRow = z.object({ total: z.number(), links: z.array(LiaisonsLinkRow), of: OrganizationRow.nullable(), withBody: OrganizationRow.nullable() });

/** The row schema for a look-ahead: the bodies as projected (`projectedRow`). */
const liaisonsOfRow = ({ partner, end }: LiaisonsLookAhead) =>
  LiaisonsOfRow.extend({
    links: z.array(LiaisonsLinkRow.extend({
      partnerBody: projectedRow(OrganizationRow, partner ?? null).optional(),
      endBody: projectedRow(OrganizationRow, end ?? null).optional(),
    })),
  });

export interface LinkQuery {
  asOf: string;
  kinds?: string[];
  inheritance?: string[];
  includeEnded: boolean;
}

/** The liaisons answer, and the bodies `of` and `partner` name as ids (null where one names none). */
export interface LiaisonsResult {
  total: number;
  links: LiaisonsLinkRow[];
  of: OrganizationRow | null;
  partner: OrganizationRow | null;
}

export async function liaisonsOf(
  db: Queries, of: string, q: LinkQuery & { partner?: string; first: number; lookAhead: LiaisonsLookAhead },
): Promise<LiaisonsResult> {
  const statement = liaisonsStatementFor(q.lookAhead);
  const rows = await db.read(statement.cypher, {
    of,
    partner: q.partner ?? null,
    asOf: toNeo4jDate(q.asOf),
    kinds: q.kinds ?? null,
    inheritance: q.inheritance ?? null,
    includeEnded: q.includeEnded,
    first: neo4j.int(q.first),
  });
  const [row] = parseRows(statement.row, rows);
  if (!row) throw new Error("the liaisons statement returned no row");
  return { total: row.total, links: row.links, of: row.of, partner: row.withBody };
}

const StatusRow = z.object({ relationToUs: z.enum(["SELF", "SUB_GROUP_OF_US", "PARENT_OF_US"]).nullable(), links: z.array(LinkRow) });
export type StatusRow = z.infer<typeof StatusRow>;

/**
 * A body's liaison status with `$partner` (us) on `$asOf` (current liaisons only), batched per
 * request: the loader keys carry us and the date (src/loaders.ts).
 */
export const liaisonStatusStatement = batchStatement<StatusRow>(STATUS, StatusRow, { relationToUs: null, links: [] });

/**
 * Who works on topic $topic or a narrower one: directly (WORKS_ON), through a deliverable
 * (DEVELOPED_BY + ADDRESSES), or through a sub-group (PART_OF) doing either. One row per body,
 * ranked: active bodies first, then by their own work, then their sub-groups' work. Each piece
 * of evidence carries its path, in walking order from the body to the topic asked about. A body
 * is active when a piece of its evidence is live (every body on its path exists on $asOf); without
 * $includeInactive only live evidence counts, so a parent whose only evidence is a closed
 * sub-group's work is left out, as the sub-group is.
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
// The topic and every narrower one; with $includeRelated, also the topics related to it (RELATED,
// either way) and theirs, when not already under it. The topic path is part of the evidence.
CALL (root) {
  MATCH tp = (t:Topic)-[:BROADER*0..8]->(root)
  RETURN t, relationships(tp) AS topicRels
  UNION
  MATCH tp = (t:Topic)-[:BROADER*0..8]->(:Topic)-[:RELATED]-(root)
  WHERE $includeRelated AND NOT EXISTS { (t)-[:BROADER*0..8]->(root) }
  RETURN t, relationships(tp) AS topicRels
}
CALL (t) {
  MATCH (worker:Organization)-[w:WORKS_ON]->(t)
  RETURN worker, 'DIRECT' AS through, null AS deliverable, [w] AS work
  UNION
  MATCH (worker:Organization)<-[dev:DEVELOPED_BY]-(deliverable:Deliverable)-[a:ADDRESSES]->(t)
  RETURN worker, 'DELIVERABLE' AS through, deliverable, [dev, a] AS work
}
// Evidence is live when every body on its path exists on $asOf: a parent credited through a
// closed sub-group is no more active than that sub-group.
CALL (worker) {
  RETURN worker AS body, [] AS up, ${existsOnAsOf("worker")} AS live
  UNION
  MATCH p = (worker)-[:PART_OF*1..8]->(body:Organization)
  WHERE $withSubGroups
  RETURN body, reverse(relationships(p)) AS up, all(x IN nodes(p) WHERE ${existsOnAsOf("x")}) AS live
}
WITH us, sector, linked, body, worker, deliverable, t, live,
     CASE WHEN size(up) = 0 THEN through ELSE 'SUB_GROUP' END AS through,
     up + work + topicRels AS rels
WHERE ($through IS NULL OR through IN $through)
  AND ($includeInactive OR live)
WITH body, worker, deliverable, t, through, rels, live,
     CASE WHEN NOT $gapsOnly THEN null
       WHEN body = us THEN 'US'
       WHEN EXISTS { (body)-[:PART_OF*1..8]->(us) } THEN 'OUR_SUB_GROUP'
       WHEN EXISTS { (us)-[:PART_OF*1..8]->(body) } THEN 'OUR_PARENT'
       WHEN EXISTS { MATCH (body)-[:PART_OF*0..8]->(end:Organization) WHERE end IN linked } THEN 'HAS_LIAISON'
       WHEN sector IS NOT NULL AND EXISTS { (body)-[:PART_OF*1..8]->(sector) } THEN 'OUR_SECTOR'
     END AS exclusion
ORDER BY CASE through WHEN 'DIRECT' THEN 0 WHEN 'DELIVERABLE' THEN 1 ELSE 2 END, size(rels), t.id, deliverable.id
// The nodes themselves: only the page's evidence is projected, at the end.
WITH body, exclusion, collect({through: through, worker: worker, deliverable: deliverable, topic: t, rels: rels, live: live}) AS evidence
WITH body, exclusion, evidence, any(e IN evidence WHERE e.live) AS active,
     size([e IN evidence WHERE e.through <> 'SUB_GROUP']) AS ownWork,
     size([e IN evidence WHERE e.through = 'SUB_GROUP']) AS subGroupWork
// Active first; among them, bodies doing the work before a parent credited only through its sub-groups.
ORDER BY active DESC, ownWork > 0 DESC, ownWork DESC, subGroupWork DESC, body.name
WITH collect(CASE WHEN exclusion IS NULL THEN {body: body, evidence: evidence, active: active, ownWork: ownWork, subGroupWork: subGroupWork} END) AS ranked,
     // The bodies left out, whole, only when the selection asks for them ($listExcluded): liaisonGaps'
     // usual selection does not, and on the landscape graph they were two thirds of its row.
     collect(CASE WHEN $listExcluded AND exclusion IS NOT NULL THEN {organization: body {.*}, rule: exclusion} END) AS excluded
// The topic and us as asked (by readable id): null when a ref is not one, and the caller resolves it by name.
OPTIONAL MATCH (topic:Topic {id: $topic})
OPTIONAL MATCH (us:Organization {id: $us})`;

/**
 * What the selection asks of each listed body besides its work, read in the same statement
 * (look-ahead, see activity.look-ahead.ts): its people (its roles, every one, as the
 * `organization.roles` loader reads them) and its liaison status with us on $asOf (as the
 * `coordination.status` loader reads it); whether more of the body than its key and name; and
 * of its evidence, whether the worker, topic and deliverable are asked for (with their
 * properties) or only their ids are needed. A selection pays only for what it asks.
 */
export interface ActivityLookAhead {
  /** Whether the answer's `excluded` is asked for (liaisonGaps' bodies left out, each read whole); absent: asked. */
  excluded?: boolean;
  /** More of each body than its key and name (the name in force on asOf: `name` and `formerNames`). */
  organizationWhole: boolean;
  people: boolean;
  /** Of each role's person (with `people`), the properties to read (a slim projection; null: whole, as the roles loader reads them). */
  person?: Projection<PersonProperty>;
  liaisonStatus: boolean;
  /** Of each piece of evidence, the properties to read of its worker, topic and deliverable (a slim projection; null: whole; absent: the id alone). */
  evidence: { worker?: Projection<PropertyOf<typeof OrganizationRow>>; topic?: Projection<PropertyOf<typeof TopicRow>>; deliverable?: Projection<PropertyOf<typeof DeliverableRow>> };
}

/** A node of the evidence (`e.worker`…): the properties asked for, else its id alone (null stays null). */
const evidenceNode = (x: string, row: z.ZodObject, projection: Projection | undefined) =>
  `[x IN [${x}] WHERE x IS NOT NULL | ${mapProjection("x", row, projection ?? ["id"])}][0]`;

/**
 * whoWorksOn's statement for a look-ahead: the ranking above, then the page of bodies, each
 * with what the look-ahead asks for, and the topic and us as asked.
 */
function whoWorksOnStatement({ organizationWhole, people, person = null, liaisonStatus, evidence }: ActivityLookAhead): string {
  return /* cypher */ `${WHO_WORKS_ON}
${liaisonStatus ? `WITH ranked, excluded, topic, us, ${OUR_LIAISONS}` : ""}
CALL (ranked, us${liaisonStatus ? ", usUp, ours" : ""}) {
  UNWIND range(0, size(ranked[0..$first]) - 1) AS i
  WITH i, ranked[i] AS row, ranked[i].body AS n${liaisonStatus ? liaisonStatusOf("n", true) : ""}
  ORDER BY i
  WITH collect({${people ? `
    roles: ${rolesRelation(person).expression},` : ""}${liaisonStatus ? `
    status: status {.relationToUs, .links},` : ""}
    organization: ${organizationWhole ? "properties(n)" : "n {.id, .name, .formerNames}"}, active: row.active, ownWork: row.ownWork, subGroupWork: row.subGroupWork,
    evidence: [e IN row.evidence[0..$evidenceLimit] | {
      through: e.through, rels: [r IN e.rels | ${tableKey("r")}],
      worker: ${evidenceNode("e.worker", OrganizationRow, evidence.worker)}, topic: ${evidenceNode("e.topic", TopicRow, evidence.topic)},
      deliverable: ${evidenceNode("e.deliverable", DeliverableRow, evidence.deliverable)}}]
  }) AS organizations, collect(row.evidence[0..$evidenceLimit]) AS pages${liaisonStatus ? ", collect(status.rels) AS statusRels, collect(status.nodes) AS statusNodes" : ""}
  // The page's evidence${liaisonStatus ? " and links share" : " shares"} relationships and nodes (a sub-group's PART_OF, the topic
  // tree's BROADER${liaisonStatus ? ", a parent's liaisons" : ""}): each is sent once.
  WITH organizations${liaisonStatus ? ", statusNodes" : ""}, COLLECT {
      UNWIND pages AS page UNWIND page AS e UNWIND e.rels AS r ${liaisonStatus ? `RETURN r
      UNION
      UNWIND statusRels AS rs UNWIND rs AS r RETURN r` : "WITH DISTINCT r RETURN r"} } AS rels
  RETURN organizations, ${relTable("rels")} AS rels, ${nodeTable("rels", liaisonStatus ? "statusNodes" : undefined)} AS nodes
}
RETURN size(ranked) AS total, excluded, organizations, rels, nodes, topic {.*} AS topic, us {.*} AS us`;
}

/**
 * The statements by look-ahead, each written once with the row schema of its people (at most
 * 256 kept: selections are few in practice; a zod schema built per request would be compiled per
 * request too).
 */
const whoWorksOnStatements = new BuiltOnce<{ cypher: string; roles: ReturnType<typeof rolesRelation>["value"] }>(256);
const builtFor = (lookAhead: ActivityLookAhead) =>
  whoWorksOnStatements.get(JSON.stringify(lookAhead), () => ({ cypher: whoWorksOnStatement(lookAhead), roles: rolesRelation(lookAhead.person ?? null).value }));
export const statementFor = (lookAhead: ActivityLookAhead) => builtFor(lookAhead).cypher;

/** A piece of evidence as the statement returns it: its path's relationships by element id (the row's `rels`). */
const EvidenceRow = z.object({
  through: z.enum(["DIRECT", "DELIVERABLE", "SUB_GROUP"]),
  worker: OrganizationRow,
  deliverable: DeliverableRow.nullable(),
  topic: TopicRow,
  rels: z.array(z.string()),
});
/** A piece of evidence with its path's relationships, in walking order. */
type Evidence = Omit<z.infer<typeof EvidenceRow>, "rels"> & { rels: RawRel[] };
/** A body's roles and status as the look-ahead read them: checked one by one (`lookedAhead`). */
const Activity = z.object({
  organization: OrganizationRow, active: z.boolean(), ownWork: z.number(), subGroupWork: z.number(), evidence: z.array(EvidenceRow),
  roles: z.unknown().optional(), status: z.unknown().optional(),
});
const Excluded = z.object({ organization: OrganizationRow, rule: z.enum(["US", "OUR_SUB_GROUP", "OUR_PARENT", "HAS_LIAISON", "OUR_SECTOR"]) });
/**
 * One row: how many bodies qualify, the first $first of them, the bodies a rule excluded, and
 * the topic and us named by the statement's ids (null when one names none).
 */
const WhoWorksOnRow = z.object({
  total: z.number(), excluded: z.array(Excluded), organizations: z.array(Activity), rels: z.array(RelTableRow), nodes: z.array(NodeTableRow),
  topic: TopicRow.nullable(), us: OrganizationRow.nullable(),
});

type RolesValue = ValueOf<typeof organizationRelations.roles>;

/**
 * A body of the answer, with what the look-ahead read of it: its roles (every one, the
 * `organization.roles` loader's value) and its liaison status (the `coordination.status`
 * loader's value). One the look-ahead did not read, or read in another shape, is left out: the
 * field then loads it itself and reports any error at its own path.
 */
export type ActivityRow = Omit<z.infer<typeof Activity>, "roles" | "status" | "evidence"> & {
  evidence: Evidence[];
  /** Its roles as read: each person whole when the look-ahead's `person` is null (the roles loader's value), else only the properties it names. */
  roles?: RolesValue;
  status?: StatusRow;
};

export interface ActivityQuery {
  /** The topic's and us's readable ids (or refs of that form: the answer then says whether they name one). */
  topic: string;
  us: string;
  asOf: string;
  through?: string[];
  withSubGroups: boolean;
  includeInactive: boolean;
  /** Also the topics related to the topic (RELATED), and their narrower ones. */
  includeRelated: boolean;
  gapsOnly: boolean;
  first: number;
  evidenceLimit: number;
  lookAhead: ActivityLookAhead;
}

export type ExcludedRow = z.infer<typeof Excluded>;

export interface ActivityResult {
  total: number;
  rows: ActivityRow[];
  excluded: ExcludedRow[];
  /** The topic and us the ids name, or null: the caller resolves a ref that is not an id, and asks again. */
  topic: TopicRow | null;
  us: OrganizationRow | null;
}

export async function topicActivity(db: Queries, q: ActivityQuery): Promise<ActivityResult> {
  const statement = builtFor(q.lookAhead);
  const rows = await db.read(statement.cypher, {
    topic: q.topic,
    us: q.us,
    asOf: toNeo4jDate(q.asOf),
    through: q.through ?? null,
    withSubGroups: q.withSubGroups,
    includeInactive: q.includeInactive,
    includeRelated: q.includeRelated,
    gapsOnly: q.gapsOnly,
    listExcluded: q.lookAhead.excluded ?? true,
    first: neo4j.int(q.first),
    evidenceLimit: neo4j.int(q.evidenceLimit),
  });
  const [row] = parseRows(WhoWorksOnRow, rows);
  if (!row) return { total: 0, rows: [], excluded: [], topic: null, us: null };
  const tables = readTables(row.rels, row.nodes);
  return {
    total: row.total, excluded: row.excluded, topic: row.topic, us: row.us,
    rows: row.organizations.map((activity) => lookedAhead(activity, q.lookAhead, tables, statement.roles)),
  };
}

/** A link of the whoWorksOn statement's statuses, by reference to its tables (`COMPACT_LINKS`). */
const LinkRefRow = LinkRow.extend({ liaison: z.string(), end: z.string(), partner: z.string(), lineage: z.array(z.string()) });
const StatusRefRow = StatusRow.extend({ links: z.array(LinkRefRow) });

function statusFrom(status: unknown, tables: Tables): StatusRow | undefined {
  const parsed = StatusRefRow.safeParse(status);
  if (!parsed.success) return undefined;
  const links = parsed.data.links.map((link) => {
    const { _label: _, ...liaison } = tables.node(link.liaison);
    return { ...link, liaison: LiaisonRow.parse(liaison), end: tables.node(link.end), partner: tables.node(link.partner), lineage: link.lineage.map(tables.rel) };
  });
  return { relationToUs: parsed.data.relationToUs, links };
}

function lookedAhead(
  { roles, status, evidence, ...activity }: z.infer<typeof Activity>, lookAhead: ActivityLookAhead, tables: Tables, rolesRow: ReturnType<typeof rolesRelation>["value"],
): ActivityRow {
  const row: ActivityRow = { ...activity, evidence: evidence.map((e) => ({ ...e, rels: e.rels.map(tables.rel) })) };
  if (lookAhead.people) {
    const parsed = rolesRow.safeParse(roles);
    if (parsed.success) row.roles = parsed.data;
  }
  if (lookAhead.liaisonStatus) {
    const read = statusFrom(status, tables);
    if (read) row.status = read;
  }
  return row;
}

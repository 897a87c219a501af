import neo4j from "neo4j-driver";
import { z } from "zod";
import type { Queries } from "../db/database.js";
import { toNeo4jDate } from "../db/dates.js";
import { DeliverableRow, EventRow, OrganizationRow, TopicRow } from "../db/node-rows.js";
import { parseRows } from "../db/rows.js";
import { eventOfOrganizations } from "./predicates.js";

/** Deliverable `d` matches the topic and organization filters (sub-topics and sub-groups included). */
const DELIVERABLE_MATCHES = /* cypher */ `
  ($statuses IS NULL OR d.status IN $statuses)
  AND ($topics IS NULL OR EXISTS { MATCH (d)-[:ADDRESSES]->(:Topic)-[:BROADER*0..8]->(t:Topic) WHERE t.id IN $topics })
  AND ($organizations IS NULL OR EXISTS { MATCH (d)-[:DEVELOPED_BY]->(:Organization)-[:PART_OF*0..8]->(o:Organization) WHERE o.id IN $organizations })
  AND ($text IS NULL OR toLower(d.code) CONTAINS $text OR toLower(coalesce(d.title, '')) CONTAINS $text
    OR any(alias IN coalesce(d.aliases, []) WHERE toLower(alias) CONTAINS $text))`;

/** Event `e` matches the filters: its topics, or the bodies it is a meeting of, organized, hosted or joined. */
const EVENT_MATCHES = (e: string) => /* cypher */ `
  ($text IS NULL OR toLower(${e}.name) CONTAINS $text)
  AND ($topics IS NULL OR EXISTS { MATCH (${e})-[:ABOUT]->(:Topic)-[:BROADER*0..8]->(t:Topic) WHERE t.id IN $topics })
  AND ${eventOfOrganizations(e)}`;

/** A period [first, last] overlapping the window (a partial date is a range: 2025 = the whole year). */
const IN_WINDOW = (first: string, last: string) => `(${first} IS NULL OR (($from IS NULL OR ${last} >= $from) AND ($to IS NULL OR ${first} <= $to)))`;

/**
 * Where the search for items starts: from the named bodies (and their sub-groups) when given,
 * else from the named topics (and narrower ones), else every item. Anchoring keeps the cost to
 * the items of those bodies or topics however large the graph; the full filters still apply.
 * The fragments are ours, chosen by which filters are given, never built from input.
 */
type Anchor = "organizations" | "topics" | "all";

const DELIVERABLES_FROM: Record<Anchor, string> = {
  organizations: `
  MATCH (o:Organization)<-[:PART_OF*0..8]-(:Organization)<-[:DEVELOPED_BY]-(d:Deliverable)
  WHERE o.id IN $organizations
  WITH DISTINCT d`,
  topics: `
  MATCH (t:Topic)<-[:BROADER*0..8]-(:Topic)<-[:ADDRESSES]-(d:Deliverable)
  WHERE t.id IN $topics
  WITH DISTINCT d`,
  all: `
  MATCH (d:Deliverable)`,
};

const EVENTS_FROM: Record<Anchor, string> = {
  organizations: `
  MATCH (o:Organization)<-[:PART_OF*0..8]-(b:Organization)
  WHERE o.id IN $organizations
  WITH DISTINCT b
  CALL (b) {
    MATCH (b)<-[:MEETING_OF|ORGANIZED_BY|HOSTED_BY]-(e:Event) RETURN e
    UNION
    MATCH (b)-[:PARTICIPATED_IN]->(e:Event) RETURN e
  }
  WITH DISTINCT e`,
  topics: `
  MATCH (t:Topic)<-[:BROADER*0..8]-(:Topic)<-[:ABOUT]-(e:Event)
  WHERE t.id IN $topics
  WITH DISTINCT e`,
  all: `
  MATCH (e:Event)`,
};

/** Events collocated with a matching event (only with an organization or topic filter: without one, every event matches). */
const COLLOCATED = (anchor: Anchor) => /* cypher */ `
  UNION
  ${EVENTS_FROM[anchor]}
  MATCH (e)-[:COLLOCATED_WITH]-(c:Event)
  WHERE $includeEvents AND ${EVENT_MATCHES("e")} AND NOT (${EVENT_MATCHES("c")})
    AND ($from IS NULL OR coalesce(c.endLastDate, c.endDate) >= $from) AND ($to IS NULL OR c.startDate <= $to)
  WITH c, collect(e)[0] AS via
  RETURN 'EVENT' AS kind, c AS node, c.startDate AS date, 'START' AS dateKind, coalesce(c.endLastDate, c.endDate) AS endDate, via`;

/**
 * The roadmap: deliverables (dated by their latest milestone: published, approved, consented,
 * else target) and events (by their dates) in the window, plus events collocated with a matching
 * event. Undated deliverables only with $includeUndated. Dated items first, in date order.
 */
const roadmapStatement = (anchor: Anchor) => /* cypher */ `
CALL () {
  ${DELIVERABLES_FROM[anchor]}
  WITH d WHERE $includeDeliverables AND ${DELIVERABLE_MATCHES}
  WITH d, CASE
      WHEN d.publishedDate IS NOT NULL THEN ['PUBLISHED', d.publishedDate, coalesce(d.publishedLastDate, d.publishedDate)]
      WHEN d.approvedDate IS NOT NULL THEN ['APPROVED', d.approvedDate, coalesce(d.approvedLastDate, d.approvedDate)]
      WHEN d.consentedDate IS NOT NULL THEN ['CONSENTED', d.consentedDate, coalesce(d.consentedLastDate, d.consentedDate)]
      WHEN d.targetDate IS NOT NULL THEN ['TARGET', d.targetDate, coalesce(d.targetLastDate, d.targetDate)]
      WHEN d.draftDate IS NOT NULL THEN ['DRAFT', d.draftDate, coalesce(d.draftLastDate, d.draftDate)]
    END AS milestone
  WITH d, milestone[0] AS dateKind, milestone[1] AS date, milestone[2] AS lastDate
  WHERE ${IN_WINDOW("date", "lastDate")} AND (date IS NOT NULL OR $includeUndated)
  RETURN 'DELIVERABLE' AS kind, d AS node, date, dateKind, null AS endDate, null AS via
  UNION
  ${EVENTS_FROM[anchor]}
  WITH e WHERE $includeEvents AND ${EVENT_MATCHES("e")}
    AND ($from IS NULL OR coalesce(e.endLastDate, e.endDate) >= $from) AND ($to IS NULL OR e.startDate <= $to)
  RETURN 'EVENT' AS kind, e AS node, e.startDate AS date, 'START' AS dateKind, coalesce(e.endLastDate, e.endDate) AS endDate, null AS via
${anchor === "all" ? "" : COLLOCATED(anchor)}
}
WITH kind, node, date, dateKind, endDate, via
WHERE $ids IS NULL OR node.id IN $ids
ORDER BY date IS NULL, date, kind, coalesce(node.code, node.name)
WITH collect({kind: kind, node: node, date: date, dateKind: dateKind, endDate: endDate, via: via}) AS matched
CALL (matched) {
  UNWIND matched[0..$first] AS item
  WITH item, item.node AS node, item.via AS via
  RETURN collect({
    kind: item.kind, node: node {.*}, date: item.date, dateKind: item.dateKind, endDate: item.endDate, via: via {.*},
    topics: [(node)-[:ADDRESSES|ABOUT]->(t:Topic) | t {.*}],
    organizations: [(node)-[:DEVELOPED_BY|MEETING_OF|ORGANIZED_BY]->(o:Organization) | o {.*}]
  }) AS items
}
CALL (matched) {
  UNWIND CASE WHEN $outline THEN matched ELSE [] END AS item
  WITH item, item.node AS node
  RETURN collect({
    kind: item.kind, id: node.id, code: coalesce(node.code, node.name), status: node.status, date: item.date, dateKind: item.dateKind,
    given: CASE item.dateKind WHEN 'PUBLISHED' THEN node.published WHEN 'APPROVED' THEN node.approved WHEN 'CONSENTED' THEN node.consented WHEN 'TARGET' THEN node.target WHEN 'DRAFT' THEN node.draft ELSE node.start END,
    bodies: CASE item.kind WHEN 'EVENT' THEN [(node)-[:MEETING_OF|ORGANIZED_BY]->(o:Organization) | coalesce(o.acronym, o.name)] ELSE [] END
  }) AS outline
}
RETURN size(matched) AS total, items, outline,
  [ref IN coalesce($organizations, []) WHERE ref IS NOT NULL AND NOT EXISTS { MATCH (:Organization {id: ref}) }]
    + [ref IN coalesce($topics, []) WHERE ref IS NOT NULL AND NOT EXISTS { MATCH (:Topic {id: ref}) }] AS unknownRefs`;

const placed = {
  date: z.string().nullable(),
  dateKind: z.enum(["PUBLISHED", "APPROVED", "CONSENTED", "TARGET", "DRAFT", "START"]).nullable(),
  endDate: z.string().nullable(),
  via: EventRow.nullable(),
  topics: z.array(TopicRow),
  organizations: z.array(OrganizationRow),
};
const RoadmapRow = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("DELIVERABLE"), node: DeliverableRow, ...placed }),
  z.object({ kind: z.literal("EVENT"), node: EventRow, ...placed }),
]);
export type RoadmapRow = z.infer<typeof RoadmapRow>;

/**
 * Every matching item in a few words (with $outline): enough to group items into series and
 * count them, without reading the items themselves.
 */
const OutlineRow = z.object({
  kind: z.enum(["DELIVERABLE", "EVENT"]),
  id: z.string(),
  code: z.string(),
  status: z.string().nullable(),
  date: z.string().nullable(),
  dateKind: z.enum(["PUBLISHED", "APPROVED", "CONSENTED", "TARGET", "DRAFT", "START"]).nullable(),
  given: z.string().nullable(),
  bodies: z.array(z.string()),
});
export type OutlineRow = z.infer<typeof OutlineRow>;

/**
 * One row: how many items match, the first $first of them, the outline of all of them (empty
 * without $outline), and the refs in $organizations and $topics that are no body's or topic's id.
 */
const RoadmapItemsRow = z.object({ total: z.number(), items: z.array(RoadmapRow), outline: z.array(OutlineRow), unknownRefs: z.array(z.string()) });

export interface RoadmapQuery {
  topics?: string[];
  organizations?: string[];
  statuses?: string[];
  from?: string;
  to?: string;
  includeDeliverables: boolean;
  includeEvents: boolean;
  includeUndated: boolean;
  /** Words in the code, title or former references of a deliverable, or an event's name (any case). */
  text?: string;
  /** Only these items (of those the other filters match): a page of series, found from the outline. */
  ids?: string[];
  /** Also the outline of every matching item (see OutlineRow). */
  outline?: boolean;
  first: number;
}

export interface RoadmapAnswer {
  total: number;
  items: RoadmapRow[];
  outline: OutlineRow[];
  /**
   * The refs given as `organizations` and `topics` that name no body or topic by its id (a null
   * ref, what an empty one resolves to, is none): the answer is for those ids only when this is
   * empty (a caller that passed refs as they were written resolves them, and asks again,
   * otherwise).
   */
  unknownRefs: string[];
}

export async function roadmapItems(db: Queries, q: RoadmapQuery): Promise<RoadmapAnswer> {
  const anchor: Anchor = q.organizations ? "organizations" : q.topics ? "topics" : "all";
  const rows = await db.read(roadmapStatement(anchor), {
    topics: q.topics ?? null,
    organizations: q.organizations ?? null,
    statuses: q.statuses ?? null,
    from: toNeo4jDate(q.from),
    to: toNeo4jDate(q.to),
    includeDeliverables: q.includeDeliverables,
    includeEvents: q.includeEvents,
    includeUndated: q.includeUndated,
    text: q.text ? q.text.toLowerCase() : null,
    ids: q.ids ?? null,
    outline: q.outline ?? false,
    first: neo4j.int(q.first),
  });
  const [row] = parseRows(RoadmapItemsRow, rows);
  if (!row) throw new Error("the roadmap statement returned no row");
  return row;
}

import { z } from "zod";
import { batchStatement } from "../db/batch.js";
import type { Queries } from "../db/database.js";
import { toNeo4jDate } from "../db/dates.js";
import {
  DeliverableRow, DocumentRow, EdgeRow, EventRow, LiaisonRow, linked, OrganizationRow, pageRow, PersonRow, RoleEdgeRow, StatisticRow, TopicRow,
} from "../db/node-rows.js";
import { PAGE_TAIL, windowParams, type Page, type Window } from "../db/paging.js";
import { parseRows } from "../db/rows.js";

const BY_ID = /* cypher */ `
UNWIND $ids AS id
MATCH (n:Organization {id: id})
RETURN id, n {.*} AS value`;

/**
 * The listing's statement for the filters given: only their conditions, so a kind filter seeks
 * the kind index instead of scanning every body, and a plain ORDER BY on one property (chosen
 * from our own list, never from input) instead of a computed one. Values stay parameters.
 */
const orderKeys: Record<string, string> = {
  ACRONYM: "coalesce(n.acronym, n.name)", KIND: "n.kind, n.name", ESTABLISHED: "n.establishedDate", NAME: "n.name",
};
function listStatement(filter: OrganizationFilter, order: { by: string; desc: boolean }): string {
  const conditions = [
    filter.kinds ? "n.kind IN $kinds" : "",
    filter.status ? "n.status = $status" : "",
    filter.text ? `(toLower(n.name) CONTAINS toLower($text) OR toLower(coalesce(n.acronym, '')) CONTAINS toLower($text)
       OR any(a IN n.aliases WHERE toLower(a) CONTAINS toLower($text)))` : "",
    filter.within ? "EXISTS { MATCH (n)-[:PART_OF*0..8]->(:Organization {id: $within}) }" : "",
    filter.topic ? `(EXISTS {
        MATCH (n)<-[:PART_OF*0..8]-(:Organization)-[:WORKS_ON]->(:Topic)-[:BROADER*0..8]->(:Topic {id: $topic}) }
      OR EXISTS {
        MATCH (n)<-[:PART_OF*0..8]-(:Organization)<-[:DEVELOPED_BY]-(:Deliverable)-[:ADDRESSES]->(:Topic)-[:BROADER*0..8]->(:Topic {id: $topic}) })` : "",
    filter.establishedFrom ? "n.establishedDate >= $establishedFrom" : "",
    filter.establishedTo ? "n.establishedDate <= $establishedTo" : "",
  ].filter(Boolean);
  const direction = order.desc ? "DESC" : "ASC";
  const keys = (orderKeys[order.by] ?? orderKeys.NAME!).split(", ").map((key) => `${key} ${direction}`).join(", ");
  return /* cypher */ `
MATCH (n:Organization)
${conditions.length ? `WHERE ${conditions.join("\n  AND ")}` : ""}
WITH n ORDER BY ${keys}, n.id
${PAGE_TAIL}`;
}

const PARENT = /* cypher */ `
UNWIND $ids AS id
MATCH (:Organization {id: id})-[:PART_OF]->(p:Organization)
RETURN id, p {.*} AS value`;

const SUBGROUPS = /* cypher */ `
UNWIND $ids AS id
MATCH (:Organization {id: id})<-[:PART_OF]-(c:Organization)
WITH id, c ORDER BY c.name
RETURN id, collect(c {.*}) AS value`;

const DESCENDANTS = /* cypher */ `
UNWIND $ids AS id
MATCH (:Organization {id: id})<-[:PART_OF*1..8]-(c:Organization)
WITH DISTINCT id, c ORDER BY c.name
RETURN id, collect(c {.*}) AS value`;

const ANCESTORS = /* cypher */ `
UNWIND $ids AS id
MATCH path = (:Organization {id: id})-[:PART_OF*1..8]->(a:Organization)
WITH id, a ORDER BY length(path)
RETURN id, collect(a {.*}) AS value`;

const REPORTS_TO = /* cypher */ `
UNWIND $ids AS id
MATCH (:Organization {id: id})-[:REPORTS_TO]->(p:Organization)
RETURN id, p {.*} AS value`;

const REPORTING_GROUPS = /* cypher */ `
UNWIND $ids AS id
MATCH (:Organization {id: id})<-[:REPORTS_TO]-(c:Organization)
WITH id, c ORDER BY c.name
RETURN id, collect(c {.*}) AS value`;

const ROLES = /* cypher */ `
UNWIND $ids AS id
MATCH (:Organization {id: id})<-[r:HOLDS_ROLE]-(p:Person)
WITH id, r, p ORDER BY r.role, p.name
RETURN id, collect({node: p {.*}, edge: r {.*}}) AS value`;

const AFFILIATED = /* cypher */ `
UNWIND $ids AS id
MATCH (:Organization {id: id})<-[r:AFFILIATED_WITH]-(p:Person)
WITH id, r, p ORDER BY p.name
RETURN id, collect({node: p {.*}, edge: r {.*}}) AS value`;

const TOPICS = /* cypher */ `
UNWIND $ids AS id
MATCH (:Organization {id: id})-[r:WORKS_ON]->(t:Topic)
WITH id, r, t ORDER BY t.name
RETURN id, collect({node: t {.*}, edge: r {.*}}) AS value`;

const DELIVERABLES = /* cypher */ `
UNWIND $ids AS id
MATCH (:Organization {id: id})<-[:DEVELOPED_BY]-(d:Deliverable)
WITH id, d ORDER BY d.code
RETURN id, collect(d {.*}) AS value`;

const DELIVERABLES_WITH_SUBGROUPS = /* cypher */ `
UNWIND $ids AS id
MATCH (:Organization {id: id})<-[:PART_OF*0..8]-(:Organization)<-[:DEVELOPED_BY]-(d:Deliverable)
WITH DISTINCT id, d ORDER BY d.code
RETURN id, collect(d {.*}) AS value`;

const LIAISONS = /* cypher */ `
UNWIND $ids AS id
MATCH (:Organization {id: id})<-[end:FROM|TO]-(l:Liaison)
WITH id, l, CASE type(end) WHEN 'FROM' THEN 'OUTGOING' ELSE 'INCOMING' END AS direction
ORDER BY l.sinceDate, l.id
RETURN id, collect({node: l {.*}, edge: {direction: direction}}) AS value`;

const OPERATES_UNDER = /* cypher */ `
UNWIND $ids AS id
MATCH (:Organization {id: id})-[r:OPERATES_UNDER]->(d:Deliverable)
WITH id, r, d ORDER BY d.code
RETURN id, collect({node: d {.*}, edge: r {.*}}) AS value`;

const ESTABLISHED_BY = /* cypher */ `
UNWIND $ids AS id
MATCH (:Organization {id: id})-[r:ESTABLISHED_BY]->(d:Deliverable)
WITH id, r, d ORDER BY d.code
RETURN id, collect({node: d {.*}, edge: r {.*}}) AS value`;

const MEETINGS = /* cypher */ `
UNWIND $ids AS id
MATCH (:Organization {id: id})<-[:MEETING_OF]-(e:Event)
WITH id, e ORDER BY e.startDate
RETURN id, collect(e {.*}) AS value`;

const EVENTS = /* cypher */ `
UNWIND $ids AS id
MATCH (o:Organization {id: id})
CALL (o) {
  MATCH (o)<-[r:ORGANIZED_BY|HOSTED_BY]-(e:Event) RETURN e, CASE type(r) WHEN 'ORGANIZED_BY' THEN 'ORGANIZER' ELSE 'HOST' END AS part
  UNION
  MATCH (o)-[:PARTICIPATED_IN]->(e:Event) RETURN e, 'PARTICIPANT' AS part
}
WITH id, e, part ORDER BY e.startDate
RETURN id, collect({node: e {.*}, edge: {part: part}}) AS value`;

const ISSUED = /* cypher */ `
UNWIND $ids AS id
MATCH (:Organization {id: id})<-[:ISSUED_BY]-(d:Document)
WITH id, d ORDER BY d.dateDate
RETURN id, collect(d {.*}) AS value`;

const STATISTICS = /* cypher */ `
UNWIND $ids AS id
MATCH (:Organization {id: id})<-[:DESCRIBES]-(s:Statistic)
WITH id, s ORDER BY s.measure
RETURN id, collect(s {.*}) AS value`;

export interface OrganizationFilter {
  kinds?: string[];
  status?: string;
  text?: string;
  within?: string;
  topic?: string;
  establishedFrom?: string;
  establishedTo?: string;
}

export async function listOrganizations(db: Queries, filter: OrganizationFilter, order: { by: string; desc: boolean }, window: Window): Promise<Page<OrganizationRow>> {
  const rows = await db.read(listStatement(filter, order), {
    kinds: filter.kinds ?? null,
    status: filter.status ?? null,
    text: filter.text ?? null,
    within: filter.within ?? null,
    topic: filter.topic ?? null,
    establishedFrom: toNeo4jDate(filter.establishedFrom),
    establishedTo: toNeo4jDate(filter.establishedTo),
    ...windowParams(window),
  });
  return parseRows(pageRow(OrganizationRow), rows)[0]!;
}

const one = <T extends z.ZodType>(cypher: string, row: T) => batchStatement<z.infer<T> | null>(cypher, row.nullable(), null);
const many = <T extends z.ZodType>(cypher: string, row: T) => batchStatement<Array<z.infer<T>>>(cypher, z.array(row), []);

/** The batch statements of an organization's relationships (the request's loaders run them: src/loaders.ts). */
export const organizationStatements = {
  byId: one(BY_ID, OrganizationRow),
  parent: one(PARENT, OrganizationRow),
  subGroups: many(SUBGROUPS, OrganizationRow),
  descendants: many(DESCENDANTS, OrganizationRow),
  ancestors: many(ANCESTORS, OrganizationRow),
  reportsTo: one(REPORTS_TO, OrganizationRow),
  reportingGroups: many(REPORTING_GROUPS, OrganizationRow),
  roles: many(ROLES, linked(PersonRow, RoleEdgeRow)),
  affiliated: many(AFFILIATED, linked(PersonRow, EdgeRow)),
  topics: many(TOPICS, linked(TopicRow, EdgeRow)),
  deliverables: many(DELIVERABLES, DeliverableRow),
  deliverablesWithSubGroups: many(DELIVERABLES_WITH_SUBGROUPS, DeliverableRow),
  liaisons: many(LIAISONS, linked(LiaisonRow, z.object({ direction: z.enum(["OUTGOING", "INCOMING"]) }))),
  operatesUnder: many(OPERATES_UNDER, linked(DeliverableRow, EdgeRow)),
  establishedBy: many(ESTABLISHED_BY, linked(DeliverableRow, EdgeRow)),
  meetings: many(MEETINGS, EventRow),
  events: many(EVENTS, linked(EventRow, z.object({ part: z.string() }))),
  issued: many(ISSUED, DocumentRow),
  statistics: many(STATISTICS, StatisticRow),
};

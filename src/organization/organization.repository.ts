import { z } from "zod";
import { batchStatement, type BatchStatement } from "../db/batch.js";
import type { Queries } from "../db/database.js";
import { toNeo4jDate } from "../db/dates.js";
import {
  DeliverableRow, DocumentRow, EdgeRow, EventRow, LiaisonRow, linked, OrganizationRow, pageRow, PersonRow, RoleEdgeRow, StatisticRow, TopicRow,
  type NestedPage,
} from "../db/node-rows.js";
import { nestedWindowParam, NO_WINDOW, pageTail, windowParams, type Page, type Window } from "../db/paging.js";
import { keptRelated, lookAheadProjection, pagedRelated, related, relatedStatement, relatedStatements, type LookedAhead } from "../db/related.js";
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
function listStatement(filter: OrganizationFilter, order: { by: string; desc: boolean }, item: string): string {
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
${pageTail(item)}`;
}

const asOrganizations = (expression: string) => related(expression, z.array(OrganizationRow), []);
const asOrganization = (expression: string) => related(expression, OrganizationRow.nullable(), null);
const asLinked = <N extends z.ZodType, E extends z.ZodType>(expression: string, node: N, edge: E) => related(expression, z.array(linked(node, edge)), []);

/**
 * An organization `n`'s relationships, each one Cypher expression (src/db/related.ts): the
 * request's loaders read them by id, and `organizations` and `organization(ref)` read those
 * their selection asks for in their own statement.
 */
export const organizationRelations = {
  parent: asOrganization(/* cypher */ `[(n)-[:PART_OF]->(p:Organization) | p {.*}][0]`),
  subGroups: asOrganizations(/* cypher */ `COLLECT { MATCH (n)<-[:PART_OF]-(c:Organization) RETURN c {.*} ORDER BY c.name }`),
  descendants: asOrganizations(/* cypher */ `COLLECT { MATCH (n)<-[:PART_OF*1..8]-(c:Organization) WITH DISTINCT c RETURN c {.*} ORDER BY c.name }`),
  ancestors: asOrganizations(/* cypher */ `COLLECT { MATCH path = (n)-[:PART_OF*1..8]->(a:Organization) RETURN a {.*} ORDER BY length(path) }`),
  reportsTo: asOrganization(/* cypher */ `[(n)-[:REPORTS_TO]->(p:Organization) | p {.*}][0]`),
  reportingGroups: asOrganizations(/* cypher */ `COLLECT { MATCH (n)<-[:REPORTS_TO]-(c:Organization) RETURN c {.*} ORDER BY c.name }`),
  roles: asLinked(/* cypher */ `COLLECT {
    MATCH (n)<-[r:HOLDS_ROLE]-(p:Person)
    RETURN {node: p {.*}, edge: r {.*}} ORDER BY r.role, p.name }`, PersonRow, RoleEdgeRow),
  affiliated: asLinked(/* cypher */ `COLLECT {
    MATCH (n)<-[r:AFFILIATED_WITH]-(p:Person)
    RETURN {node: p {.*}, edge: r {.*}} ORDER BY p.name }`, PersonRow, EdgeRow),
  topics: asLinked(/* cypher */ `COLLECT {
    MATCH (n)-[r:WORKS_ON]->(t:Topic)
    RETURN {node: t {.*}, edge: r {.*}} ORDER BY t.name }`, TopicRow, EdgeRow),
  liaisons: asLinked(/* cypher */ `COLLECT {
    MATCH (n)<-[end:FROM|TO]-(l:Liaison)
    RETURN {node: l {.*}, edge: {direction: CASE type(end) WHEN 'FROM' THEN 'OUTGOING' ELSE 'INCOMING' END}} ORDER BY l.sinceDate, l.id }`,
    LiaisonRow, z.object({ direction: z.enum(["OUTGOING", "INCOMING"]) })),
  operatesUnder: asLinked(/* cypher */ `COLLECT {
    MATCH (n)-[r:OPERATES_UNDER]->(d:Deliverable)
    RETURN {node: d {.*}, edge: r {.*}} ORDER BY d.code }`, DeliverableRow, EdgeRow),
  establishedBy: asLinked(/* cypher */ `COLLECT {
    MATCH (n)-[r:ESTABLISHED_BY]->(d:Deliverable)
    RETURN {node: d {.*}, edge: r {.*}} ORDER BY d.code }`, DeliverableRow, EdgeRow),
  meetings: related(/* cypher */ `COLLECT { MATCH (n)<-[:MEETING_OF]-(e:Event) RETURN e {.*} ORDER BY e.startDate }`, z.array(EventRow), []),
  events: asLinked(/* cypher */ `COLLECT {
    CALL (n) {
      MATCH (n)<-[r:ORGANIZED_BY|HOSTED_BY]-(e:Event) RETURN e, CASE type(r) WHEN 'ORGANIZED_BY' THEN 'ORGANIZER' ELSE 'HOST' END AS part
      UNION
      MATCH (n)-[:PARTICIPATED_IN]->(e:Event) RETURN e, 'PARTICIPANT' AS part
    }
    RETURN {node: e {.*}, edge: {part: part}} ORDER BY e.startDate }`, EventRow, z.object({ part: z.string() })),
  issued: related(/* cypher */ `COLLECT { MATCH (n)<-[:ISSUED_BY]-(d:Document) RETURN d {.*} ORDER BY d.dateDate }`, z.array(DocumentRow), []),
  statistics: related(/* cypher */ `COLLECT { MATCH (n)<-[:DESCRIBES]-(s:Statistic) RETURN s {.*} ORDER BY s.measure }`, z.array(StatisticRow), []),
};

export type OrganizationRelation = keyof typeof organizationRelations;
export type OrganizationRelated = LookedAhead<typeof organizationRelations>;

/** A body's deliverables (`within`: its own, or its sub-groups' too), one page, filtered by status. */
const deliverablePage = (within: string) =>
  pagedRelated(/* cypher */ `COLLECT {
    MATCH ${within}<-[:DEVELOPED_BY]-(d:Deliverable)
    WHERE $deliverablePage.statuses IS NULL OR d.status IN $deliverablePage.statuses
    WITH DISTINCT d
    RETURN d ORDER BY d.code, d.id }`, "deliverablePage", DeliverableRow);

const DELIVERABLE_PAGE = deliverablePage("(n)");
const DELIVERABLE_PAGE_WITH_SUBGROUPS = deliverablePage("(n)<-[:PART_OF*0..8]-(:Organization)");

/** Which page of a body's deliverables a field asks for: paged and filtered in Cypher, per body. */
export interface DeliverablePageArgs {
  includeSubGroups: boolean;
  statuses: string[] | null;
  window: Window;
}

const deliverablePageOf = (args: DeliverablePageArgs) => (args.includeSubGroups ? DELIVERABLE_PAGE_WITH_SUBGROUPS : DELIVERABLE_PAGE);

/** The statement parameter of a deliverable page. */
export function deliverablePageParams(args: DeliverablePageArgs) {
  return { deliverablePage: { ...nestedWindowParam(args.window), statuses: args.statuses } };
}

export interface OrganizationFilter {
  kinds?: string[];
  status?: string;
  text?: string;
  within?: string;
  topic?: string;
  establishedFrom?: string;
  establishedTo?: string;
}

/**
 * What a listing or lookup reads of each body besides its properties, the selection's nested
 * fields (see organization.look-ahead.ts): the relationships it asks for, and one page of
 * deliverables.
 */
export interface OrganizationLookAhead {
  relations: readonly OrganizationRelation[];
  deliverables: DeliverablePageArgs | null;
}

export const NO_LOOK_AHEAD: OrganizationLookAhead = { relations: [], deliverables: null };

/** A body with what the look-ahead read of it. */
export interface OrganizationWithRelated {
  node: OrganizationRow;
  related: OrganizationRelated & { deliverablePage?: NestedPage<DeliverableRow> };
}

const relationsOf = (lookAhead: OrganizationLookAhead) => ({
  ...organizationRelations,
  deliverablePage: deliverablePageOf(lookAhead.deliverables ?? { includeSubGroups: false, statuses: null, window: NO_WINDOW }),
});
const relationNames = (lookAhead: OrganizationLookAhead) => [...lookAhead.relations, ...(lookAhead.deliverables ? (["deliverablePage"] as const) : [])];

function lookAheadOf(lookAhead: OrganizationLookAhead) {
  return {
    ...lookAheadProjection(relationsOf(lookAhead), relationNames(lookAhead), OrganizationRow),
    params: lookAhead.deliverables ? deliverablePageParams(lookAhead.deliverables) : {},
  };
}

export async function listOrganizations(
  db: Queries,
  filter: OrganizationFilter,
  order: { by: string; desc: boolean },
  window: Window,
  lookAhead: OrganizationLookAhead = NO_LOOK_AHEAD,
): Promise<Page<OrganizationWithRelated>> {
  const { expression, row, relatedOf, params } = lookAheadOf(lookAhead);
  const rows = await db.read(listStatement(filter, order, expression), {
    kinds: filter.kinds ?? null,
    status: filter.status ?? null,
    text: filter.text ?? null,
    within: filter.within ?? null,
    topic: filter.topic ?? null,
    establishedFrom: toNeo4jDate(filter.establishedFrom),
    establishedTo: toNeo4jDate(filter.establishedTo),
    ...windowParams(window),
    ...params,
  });
  const page = parseRows(pageRow(row), rows)[0]!;
  return { ...page, items: page.items.map((body) => ({ node: body.node, related: relatedOf(body.related) })) };
}

/**
 * The batch statement of bodies by readable id, each with what the look-ahead reads of it: the
 * keyed loader `organization.withRelated` runs it, so two lookups of one request that ask the
 * same are one statement. `bodyWithRelated` parses its value.
 */
export function withRelatedStatement(lookAhead: OrganizationLookAhead): BatchStatement<{ node: OrganizationRow; related: Record<string, unknown> } | null> {
  const { expression, row } = lookAheadOf(lookAhead);
  return batchStatement(
    /* cypher */ `
UNWIND $ids AS id
MATCH (n:Organization {id: id})
RETURN id, ${expression} AS value`,
    row.nullable(),
    null,
  );
}

export const withRelatedParams = (lookAhead: OrganizationLookAhead) => lookAheadOf(lookAhead).params;

/** A body the look-ahead read, with the relationships of the expected shape (db/related.ts). */
export function bodyWithRelated(lookAhead: OrganizationLookAhead, body: { node: OrganizationRow; related: Record<string, unknown> }): OrganizationWithRelated {
  return { node: body.node, related: keptRelated(relationsOf(lookAhead), relationNames(lookAhead), body.related) };
}

const one = <T extends z.ZodType>(cypher: string, row: T) => batchStatement<z.infer<T> | null>(cypher, row.nullable(), null);

/** The batch statements of an organization's relationships (the request's loaders run them: src/loaders.ts). */
export const organizationStatements = {
  byId: one(BY_ID, OrganizationRow),
  ...relatedStatements("Organization", organizationRelations),
};

/** A page of a body's deliverables, for the keyed loader: the statement its arguments need. */
export const deliverablePageStatement = (args: DeliverablePageArgs) => relatedStatement("Organization", deliverablePageOf(args));

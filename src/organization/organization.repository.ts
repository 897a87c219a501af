import { z } from "zod";
import { BuiltOnce } from "../db/built-once.js";
import { batchStatement, type BatchStatement } from "../db/batch.js";
import type { Queries } from "../db/database.js";
import { toNeo4jDate } from "../db/dates.js";
import {
  DeliverableRow, DocumentRow, EdgeRow, EventRow, LiaisonRow, linked, OrganizationRow, pageRow, PersonRow, RoleEdgeRow, StatisticRow, TopicRow, WorksOnRow,
  type NestedPage,
} from "../db/node-rows.js";
import { isForwardWindow, nestedWindowParam, NO_WINDOW, pageTailByElementId, windowParams, type Page, type Window } from "../db/paging.js";
import { canonical, mapProjection, projectedRow, type Projection, type PropertyOf } from "../db/projection.js";
import { keptRelated, lookAheadProjection, pagedRelated, related, relatedStatement, relatedStatements, type LookedAhead } from "../db/related.js";
import { parseRows } from "../db/rows.js";
import { maxRankOf, refCandidatesClauses, RefMatchRow, refTerms } from "../refs/ref.repository.js";

const BY_ID = /* cypher */ `
UNWIND $ids AS id
MATCH (n:Organization {id: id})
RETURN id, n {.*} AS value`;

/**
 * The listing's statement for the filters given: only their conditions, so a kind filter seeks
 * the kind index instead of scanning every body, and a plain ORDER BY on one property (chosen
 * from our own list, never from input) instead of a computed one. Values stay parameters.
 *
 * A forward page (`first`, maybe `after`: every listing but one read backwards) is counted and
 * cut apart: the total from the filters alone, the page by `ORDER BY … SKIP … LIMIT`, which Neo4j
 * answers from the name index, already in order, reading only as far as the page ends (at
 * ×1000, the 20 first of 6,524 study groups: 8,430 db hits instead of 20,625, which sorted every
 * match's name and id). `n.name IS NOT NULL` says to the planner what every write ensures (the
 * seed schema requires a name, and a patch cannot remove it): without it, the name index, which
 * holds only bodies with a name, cannot give the order. The filters that test a body's
 * neighbourhood (`within`, `topic`) would be evaluated twice, so their listings keep the one
 * sorted list, as do backward pages (`last`, `before`), whose bounds need the total.
 */
const orderKeys: Record<string, string[]> = {
  ACRONYM: ["coalesce(n.acronym, n.name)"], KIND: ["n.kind", "n.name"], ESTABLISHED: ["n.establishedDate"], NAME: ["n.name"],
};
/** (Exported for its snapshot test.) */
export function listStatement(filter: OrganizationFilter, order: { by: string; desc: boolean }, item: string, window: Window = NO_WINDOW): string {
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
  // Undated last, in either direction (Neo4j sorts null above every date).
  const undatedLast = order.by === "ESTABLISHED" ? "n.establishedDate IS NULL, " : "";
  const keys = undatedLast + (orderKeys[order.by] ?? orderKeys.NAME!).map((key) => `${key} ${direction}`).join(", ");
  const where = (all: string[]) => (all.length ? `WHERE ${all.join("\n    AND ")}` : "");
  if (isForwardWindow(window) && !filter.within && !filter.topic) {
    return /* cypher */ `
CALL () {
  MATCH (n:Organization)
  ${where(conditions)}
  RETURN count(n) AS total
}
CALL () {
  MATCH (n:Organization)
  ${where([...conditions, "n.name IS NOT NULL"])}
  WITH n ORDER BY ${keys}, n.id SKIP $after + 1 LIMIT $first
  RETURN collect(${item}) AS items
}
RETURN total, CASE WHEN $after + 1 < total THEN $after + 1 ELSE total END AS start, items`;
  }
  return /* cypher */ `
CALL () {
  MATCH (n:Organization)
  ${where(conditions)}
  WITH n ORDER BY ${keys}, n.id
  RETURN collect(elementId(n)) AS matched
}${pageTailByElementId("Organization", item)}`;
}

/** A node's properties to read, of the declared ones (db/projection.ts); null: all of them. */
export type OrganizationProperty = PropertyOf<typeof OrganizationRow>;
export type PersonProperty = PropertyOf<typeof PersonRow>;
export type TopicProperty = PropertyOf<typeof TopicRow>;
export type DeliverableProperty = PropertyOf<typeof DeliverableRow>;
export type WorksOnProperty = PropertyOf<typeof WorksOnRow>;

const org = (variable: string, properties: Projection<OrganizationProperty>) => mapProjection(variable, OrganizationRow, properties);
const asOrganizations = (expression: string, properties: Projection<OrganizationProperty>) => related(expression, z.array(projectedRow(OrganizationRow, properties)), []);
const asOrganization = (expression: string, properties: Projection<OrganizationProperty>) => related(expression, projectedRow(OrganizationRow, properties).nullable(), null);
const asLinked = <N extends z.ZodType, E extends z.ZodType>(expression: string, node: N, edge: E) => related(expression, z.array(linked(node, edge)), []);

/**
 * The relationships whose nodes a look-ahead reads slim, each for the properties its selection
 * needs (`{.*}` with null, as the loaders read them). A projection is named (`AS item`): an
 * unnamed `c {.id}` column is named `c`, and `ORDER BY c.name` would then sort by the map's
 * (absent) name instead of the node's.
 */
const projectableRelations = {
  parent: (p: Projection<OrganizationProperty>) => asOrganization(/* cypher */ `[(n)-[:PART_OF]->(p:Organization) | ${org("p", p)}][0]`, p),
  subGroups: (p: Projection<OrganizationProperty>) =>
    asOrganizations(/* cypher */ `COLLECT { MATCH (n)<-[:PART_OF]-(c:Organization) RETURN ${org("c", p)} AS item ORDER BY c.name }`, p),
  descendants: (p: Projection<OrganizationProperty>) =>
    asOrganizations(/* cypher */ `COLLECT { MATCH (n)<-[:PART_OF*1..8]-(c:Organization) WITH DISTINCT c RETURN ${org("c", p)} AS item ORDER BY c.name }`, p),
  ancestors: (p: Projection<OrganizationProperty>) =>
    asOrganizations(/* cypher */ `COLLECT { MATCH path = (n)-[:PART_OF*1..8]->(a:Organization) RETURN ${org("a", p)} AS item ORDER BY length(path) }`, p),
  reportsTo: (p: Projection<OrganizationProperty>) => asOrganization(/* cypher */ `[(n)-[:REPORTS_TO]->(p:Organization) | ${org("p", p)}][0]`, p),
  reportingGroups: (p: Projection<OrganizationProperty>) =>
    asOrganizations(/* cypher */ `COLLECT { MATCH (n)<-[:REPORTS_TO]-(c:Organization) RETURN ${org("c", p)} AS item ORDER BY c.name }`, p),
  roles: (p: Projection<PersonProperty>) => asLinked(/* cypher */ `COLLECT {
    MATCH (n)<-[r:HOLDS_ROLE]-(p:Person)
    RETURN {node: ${mapProjection("p", PersonRow, p)}, edge: r {.*}} ORDER BY r.role, p.name }`, projectedRow(PersonRow, p), RoleEdgeRow),
  // The topics' nodes, and the WORKS_ON relationships' properties (evidence, sources) as `work` says.
  topics: (p: Projection<TopicProperty>, work: Projection<WorksOnProperty> = null) => asLinked(/* cypher */ `COLLECT {
    MATCH (n)-[r:WORKS_ON]->(t:Topic)
    RETURN {node: ${mapProjection("t", TopicRow, p)}, edge: ${mapProjection("r", WorksOnRow, work)}} ORDER BY t.name }`, projectedRow(TopicRow, p), projectedRow(WorksOnRow, work)),
};

/** A body `n`'s roles with the properties `p` of each person (null: whole, as the roles loader reads them). */
export const rolesRelation = (p: Projection<PersonProperty>) => projectableRelations.roles(canonical(p));

/** The properties a look-ahead reads of the nodes of each projectable relationship (absent: all). */
export type RelatedProjections = { [K in keyof typeof projectableRelations]?: Parameters<(typeof projectableRelations)[K]>[0] };

/**
 * An organization `n`'s relationships, each one Cypher expression (src/db/related.ts): the
 * request's loaders read them by id, and `organizations` and `organization(ref)` read those
 * their selection asks for in their own statement.
 */
export const organizationRelations = {
  parent: projectableRelations.parent(null),
  subGroups: projectableRelations.subGroups(null),
  descendants: projectableRelations.descendants(null),
  ancestors: projectableRelations.ancestors(null),
  reportsTo: projectableRelations.reportsTo(null),
  reportingGroups: projectableRelations.reportingGroups(null),
  roles: projectableRelations.roles(null),
  affiliated: asLinked(/* cypher */ `COLLECT {
    MATCH (n)<-[r:AFFILIATED_WITH]-(p:Person)
    RETURN {node: p {.*}, edge: r {.*}} ORDER BY p.name }`, PersonRow, EdgeRow),
  topics: projectableRelations.topics(null),
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
  /**
   * The documents the body's `sources` cite, by readable id (a citation's part before `#`, as
   * graphql/sources.ts reads it), each whole or null when no such document: the look-ahead reads
   * them with the body and primes the documents' loader, so `sources { document { … } }` costs
   * no statement of its own.
   */
  sourceDocuments: related(/* cypher */ `COLLECT {
    UNWIND coalesce(n.sources, []) AS source
    WITH DISTINCT split(source, '#')[0] AS key
    OPTIONAL MATCH (d:Document {id: key})
    RETURN {key: key, document: d {.*}} AS item ORDER BY key }`, z.array(z.object({ key: z.string(), document: DocumentRow.nullable() })), []),
};

export type OrganizationRelation = keyof typeof organizationRelations;
export type OrganizationRelated = LookedAhead<typeof organizationRelations>;

/** A body's deliverables (`within`: its own, or its sub-groups' too), one page, filtered by status. */
const deliverablePage = (within: string, properties: Projection<DeliverableProperty>) =>
  pagedRelated(/* cypher */ `COLLECT {
    MATCH ${within}<-[:DEVELOPED_BY]-(d:Deliverable)
    WHERE $deliverablePage.statuses IS NULL OR d.status IN $deliverablePage.statuses
    WITH DISTINCT d
    RETURN d ORDER BY d.code, d.id }`, "deliverablePage", projectedRow(DeliverableRow, properties), mapProjection("x", DeliverableRow, properties));

const OWN_DELIVERABLES = "(n)";
const WITH_SUBGROUPS = "(n)<-[:PART_OF*0..8]-(:Organization)";
const DELIVERABLE_PAGE = deliverablePage(OWN_DELIVERABLES, null);
const DELIVERABLE_PAGE_WITH_SUBGROUPS = deliverablePage(WITH_SUBGROUPS, null);

/** Which page of a body's deliverables a field asks for: paged and filtered in Cypher, per body. */
export interface DeliverablePageArgs {
  includeSubGroups: boolean;
  statuses: string[] | null;
  window: Window;
}

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
 * fields (see organization.look-ahead.ts): the relationships it asks for, one page of
 * deliverables, and which properties of the body and of those nodes the selection needs.
 */
export interface OrganizationLookAhead {
  relations: readonly OrganizationRelation[];
  deliverables: DeliverablePageArgs | null;
  /** The body's properties to read; null: all (`n {.*}`). */
  properties: Projection<OrganizationProperty>;
  /**
   * The properties to read of the nodes of each relationship and of the deliverable page, and of
   * the topics' WORKS_ON relationships (`topicWork`); absent or null: all.
   */
  relatedProperties: RelatedProjections & { deliverablePage?: Projection<DeliverableProperty>; topicWork?: Projection<WorksOnProperty> };
}

export const NO_LOOK_AHEAD: OrganizationLookAhead = { relations: [], deliverables: null, properties: null, relatedProperties: {} };

/** A body with what the look-ahead read of it. */
export interface OrganizationWithRelated {
  node: OrganizationRow;
  related: OrganizationRelated & { deliverablePage?: NestedPage<DeliverableRow> };
}

/** Which nodes of a look-ahead are read whole (null) or slim (the property names). */
type Projections = Record<string, Projection>;

/** A look-ahead's projections in one spelling: the body's under `body`, each related one under its name; all when not given. */
function projectionsOf(lookAhead: OrganizationLookAhead): Projections {
  const related: Projections = {};
  for (const name of projectedNames(lookAhead)) related[name] = canonical((lookAhead.relatedProperties as Projections)[name] ?? null);
  return { body: canonical(lookAhead.properties), ...related };
}

/** The names of a look-ahead's related projections: its relationships', and the topics' relationships'. */
function projectedNames(lookAhead: OrganizationLookAhead): string[] {
  const names: string[] = relationNames(lookAhead);
  return names.includes("topics") ? [...names, "topicWork"] : names;
}

const relationNames = (lookAhead: OrganizationLookAhead): Array<OrganizationRelation | "deliverablePage"> => [
  ...[...new Set(lookAhead.relations)].sort(),
  ...(lookAhead.deliverables ? (["deliverablePage"] as const) : []),
];

/** The relationships of a look-ahead's statement, the projectable ones with its projections. */
function relationsOf(lookAhead: OrganizationLookAhead) {
  const p = lookAhead.relatedProperties;
  return {
    ...organizationRelations,
    parent: projectableRelations.parent(canonical(p.parent ?? null)),
    subGroups: projectableRelations.subGroups(canonical(p.subGroups ?? null)),
    descendants: projectableRelations.descendants(canonical(p.descendants ?? null)),
    ancestors: projectableRelations.ancestors(canonical(p.ancestors ?? null)),
    reportsTo: projectableRelations.reportsTo(canonical(p.reportsTo ?? null)),
    reportingGroups: projectableRelations.reportingGroups(canonical(p.reportingGroups ?? null)),
    roles: projectableRelations.roles(canonical(p.roles ?? null)),
    topics: projectableRelations.topics(canonical(p.topics ?? null), canonical(p.topicWork ?? null)),
    deliverablePage: deliverablePage(lookAhead.deliverables?.includeSubGroups ? WITH_SUBGROUPS : OWN_DELIVERABLES, canonical(p.deliverablePage ?? null)),
  };
}

/**
 * What a look-ahead's statement is made of (its expression and row schema), built once per shape
 * (relationships, deliverable scope, projections) and kept: the next request of that shape
 * reuses it. The shapes come from our own field and property lists, so they are few; the cache
 * is bounded all the same.
 */
const MAX_BUILT_LOOK_AHEADS = 500;
const builtLookAheads = new BuiltOnce<ReturnType<typeof buildLookAhead>>(MAX_BUILT_LOOK_AHEADS);

function buildLookAhead(lookAhead: OrganizationLookAhead) {
  const relations = relationsOf(lookAhead);
  const names = relationNames(lookAhead);
  const properties = canonical(lookAhead.properties);
  return {
    ...lookAheadProjection(relations, names, projectedRow(OrganizationRow, properties), mapProjection("n", OrganizationRow, properties)),
    keep: (raw: Record<string, unknown>) => keptRelated(relations, names, raw),
  };
}

/** What makes two look-aheads read the same: their relationships, deliverable scope and projections. */
const shapeOf = (lookAhead: OrganizationLookAhead) =>
  JSON.stringify({ subGroups: lookAhead.deliverables?.includeSubGroups ?? null, projections: projectionsOf(lookAhead) });

/**
 * A look-ahead's statement parts and parameters; kept per look-ahead object too, since a
 * look-ahead is worked out once per operation (organization.look-ahead.ts) and its shape's key
 * is a JSON text built from all its projections.
 */
const ofLookAhead = new WeakMap<OrganizationLookAhead, ReturnType<typeof buildLookAheadOf>>();
function lookAheadOf(lookAhead: OrganizationLookAhead) {
  let built = ofLookAhead.get(lookAhead);
  if (!built) ofLookAhead.set(lookAhead, (built = buildLookAheadOf(lookAhead)));
  return built;
}

function buildLookAheadOf(lookAhead: OrganizationLookAhead) {
  const built = builtLookAheads.get(shapeOf(lookAhead), () => buildLookAhead(lookAhead));
  return { ...built, params: lookAhead.deliverables ? deliverablePageParams(lookAhead.deliverables) : {} };
}

export async function listOrganizations(
  db: Queries,
  filter: OrganizationFilter,
  order: { by: string; desc: boolean },
  window: Window,
  lookAhead: OrganizationLookAhead = NO_LOOK_AHEAD,
): Promise<Page<OrganizationWithRelated>> {
  const { expression, row, keep, params } = lookAheadOf(lookAhead);
  const rows = await db.read(listStatement(filter, order, expression, window), {
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
  return { ...page, items: page.items.map((body) => ({ node: body.node, related: keep(body.related) })) };
}

/**
 * The batch statement of bodies by ref (readable id, name, acronym, alias or designation), each
 * with what the look-ahead reads of it: the ref is resolved in the same statement, by the same
 * clauses and through the same indexes as the standalone resolution (`refCandidatesClauses`),
 * so a lookup by any ref is one statement. Each ref gets its candidates (for the ambiguity rule,
 * `chooseRef`, applied by the caller) and, when exactly one candidate is best, that body with
 * what the look-ahead reads of it. The keyed loader `organization.byRef` runs it: lookups of
 * one level that read the same relationships are one statement.
 */
export function byRefStatement(lookAhead: OrganizationLookAhead): BatchStatement<BodyByRef> {
  // Built once per shape, as the look-ahead's own parts (db/built-once.ts).
  return builtByRefStatements.get(shapeOf(lookAhead), () => buildByRefStatement(lookAhead));
}
const builtByRefStatements = new BuiltOnce<BatchStatement<BodyByRef>>(MAX_BUILT_LOOK_AHEADS);

function buildByRefStatement(lookAhead: OrganizationLookAhead): BatchStatement<BodyByRef> {
  const { expression, row } = lookAheadOf(lookAhead);
  return batchStatement(
    /* cypher */ `
UNWIND $ids AS id
CALL (id) {
  WITH id AS ref, $refs[id].compact AS compact, $refs[id].terms AS terms
  ${refCandidatesClauses("Organization")}
  RETURN collect({n: n, rank: rank}) AS found
}
WITH id, found, [c IN found WHERE c.rank = found[0].rank] AS best
WITH id, found, CASE size(best) WHEN 1 THEN best[0].n END AS n
RETURN id, {
  candidates: [c IN found | {node: {id: c.n.id, name: c.n.name}, rank: c.rank}],
  body: CASE WHEN n IS NULL THEN null ELSE ${expression} END
} AS value`,
    z.object({ candidates: z.array(RefMatchRow), body: row.nullable() }),
    { candidates: [], body: null },
  );
}

/** What `byRefStatement` answers for one ref: its candidates, best first, and the one best body when there is one. */
export interface BodyByRef {
  candidates: z.infer<typeof RefMatchRow>[];
  body: { node: OrganizationRow; related: Record<string, unknown> } | null;
}

/** The parameters of `byRefStatement` for the refs `refs` (the loader's ids). */
export const byRefParams = (lookAhead: OrganizationLookAhead, refs: readonly string[]) => ({
  ...lookAheadOf(lookAhead).params,
  refs: Object.fromEntries(refs.map((ref) => [ref, refTerms(ref)])),
  maxRank: maxRankOf("Organization"),
});

/**
 * Lookups of one level that read the same relationships and deliverable page share one
 * statement (`organization.byRef` batches them by this key), which reads the union of their
 * projections (`unitedLookAhead`): two aliases of one body with other selections cost one.
 */
export function byRefGroup(lookAhead: OrganizationLookAhead): string {
  return JSON.stringify({ relations: relationNames(lookAhead), deliverables: lookAhead.deliverables });
}

/** One look-ahead reading what each of `lookAheads` (of one `byRefGroup`) reads: their projections' union. */
export function unitedLookAhead(lookAheads: readonly OrganizationLookAhead[]): OrganizationLookAhead {
  const first = lookAheads[0]!;
  const projections = lookAheads.map(projectionsOf);
  const united = (name: string): Projection => {
    const each = projections.map((p) => p[name] ?? null);
    return each.some((p) => p === null) ? null : canonical(each.flatMap((p) => p!));
  };
  const relatedProperties: Projections = {};
  for (const name of projectedNames(first)) relatedProperties[name] = united(name);
  // The names are the declared properties of each relationship's nodes, as in each look-ahead united.
  return { ...first, properties: united("body") as Projection<OrganizationProperty>, relatedProperties: relatedProperties as OrganizationLookAhead["relatedProperties"] };
}

/** A body the look-ahead read, with the relationships of the expected shape (db/related.ts). */
export function bodyWithRelated(lookAhead: OrganizationLookAhead, body: { node: OrganizationRow; related: Record<string, unknown> }): OrganizationWithRelated {
  return { node: body.node, related: lookAheadOf(lookAhead).keep(body.related) };
}

const one = <T extends z.ZodType>(cypher: string, row: T) => batchStatement<z.infer<T> | null>(cypher, row.nullable(), null);

/** The batch statements of an organization's relationships (the request's loaders run them: src/loaders.ts). */
export const organizationStatements = {
  byId: one(BY_ID, OrganizationRow),
  ...relatedStatements("Organization", organizationRelations),
};

/** A page of a body's deliverables, for the keyed loader: the statement its arguments need. */
export const deliverablePageStatement = (args: DeliverablePageArgs) => (args.includeSubGroups ? DELIVERABLE_PAGE_WITH_SUBGROUPS_STATEMENT : DELIVERABLE_PAGE_STATEMENT);
const DELIVERABLE_PAGE_STATEMENT = relatedStatement("Organization", DELIVERABLE_PAGE);
const DELIVERABLE_PAGE_WITH_SUBGROUPS_STATEMENT = relatedStatement("Organization", DELIVERABLE_PAGE_WITH_SUBGROUPS);

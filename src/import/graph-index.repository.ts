import { z } from "zod";
import type { Database } from "../db/database.js";
import { parseRows } from "../db/rows.js";

/**
 * What the importer resolves mentions against: the names, aliases, codes and key facts of the
 * graph, read once per import in one read transaction (parameterless, read-only statements).
 * Rows are parsed here, at the boundary; nothing above sees a Neo4j value.
 */
const str = z.string();
const optStr = z.string().nullish().transform((v) => v ?? undefined);
const strList = z.array(z.string()).nullish().transform((v) => v ?? []);

const organizationRow = z.object({ id: str, name: str, acronym: optStr, kind: optStr, aliases: strList, partOf: optStr, mandate: optStr });
const personRow = z.object({
  id: str, name: str, honorific: optStr, aliases: strList, email: optStr, phone: optStr, country: optStr, affiliations: strList,
});
const roleRow = z.object({ id: optStr, person: str, organization: str, role: str, title: optStr, since: optStr, until: optStr });
const topicRow = z.object({ id: str, name: str, aliases: strList });
const deliverableRow = z.object({ id: str, code: str, title: optStr, aliases: strList, status: optStr, developedBy: optStr });
const eventRow = z.object({
  id: str, name: str, kind: optStr, start: optStr, end: optStr, startsAt: optStr, endsAt: optStr, timezone: optStr, city: optStr,
  country: optStr, venue: optStr, meetingOf: optStr,
});
const deadlineRow = z.object({ id: str, kind: optStr, due: optStr, event: optStr, description: optStr });
const liaisonRow = z.object({ id: str, kind: str, from: optStr, to: optStr, since: optStr, document: optStr });
const documentRow = z.object({ id: str, kind: optStr, reference: optStr, title: optStr, date: optStr, issuer: optStr, contentHash: optStr });
const statisticRow = z.object({ id: str, subject: optStr, measure: optStr, value: z.number().nullish(), asOf: optStr });

export type OrganizationRow = z.infer<typeof organizationRow>;
export type PersonRow = z.infer<typeof personRow>;
export type RoleRow = z.infer<typeof roleRow>;
export type TopicRow = z.infer<typeof topicRow>;
export type DeliverableRow = z.infer<typeof deliverableRow>;
export type EventRow = z.infer<typeof eventRow>;
export type DeadlineRow = z.infer<typeof deadlineRow>;
export type LiaisonRow = z.infer<typeof liaisonRow>;
export type DocumentRow = z.infer<typeof documentRow>;
export type StatisticRow = z.infer<typeof statisticRow>;

export interface GraphSnapshot {
  organizations: OrganizationRow[];
  people: PersonRow[];
  roles: RoleRow[];
  topics: TopicRow[];
  deliverables: DeliverableRow[];
  events: EventRow[];
  deadlines: DeadlineRow[];
  liaisons: LiaisonRow[];
  documents: DocumentRow[];
  statistics: StatisticRow[];
}

// A body or person without a name (a record half-made by hand) cannot be matched by name: left out.
const ORGANIZATIONS = `
MATCH (o:Organization) WHERE o.name IS NOT NULL
OPTIONAL MATCH (o)-[:PART_OF]->(p:Organization)
RETURN o.id AS id, o.name AS name, o.acronym AS acronym, o.kind AS kind, o.aliases AS aliases, p.id AS partOf, o.mandate AS mandate`;

const PEOPLE = `
MATCH (p:Person) WHERE p.name IS NOT NULL
OPTIONAL MATCH (p)-[:AFFILIATED_WITH]->(o:Organization)
RETURN p.id AS id, p.name AS name, p.honorific AS honorific, p.aliases AS aliases, p.email AS email, p.phone AS phone,
       p.country AS country, collect(o.id) AS affiliations`;

const ROLES = `
MATCH (p:Person)-[r:HOLDS_ROLE]->(o:Organization)
RETURN r.id AS id, p.id AS person, o.id AS organization, r.role AS role, r.title AS title, r.since AS since, r.until AS until`;

const TOPICS = `MATCH (t:Topic) RETURN t.id AS id, t.name AS name, t.aliases AS aliases`;

const DELIVERABLES = `
MATCH (d:Deliverable)
OPTIONAL MATCH (d)-[:DEVELOPED_BY]->(o:Organization)
RETURN d.id AS id, d.code AS code, d.title AS title, d.aliases AS aliases, d.status AS status, o.id AS developedBy`;

const EVENTS = `
MATCH (e:Event)
OPTIONAL MATCH (e)-[:MEETING_OF]->(o:Organization)
RETURN e.id AS id, e.name AS name, e.kind AS kind, e.start AS start, e.end AS end, e.startsAt AS startsAt, e.endsAt AS endsAt,
       e.timezone AS timezone, e.city AS city, e.country AS country, e.venue AS venue, o.id AS meetingOf`;

const DEADLINES = `
MATCH (d:Deadline)
OPTIONAL MATCH (d)-[:DEADLINE_OF]->(e:Event)
RETURN d.id AS id, d.kind AS kind, d.due AS due, e.id AS event, d.description AS description`;

const LIAISONS = `
MATCH (l:Liaison)
OPTIONAL MATCH (l)-[:FROM]->(f:Organization)
OPTIONAL MATCH (l)-[:TO]->(t:Organization)
OPTIONAL MATCH (l)-[:DOCUMENTED_IN]->(d:Document)
RETURN l.id AS id, l.kind AS kind, f.id AS from, t.id AS to, l.since AS since, d.id AS document`;

const DOCUMENTS = `
MATCH (d:Document)
OPTIONAL MATCH (d)-[:ISSUED_BY]->(o:Organization)
RETURN d.id AS id, d.kind AS kind, d.reference AS reference, d.title AS title, d.date AS date, o.id AS issuer, d.contentHash AS contentHash`;

const STATISTICS = `
MATCH (s:Statistic)
OPTIONAL MATCH (s)-[:DESCRIBES]->(o:Organization)
RETURN s.id AS id, o.id AS subject, s.measure AS measure, s.value AS value, s.asOf AS asOf`;

export async function readGraphSnapshot(db: Database): Promise<GraphSnapshot> {
  const statements = [ORGANIZATIONS, PEOPLE, ROLES, TOPICS, DELIVERABLES, EVENTS, DEADLINES, LIAISONS, DOCUMENTS, STATISTICS];
  const [o, p, r, t, dl, e, dd, l, d, s] = await db.readAll(statements.map((cypher) => ({ cypher, params: {} })), { app: "mvgraph-import" });
  return {
    organizations: parseRows(organizationRow, o!),
    people: parseRows(personRow, p!),
    roles: parseRows(roleRow, r!),
    topics: parseRows(topicRow, t!),
    deliverables: parseRows(deliverableRow, dl!),
    events: parseRows(eventRow, e!),
    deadlines: parseRows(deadlineRow, dd!),
    liaisons: parseRows(liaisonRow, l!),
    documents: parseRows(documentRow, d!),
    statistics: parseRows(statisticRow, s!),
  };
}

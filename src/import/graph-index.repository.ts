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
/** Where the graph has a fact from (its `sources`): shown to a reviewer choosing among candidates. */
const sources = z.array(z.string()).nullish().transform((v) => v ?? undefined);

const organizationRow = z.object({
  id: str, name: str, acronym: optStr, kind: optStr, aliases: strList, partOf: optStr, mandate: optStr, mailbox: optStr, website: optStr, sources,
});
const personRow = z.object({
  id: str, name: str, honorific: optStr, aliases: strList, email: optStr, phone: optStr, country: optStr, affiliations: strList, sources,
});
const roleRow = z.object({ id: optStr, person: str, organization: str, role: str, title: optStr, since: optStr, until: optStr, sources });
const topicRow = z.object({ id: str, name: str, aliases: strList });
const deliverableRow = z.object({ id: str, code: str, title: optStr, aliases: strList, status: optStr, developedBy: optStr, sources });
const eventRow = z.object({
  id: str, name: str, kind: optStr, start: optStr, end: optStr, startsAt: optStr, endsAt: optStr, timezone: optStr, city: optStr,
  country: optStr, venue: optStr, meetingOf: optStr, sources,
});
const deadlineRow = z.object({ id: str, kind: optStr, due: optStr, event: optStr, description: optStr, sources });
const liaisonRow = z.object({ id: str, kind: str, from: optStr, to: optStr, since: optStr, document: optStr, subject: optStr, sources });
const documentRow = z.object({
  id: str, kind: optStr, reference: optStr, title: optStr, date: optStr, issuer: optStr, contentHash: optStr, textHash: optStr, url: optStr, file: optStr,
});
const statisticRow = z.object({ id: str, subject: optStr, measure: optStr, value: z.number().nullish(), asOf: optStr, sources });

/** Columns added after the first snapshot are optional in the types, so rows written by hand (tests, sync) need not list them. */
type WithOptional<T, K extends keyof T> = Omit<T, K> & Partial<Pick<T, K>>;

export type OrganizationRow = WithOptional<z.infer<typeof organizationRow>, "mailbox" | "website" | "sources">;
export type PersonRow = WithOptional<z.infer<typeof personRow>, "sources">;
export type RoleRow = WithOptional<z.infer<typeof roleRow>, "sources">;
export type TopicRow = z.infer<typeof topicRow>;
export type DeliverableRow = WithOptional<z.infer<typeof deliverableRow>, "sources">;
export type EventRow = WithOptional<z.infer<typeof eventRow>, "sources">;
export type DeadlineRow = WithOptional<z.infer<typeof deadlineRow>, "sources">;
export type LiaisonRow = WithOptional<z.infer<typeof liaisonRow>, "subject" | "sources">;
export type DocumentRow = WithOptional<z.infer<typeof documentRow>, "textHash" | "url" | "file">;
export type StatisticRow = WithOptional<z.infer<typeof statisticRow>, "sources">;

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
RETURN o.id AS id, o.name AS name, o.acronym AS acronym, o.kind AS kind, o.aliases AS aliases, p.id AS partOf, o.mandate AS mandate,
       o.mailbox AS mailbox, o.website AS website, o.sources AS sources`;

const PEOPLE = `
MATCH (p:Person) WHERE p.name IS NOT NULL
OPTIONAL MATCH (p)-[:AFFILIATED_WITH]->(o:Organization)
RETURN p.id AS id, p.name AS name, p.honorific AS honorific, p.aliases AS aliases, p.email AS email, p.phone AS phone,
       p.country AS country, collect(o.id) AS affiliations, p.sources AS sources`;

const ROLES = `
MATCH (p:Person)-[r:HOLDS_ROLE]->(o:Organization)
RETURN r.id AS id, p.id AS person, o.id AS organization, r.role AS role, r.title AS title, r.since AS since, r.until AS until, r.sources AS sources`;

const TOPICS = `MATCH (t:Topic) RETURN t.id AS id, t.name AS name, t.aliases AS aliases`;

const DELIVERABLES = `
MATCH (d:Deliverable)
OPTIONAL MATCH (d)-[:DEVELOPED_BY]->(o:Organization)
RETURN d.id AS id, d.code AS code, d.title AS title, d.aliases AS aliases, d.status AS status, o.id AS developedBy, d.sources AS sources`;

const EVENTS = `
MATCH (e:Event)
OPTIONAL MATCH (e)-[:MEETING_OF]->(o:Organization)
RETURN e.id AS id, e.name AS name, e.kind AS kind, e.start AS start, e.end AS end, e.startsAt AS startsAt, e.endsAt AS endsAt,
       e.timezone AS timezone, e.city AS city, e.country AS country, e.venue AS venue, o.id AS meetingOf, e.sources AS sources`;

const DEADLINES = `
MATCH (d:Deadline)
OPTIONAL MATCH (d)-[:DEADLINE_OF]->(e:Event)
RETURN d.id AS id, d.kind AS kind, d.due AS due, e.id AS event, d.description AS description, d.sources AS sources`;

const LIAISONS = `
MATCH (l:Liaison)
OPTIONAL MATCH (l)-[:FROM]->(f:Organization)
OPTIONAL MATCH (l)-[:TO]->(t:Organization)
OPTIONAL MATCH (l)-[:DOCUMENTED_IN]->(d:Document)
RETURN l.id AS id, l.kind AS kind, f.id AS from, t.id AS to, l.since AS since, d.id AS document, l.subject AS subject, l.sources AS sources`;

const DOCUMENTS = `
MATCH (d:Document)
OPTIONAL MATCH (d)-[:ISSUED_BY]->(o:Organization)
RETURN d.id AS id, d.kind AS kind, d.reference AS reference, d.title AS title, d.date AS date, o.id AS issuer, d.contentHash AS contentHash,
       d.textHash AS textHash, d.url AS url, d.file AS file`;

const STATISTICS = `
MATCH (s:Statistic)
OPTIONAL MATCH (s)-[:DESCRIBES]->(o:Organization)
RETURN s.id AS id, o.id AS subject, s.measure AS measure, s.value AS value, s.asOf AS asOf, s.sources AS sources`;

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

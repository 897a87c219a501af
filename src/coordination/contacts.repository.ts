import neo4j from "neo4j-driver";
import { z } from "zod";
import type { Queries } from "../db/database.js";
import { toNeo4jDate } from "../db/dates.js";
import { LiaisonRow, OrganizationRow, PersonRow } from "../db/node-rows.js";
import { parseRows } from "../db/rows.js";
import { holdsOnAsOf, sentByAsOf, standsOnAsOf } from "./predicates.js";

/** Body `o` is one of $organizations (or, with $includeSubGroups, part of one) and works on $topic when given. */
const BODY_MATCHES = (o: string) => /* cypher */ `
  ($organizations IS NULL OR EXISTS {
     MATCH (${o})-[:PART_OF*0..8]->(x:Organization) WHERE x.id IN $organizations AND ($includeSubGroups OR x = ${o}) })
  AND ($topic IS NULL
       OR EXISTS { MATCH (${o})-[:WORKS_ON]->(:Topic)-[:BROADER*0..8]->(:Topic {id: $topic}) }
       OR EXISTS { MATCH (${o})<-[:DEVELOPED_BY]-(:Deliverable)-[:ADDRESSES]->(:Topic)-[:BROADER*0..8]->(:Topic {id: $topic}) })`;

/** Rank of a role in a contact list: chairs first, liaison representatives last. */
const ROLE_RANK = (role: string) =>
  `CASE ${role} WHEN 'CHAIR' THEN 0 WHEN 'CO_CHAIR' THEN 1 WHEN 'VICE_CHAIR' THEN 2 WHEN 'DIRECTOR' THEN 3 WHEN 'CONTACT_PERSON' THEN 4 WHEN 'LIAISON_REPRESENTATIVE' THEN 6 ELSE 5 END`;

/**
 * The people to write to: roles holding on $asOf in the matching bodies, and the representatives
 * of those bodies' standing liaisons holding on $asOf; with $includeStatements, also the contact
 * persons of the liaison statements they sent by $asOf (a dated message's contacts are not
 * current: as LIAISON_REPRESENTATIVE of the sender). By default one row per person and body, with
 * every role the person holds there (`roles`, best first: `role` is the first), its sources and
 * its latest confirmation; with $perRole one row per role and liaison. Ordered by body, then role,
 * then name.
 */
const CONTACTS = /* cypher */ `
CALL () {
  MATCH (p:Person)-[r:HOLDS_ROLE]->(o:Organization)
  WHERE ($roles IS NULL OR r.role IN $roles) AND ${holdsOnAsOf("r")} AND ${BODY_MATCHES("o")}
  RETURN p, o, r.role AS role, r.title AS title, r.sinceDate AS sinceDate, r.untilDate AS untilDate, r.since AS since, r.until AS until, null AS liaison, r.sources AS sources, r.lastConfirmed AS lastConfirmed
  UNION
  MATCH (l:Liaison)-[:REPRESENTED_BY]->(p:Person), (l)-[:FROM]->(o:Organization)
  WHERE ($roles IS NULL OR 'LIAISON_REPRESENTATIVE' IN $roles) AND (${standsOnAsOf("l")} OR ($includeStatements AND ${sentByAsOf("l")})) AND ${BODY_MATCHES("o")}
  RETURN p, o, 'LIAISON_REPRESENTATIVE' AS role, l.subject AS title, l.sinceDate AS sinceDate, l.untilDate AS untilDate, l.since AS since, l.until AS until, l AS liaison, l.sources AS sources, l.lastConfirmed AS lastConfirmed
}
WITH p, o, {role: role, title: title, sinceDate: sinceDate, untilDate: untilDate, since: since, until: until, liaison: liaison {.*}, sources: sources, lastConfirmed: lastConfirmed} AS held
ORDER BY ${ROLE_RANK("held.role")}, held.role, held.liaison.id
WITH p, o, collect(held) AS held
UNWIND CASE WHEN $perRole THEN [h IN held | [h]] ELSE [held] END AS group
WITH p, o, group, group[0] AS first
ORDER BY o.name, ${ROLE_RANK("first.role")}, first.role, p.name, first.liaison.id
WITH collect({person: p {.*}, organization: o {.*}, role: first.role, roles: [h IN group | h.role], title: first.title,
  sinceDate: first.sinceDate, untilDate: first.untilDate, since: first.since, until: first.until, liaison: first.liaison,
  sources: reduce(acc = [], h IN group | acc + [ref IN coalesce(h.sources, []) WHERE NOT ref IN acc]),
  lastConfirmed: reduce(latest = null, h IN group | CASE WHEN h.lastConfirmed IS NOT NULL AND (latest IS NULL OR h.lastConfirmed > latest) THEN h.lastConfirmed ELSE latest END)}) AS matched
RETURN size(matched) AS total, matched[0..$first] AS contacts`;

const text = z.string().nullable();
const ContactRow = z.object({
  person: PersonRow,
  organization: OrganizationRow,
  role: z.string(),
  /** Every role the person holds in the body (one row per person and body), best first; `role` is the first. */
  roles: z.array(z.string()),
  title: text,
  sinceDate: text,
  untilDate: text,
  /** The dates as the sources give them, as precisely as known ("2025", "2025-06", "2025-06-01"). */
  since: text,
  until: text,
  liaison: LiaisonRow.nullable(),
  sources: z.array(z.string()).nullable(),
  lastConfirmed: text,
});
export type ContactRow = z.infer<typeof ContactRow>;

/** One row: how many contacts match, and the first $first of them. */
const ContactsRow = z.object({ total: z.number(), contacts: z.array(ContactRow) });

export interface ContactQuery {
  organizations?: string[];
  includeSubGroups: boolean;
  roles?: string[];
  topic?: string;
  asOf: string;
  first: number;
  /** Also the contacts of liaison statements sent by asOf (dated messages: not current). */
  includeStatements?: boolean;
  /** One row per role and liaison instead of one per person and body. */
  perRole?: boolean;
}

export async function findContacts(db: Queries, q: ContactQuery): Promise<{ total: number; contacts: ContactRow[] }> {
  const rows = await db.read(CONTACTS, {
    organizations: q.organizations ?? null,
    includeSubGroups: q.includeSubGroups,
    roles: q.roles ?? null,
    topic: q.topic ?? null,
    asOf: toNeo4jDate(q.asOf),
    first: neo4j.int(q.first),
    includeStatements: q.includeStatements ?? false,
    perRole: q.perRole ?? false,
  });
  const [row] = parseRows(ContactsRow, rows);
  return row ?? { total: 0, contacts: [] };
}

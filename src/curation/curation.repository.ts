import { z } from "zod";
import type { Queries } from "../db/database.js";
import { OrganizationRow, PersonRow } from "../db/node-rows.js";

/**
 * Checks for a curator: what the graph may have wrong or missing, listed for review, never
 * changed by itself. Each statement is one read; the lists are small (bounded by the graph).
 */

/**
 * Two people who may be one: the same given name (the first word of the name, case and accents
 * as written), roles at the same body whose periods overlap (since and until inclusive, open
 * ends open), e.g. two spellings of one vice-chair listed by documents of different years.
 */
const LIKELY_DUPLICATE_PEOPLE = /* cypher */ `
MATCH (a:Person)-[ra:HOLDS_ROLE]->(o:Organization)<-[rb:HOLDS_ROLE]-(b:Person)
WHERE a.id < b.id
  AND toLower(split(trim(a.name), ' ')[0]) = toLower(split(trim(b.name), ' ')[0])
  AND (ra.sinceDate IS NULL OR rb.untilDate IS NULL OR ra.sinceDate <= coalesce(rb.untilLastDate, rb.untilDate))
  AND (rb.sinceDate IS NULL OR ra.untilDate IS NULL OR rb.sinceDate <= coalesce(ra.untilLastDate, ra.untilDate))
WITH a, b, o, collect(DISTINCT {a: ra.id, b: rb.id, role: ra.role, otherRole: rb.role}) AS roles
ORDER BY a.name, b.name, o.id
RETURN a {.*} AS a, b {.*} AS b, o {.*} AS organization, split(trim(a.name), ' ')[0] AS givenName,
       [r IN roles | r.a] AS rolesOfA, [r IN roles | r.b] AS rolesOfB,
       any(r IN roles WHERE r.role = r.otherRole) AS sameRole`;

const DuplicateRow = z.object({
  a: PersonRow,
  b: PersonRow,
  organization: OrganizationRow,
  givenName: z.string(),
  rolesOfA: z.array(z.string()),
  rolesOfB: z.array(z.string()),
  sameRole: z.boolean(),
});
export type DuplicateRow = z.infer<typeof DuplicateRow>;

export function likelyDuplicatePeople(db: Queries): Promise<DuplicateRow[]> {
  return db.readRows(LIKELY_DUPLICATE_PEOPLE, {}, DuplicateRow);
}

/**
 * Working groups, sub-committees, task groups and Questions with no topic and no deliverable:
 * invisible to whoWorksOn, liaisonGaps and overlaps. Each with what the graph does know of it
 * (its parent, whether its parent has topics) for the curator to look up.
 */
const BODIES_WITHOUT_TOPIC = /* cypher */ `
MATCH (o:Organization)
WHERE o.kind IN $kinds
  AND NOT EXISTS { (o)-[:WORKS_ON]->(:Topic) }
  AND NOT EXISTS { (o)<-[:DEVELOPED_BY]-(:Deliverable) }
OPTIONAL MATCH (o)-[:PART_OF]->(parent:Organization)
RETURN o {.*} AS organization, parent {.*} AS parent,
       COLLECT { MATCH (parent)-[:WORKS_ON]->(t:Topic) RETURN t.id ORDER BY t.id } AS parentTopics
ORDER BY o.kind, o.id`;

const UncoveredRow = z.object({ organization: OrganizationRow, parent: OrganizationRow.nullable(), parentTopics: z.array(z.string()) });
export type UncoveredRow = z.infer<typeof UncoveredRow>;

/** The kinds of body a curator expects to have a subject: groups inside an organization. */
export const GROUP_KINDS = ["WORKING_GROUP", "SUBCOMMITTEE", "TASK_GROUP", "QUESTION"] as const;

export function bodiesWithoutTopic(db: Queries, kinds: readonly string[]): Promise<UncoveredRow[]> {
  return db.readRows(BODIES_WITHOUT_TOPIC, { kinds }, UncoveredRow);
}

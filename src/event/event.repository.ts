import { z } from "zod";
import { batchStatement } from "../db/batch.js";
import type { Queries } from "../db/database.js";
import { toNeo4jDate } from "../db/dates.js";
import { DeadlineRow, EventRow, OrganizationRow, pageRow, TopicRow } from "../db/node-rows.js";
import { PAGE_TAIL, windowParams, type Page, type Window } from "../db/paging.js";
import { parseRows } from "../db/rows.js";

const BY_ID = /* cypher */ `
UNWIND $ids AS id
MATCH (n:Event {id: id})
RETURN id, n {.*} AS value`;

const DEADLINE_BY_ID = /* cypher */ `
UNWIND $ids AS id
MATCH (n:Deadline {id: id})
RETURN id, n {.*} AS value`;


/** Events overlapping the window, of an organization (meeting, organizer, host, participant) incl. sub-groups. */
const LIST = /* cypher */ `
MATCH (n:Event)
WHERE ($kinds IS NULL OR n.kind IN $kinds)
  AND ($text IS NULL OR toLower(n.name) CONTAINS toLower($text) OR toLower(coalesce(n.city, '')) CONTAINS toLower($text))
  AND ($from IS NULL OR coalesce(n.endLastDate, n.endDate) >= $from)
  AND ($to IS NULL OR n.startDate <= $to)
  AND ($organization IS NULL OR EXISTS {
        MATCH (n)-[:MEETING_OF|ORGANIZED_BY|HOSTED_BY]-(:Organization)-[:PART_OF*0..8]->(:Organization {id: $organization}) }
      OR EXISTS { MATCH (n)<-[:PARTICIPATED_IN]-(:Organization)-[:PART_OF*0..8]->(:Organization {id: $organization}) })
  AND ($topic IS NULL OR EXISTS { MATCH (n)-[:ABOUT]->(:Topic)-[:BROADER*0..8]->(:Topic {id: $topic}) }
      OR EXISTS { MATCH (n)-[:MEETING_OF]->(:Organization)-[:WORKS_ON]->(:Topic)-[:BROADER*0..8]->(:Topic {id: $topic}) })
WITH n ORDER BY
  n.startDate IS NULL,
  CASE WHEN $desc THEN null ELSE n.startDate END ASC,
  CASE WHEN $desc THEN n.startDate ELSE null END DESC,
  n.startsAt, n.name
${PAGE_TAIL}`;

const DEADLINES_LIST = /* cypher */ `
MATCH (n:Deadline)
WHERE ($kinds IS NULL OR n.kind IN $kinds)
  AND ($from IS NULL OR n.dueDate >= $from)
  AND ($to IS NULL OR n.dueDate <= $to)
WITH n ORDER BY n.dueDate, n.id
${PAGE_TAIL}`;

const RELATED_ORGS = /* cypher */ `
UNWIND $ids AS id
MATCH (e:Event {id: id})
OPTIONAL MATCH (e)-[:MEETING_OF]->(m:Organization)
OPTIONAL MATCH (e)-[:ORGANIZED_BY]->(o:Organization)
OPTIONAL MATCH (e)-[:HOSTED_BY]->(h:Organization)
OPTIONAL MATCH (e)<-[:PARTICIPATED_IN]-(p:Organization)
RETURN id, {
  meetingOf: head(collect(DISTINCT m {.*})),
  organizers: collect(DISTINCT o {.*}),
  hosts: collect(DISTINCT h {.*}),
  participants: collect(DISTINCT p {.*})
} AS value`;

const COLLOCATED = /* cypher */ `
UNWIND $ids AS id
MATCH (:Event {id: id})-[:COLLOCATED_WITH]-(c:Event)
WITH DISTINCT id, c ORDER BY c.startDate
RETURN id, collect(c {.*}) AS value`;

const DEADLINES = /* cypher */ `
UNWIND $ids AS id
MATCH (:Event {id: id})<-[:DEADLINE_OF]-(d:Deadline)
WITH id, d ORDER BY d.dueDate
RETURN id, collect(d {.*}) AS value`;

const TOPICS = /* cypher */ `
UNWIND $ids AS id
MATCH (:Event {id: id})-[:ABOUT]->(t:Topic)
WITH id, t ORDER BY t.name
RETURN id, collect(t {.*}) AS value`;

const DEADLINE_EVENT = /* cypher */ `
UNWIND $ids AS id
MATCH (:Deadline {id: id})-[:DEADLINE_OF]->(e:Event)
RETURN id, e {.*} AS value`;

export interface EventFilter {
  kinds?: string[];
  text?: string;
  from?: string;
  to?: string;
  organization?: string;
  topic?: string;
}

export async function listEvents(db: Queries, filter: EventFilter, desc: boolean, window: Window): Promise<Page<EventRow>> {
  const rows = await db.read(LIST, {
    kinds: filter.kinds ?? null,
    text: filter.text ?? null,
    from: toNeo4jDate(filter.from),
    to: toNeo4jDate(filter.to),
    organization: filter.organization ?? null,
    topic: filter.topic ?? null,
    desc,
    ...windowParams(window),
  });
  return parseRows(pageRow(EventRow), rows)[0]!;
}

export async function listDeadlines(db: Queries, filter: { kinds?: string[]; from?: string; to?: string }, window: Window): Promise<Page<DeadlineRow>> {
  const rows = await db.read(DEADLINES_LIST, {
    kinds: filter.kinds ?? null,
    from: toNeo4jDate(filter.from),
    to: toNeo4jDate(filter.to),
    ...windowParams(window),
  });
  return parseRows(pageRow(DeadlineRow), rows)[0]!;
}

const EventOrganizationsRow = z.object({
  meetingOf: OrganizationRow.nullable(),
  organizers: z.array(OrganizationRow),
  hosts: z.array(OrganizationRow),
  participants: z.array(OrganizationRow),
});

/** The batch statements of an event's and a deadline's relationships (run by the request's loaders: src/loaders.ts). */
export const eventStatements = {
  byId: batchStatement(BY_ID, EventRow.nullable(), null),
  organizations: batchStatement(RELATED_ORGS, EventOrganizationsRow, { meetingOf: null, organizers: [], hosts: [], participants: [] }),
  collocated: batchStatement(COLLOCATED, z.array(EventRow), []),
  deadlines: batchStatement(DEADLINES, z.array(DeadlineRow), []),
  topics: batchStatement(TOPICS, z.array(TopicRow), []),
};

export const deadlineStatements = {
  byId: batchStatement(DEADLINE_BY_ID, DeadlineRow.nullable(), null),
  event: batchStatement(DEADLINE_EVENT, EventRow.nullable(), null),
};

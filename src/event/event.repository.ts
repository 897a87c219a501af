import type { Context } from "../context.js";
import type { Queries } from "../db/database.js";
import { toNeo4jDate } from "../db/dates.js";
import { PAGE_TAIL, windowParams } from "../db/paging.js";
import { toEntity, toPage } from "../graphql/entity.js";
import type { Page, Window } from "../graphql/relay.js";
import { Deadline, Event } from "./event.type.js";

type Props = Record<string, unknown>;

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
  AND ($from IS NULL OR n.endDate >= $from)
  AND ($to IS NULL OR n.startDate <= $to)
  AND ($organization IS NULL OR EXISTS {
        MATCH (n)-[:MEETING_OF|ORGANIZED_BY|HOSTED_BY]-(:Organization)-[:PART_OF*0..8]->(:Organization {id: $organization}) }
      OR EXISTS { MATCH (n)<-[:PARTICIPATED_IN]-(:Organization)-[:PART_OF*0..8]->(:Organization {id: $organization}) })
  AND ($topic IS NULL OR EXISTS { MATCH (n)-[:ABOUT]->(:Topic)-[:BROADER*0..8]->(:Topic {id: $topic}) }
      OR EXISTS { MATCH (n)-[:MEETING_OF]->(:Organization)-[:WORKS_ON]->(:Topic)-[:BROADER*0..8]->(:Topic {id: $topic}) })
WITH n ORDER BY
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

export async function eventByKey(ctx: Context, key: string): Promise<Event | null> {
  const props = await ctx.loaders.load<Props | null>("event", BY_ID, key, null);
  return props ? toEntity(Event, props) : null;
}

export async function deadlineByKey(ctx: Context, key: string): Promise<Deadline | null> {
  const props = await ctx.loaders.load<Props | null>("deadline", DEADLINE_BY_ID, key, null);
  return props ? toEntity(Deadline, props) : null;
}


export interface EventFilter {
  kinds?: string[];
  text?: string;
  from?: string;
  to?: string;
  organization?: string;
  topic?: string;
}

export async function listEvents(db: Queries, filter: EventFilter, desc: boolean, window: Window): Promise<Page<Event>> {
  const [row] = await db.read(LIST, {
    kinds: filter.kinds ?? null,
    text: filter.text ?? null,
    from: toNeo4jDate(filter.from),
    to: toNeo4jDate(filter.to),
    organization: filter.organization ?? null,
    topic: filter.topic ?? null,
    desc,
    ...windowParams(window),
  });
  return toPage(Event, row);
}

export async function listDeadlines(db: Queries, filter: { kinds?: string[]; from?: string; to?: string }, window: Window): Promise<Page<Deadline>> {
  const [row] = await db.read(DEADLINES_LIST, {
    kinds: filter.kinds ?? null,
    from: toNeo4jDate(filter.from),
    to: toNeo4jDate(filter.to),
    ...windowParams(window),
  });
  return toPage(Deadline, row);
}

export interface EventOrganizations {
  meetingOf: Props | null;
  organizers: Props[];
  hosts: Props[];
  participants: Props[];
}

export const eventOrganizations = (ctx: Context, key: string) =>
  ctx.loaders.load<EventOrganizations>("event.organizations", RELATED_ORGS, key, { meetingOf: null, organizers: [], hosts: [], participants: [] });
export const eventCollocated = (ctx: Context, key: string) => ctx.loaders.load<Props[]>("event.collocated", COLLOCATED, key, []);
export const eventDeadlines = (ctx: Context, key: string) => ctx.loaders.load<Props[]>("event.deadlines", DEADLINES, key, []);
export const eventTopics = (ctx: Context, key: string) => ctx.loaders.load<Props[]>("event.topics", TOPICS, key, []);
export const deadlineEvent = (ctx: Context, key: string) => ctx.loaders.load<Props | null>("deadline.event", DEADLINE_EVENT, key, null);

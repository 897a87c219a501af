import type { Context } from "../context.js";
import type { Queries } from "../db/database.js";
import { toNeo4jDate } from "../db/dates.js";
import { PAGE_TAIL, windowParams } from "../db/paging.js";
import { toEntity, toPage } from "../graphql/entity.js";
import type { Page, Window } from "../graphql/relay.js";
import { Deliverable } from "./deliverable.type.js";

type Props = Record<string, unknown>;

const BY_ID = /* cypher */ `
UNWIND $ids AS id
MATCH (n:Deliverable {id: id})
RETURN id, n {.*} AS value`;


/** The dates a deliverable can be placed on a timeline by: published, else approved, consented, target. */
const LIST = /* cypher */ `
MATCH (n:Deliverable)
WITH n, coalesce(n.publishedDate, n.approvedDate, n.consentedDate, n.targetDate) AS when
WHERE ($kinds IS NULL OR n.kind IN $kinds)
  AND ($statuses IS NULL OR n.status IN $statuses)
  AND ($confidence IS NULL OR n.confidence = $confidence)
  AND ($text IS NULL OR toLower(n.title) CONTAINS toLower($text) OR toLower(n.code) CONTAINS toLower($text))
  AND ($organization IS NULL OR EXISTS { MATCH (n)-[:DEVELOPED_BY]->(:Organization)-[:PART_OF*0..8]->(:Organization {id: $organization}) })
  AND ($topic IS NULL OR EXISTS { MATCH (n)-[:ADDRESSES]->(:Topic)-[:BROADER*0..8]->(:Topic {id: $topic}) })
  AND ($from IS NULL OR when >= $from)
  AND ($to IS NULL OR when <= $to)
WITH n, when ORDER BY
  CASE WHEN $desc THEN null ELSE CASE $orderBy WHEN 'TITLE' THEN n.title WHEN 'DATE' THEN toString(when) ELSE n.code END END ASC,
  CASE WHEN $desc THEN CASE $orderBy WHEN 'TITLE' THEN n.title WHEN 'DATE' THEN toString(when) ELSE n.code END ELSE null END DESC,
  n.id
${PAGE_TAIL}`;

const DEVELOPED_BY = /* cypher */ `
UNWIND $ids AS id
MATCH (:Deliverable {id: id})-[:DEVELOPED_BY]->(o:Organization)
RETURN id, o {.*} AS value`;

const TOPICS = /* cypher */ `
UNWIND $ids AS id
MATCH (:Deliverable {id: id})-[:ADDRESSES]->(t:Topic)
WITH id, t ORDER BY t.name
RETURN id, collect(t {.*}) AS value`;

const BASED_ON = /* cypher */ `
UNWIND $ids AS id
MATCH (:Deliverable {id: id})-[:BASED_ON]->(d:Deliverable)
WITH id, d ORDER BY d.code
RETURN id, collect(d {.*}) AS value`;

const BASIS_FOR = /* cypher */ `
UNWIND $ids AS id
MATCH (:Deliverable {id: id})<-[:BASED_ON]-(d:Deliverable)
WITH id, d ORDER BY d.code
RETURN id, collect(d {.*}) AS value`;

export async function deliverableByKey(ctx: Context, key: string): Promise<Deliverable | null> {
  const props = await ctx.loaders.load<Props | null>("deliverable", BY_ID, key, null);
  return props ? toEntity(Deliverable, props) : null;
}


export interface DeliverableFilter {
  kinds?: string[];
  statuses?: string[];
  confidence?: string;
  text?: string;
  organization?: string;
  topic?: string;
  from?: string;
  to?: string;
}

export async function listDeliverables(db: Queries, filter: DeliverableFilter, order: { by: string; desc: boolean }, window: Window): Promise<Page<Deliverable>> {
  const [row] = await db.read(LIST, {
    kinds: filter.kinds ?? null,
    statuses: filter.statuses ?? null,
    confidence: filter.confidence ?? null,
    text: filter.text ?? null,
    organization: filter.organization ?? null,
    topic: filter.topic ?? null,
    from: toNeo4jDate(filter.from),
    to: toNeo4jDate(filter.to),
    orderBy: order.by,
    desc: order.desc,
    ...windowParams(window),
  });
  return toPage(Deliverable, row);
}

export const deliverableDevelopedBy = (ctx: Context, key: string) => ctx.loaders.load<Props | null>("deliverable.developedBy", DEVELOPED_BY, key, null);
export const deliverableTopics = (ctx: Context, key: string) => ctx.loaders.load<Props[]>("deliverable.topics", TOPICS, key, []);
export const deliverableBasedOn = (ctx: Context, key: string) => ctx.loaders.load<Props[]>("deliverable.basedOn", BASED_ON, key, []);
export const deliverableBasisFor = (ctx: Context, key: string) => ctx.loaders.load<Props[]>("deliverable.basisFor", BASIS_FOR, key, []);

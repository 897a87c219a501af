import type { Context } from "../context.js";
import type { Queries } from "../db/database.js";
import { PAGE_TAIL, windowParams } from "../db/paging.js";
import { toEntity, toPage } from "../graphql/entity.js";
import type { Page, Window } from "../graphql/relay.js";
import type { Linked } from "../organization/organization.repository.js";
import { Topic } from "./topic.type.js";

type Props = Record<string, unknown>;

const BY_ID = /* cypher */ `
UNWIND $ids AS id
MATCH (n:Topic {id: id})
RETURN id, n {.*} AS value`;


const LIST = /* cypher */ `
MATCH (n:Topic)
WHERE ($text IS NULL OR toLower(n.name) CONTAINS toLower($text) OR any(a IN n.aliases WHERE toLower(a) CONTAINS toLower($text)))
  AND ($under IS NULL OR EXISTS { MATCH (n)-[:BROADER*0..8]->(:Topic {id: $under}) })
WITH n ORDER BY n.name, n.id
${PAGE_TAIL}`;

const BROADER = /* cypher */ `
UNWIND $ids AS id
MATCH (:Topic {id: id})-[:BROADER]->(b:Topic)
RETURN id, b {.*} AS value`;

const NARROWER = /* cypher */ `
UNWIND $ids AS id
MATCH (:Topic {id: id})<-[:BROADER]-(n:Topic)
WITH id, n ORDER BY n.name
RETURN id, collect(n {.*}) AS value`;

/** Organizations working on the topic or, when `$deep`, any narrower topic. */
const ORGANIZATIONS = /* cypher */ `
UNWIND $ids AS id
MATCH (t:Topic {id: id})
MATCH (o:Organization)-[w:WORKS_ON]->(sub:Topic)-[:BROADER*0..8]->(t)
WHERE $deep OR sub = t
WITH id, o, w, sub ORDER BY o.name, sub.name
RETURN id, collect({node: o {.*}, edge: w {.*, topicId: sub.id}}) AS value`;

const DELIVERABLES = /* cypher */ `
UNWIND $ids AS id
MATCH (t:Topic {id: id})
MATCH (d:Deliverable)-[:ADDRESSES]->(sub:Topic)-[:BROADER*0..8]->(t)
WHERE $deep OR sub = t
WITH DISTINCT id, d ORDER BY d.code
RETURN id, collect(d {.*}) AS value`;

const LIAISONS = /* cypher */ `
UNWIND $ids AS id
MATCH (:Topic {id: id})<-[:CONCERNS]-(l:Liaison)
WITH id, l ORDER BY l.sinceDate
RETURN id, collect(l {.*}) AS value`;

const EVENTS = /* cypher */ `
UNWIND $ids AS id
MATCH (:Topic {id: id})<-[:ABOUT]-(e:Event)
WITH id, e ORDER BY e.startDate
RETURN id, collect(e {.*}) AS value`;

export async function topicByKey(ctx: Context, key: string): Promise<Topic | null> {
  const props = await ctx.loaders.load<Props | null>("topic", BY_ID, key, null);
  return props ? toEntity(Topic, props) : null;
}


export async function listTopics(db: Queries, filter: { text?: string; under?: string }, window: Window): Promise<Page<Topic>> {
  const [row] = await db.read(LIST, { text: filter.text ?? null, under: filter.under ?? null, ...windowParams(window) });
  return toPage(Topic, row);
}

export const topicBroader = (ctx: Context, key: string) => ctx.loaders.load<Props | null>("topic.broader", BROADER, key, null);
export const topicNarrower = (ctx: Context, key: string) => ctx.loaders.load<Props[]>("topic.narrower", NARROWER, key, []);
export const topicOrganizations = (ctx: Context, key: string, deep: boolean) =>
  ctx.loaders.load<Linked[]>(`topic.organizations.${deep}`, ORGANIZATIONS, key, [], { deep });
export const topicDeliverables = (ctx: Context, key: string, deep: boolean) =>
  ctx.loaders.load<Props[]>(`topic.deliverables.${deep}`, DELIVERABLES, key, [], { deep });
export const topicLiaisons = (ctx: Context, key: string) => ctx.loaders.load<Props[]>("topic.liaisons", LIAISONS, key, []);
export const topicEvents = (ctx: Context, key: string) => ctx.loaders.load<Props[]>("topic.events", EVENTS, key, []);

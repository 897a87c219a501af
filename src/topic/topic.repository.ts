import { z } from "zod";
import { batchStatement } from "../db/batch.js";
import type { Queries } from "../db/database.js";
import { DeliverableRow, EdgeRow, EventRow, LiaisonRow, linked, OrganizationRow, pageRow, TopicRow } from "../db/node-rows.js";
import { nestedWindowParam, PAGE_TAIL, windowParams, type Page, type Window } from "../db/paging.js";
import { pagedRelated, relatedStatement } from "../db/related.js";
import { parseRows } from "../db/rows.js";

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

/** A page of the deliverables addressing topic `n` or, when deep, a narrower one: filtered and paged in Cypher. */
const DELIVERABLE_PAGE = pagedRelated(/* cypher */ `COLLECT {
    MATCH (d:Deliverable)-[:ADDRESSES]->(sub:Topic)-[:BROADER*0..8]->(n)
    WHERE $deliverablePage.deep OR sub = n
    WITH DISTINCT d
    RETURN d ORDER BY d.code, d.id }`, "deliverablePage", DeliverableRow);

/** Which page of a topic's deliverables a field asks for. */
export interface TopicDeliverablePageArgs {
  deep: boolean;
  window: Window;
}

export function topicDeliverablePageParams(args: TopicDeliverablePageArgs) {
  return { deliverablePage: { ...nestedWindowParam(args.window), deep: args.deep } };
}

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

export async function listTopics(db: Queries, filter: { text?: string; under?: string }, window: Window): Promise<Page<TopicRow>> {
  const rows = await db.read(LIST, { text: filter.text ?? null, under: filter.under ?? null, ...windowParams(window) });
  return parseRows(pageRow(TopicRow), rows)[0]!;
}

/** The batch statements of a topic's relationships (run by the request's loaders: src/loaders.ts). */
export const topicStatements = {
  byId: batchStatement(BY_ID, TopicRow.nullable(), null),
  broader: batchStatement(BROADER, TopicRow.nullable(), null),
  narrower: batchStatement(NARROWER, z.array(TopicRow), []),
  liaisons: batchStatement(LIAISONS, z.array(LiaisonRow), []),
  events: batchStatement(EVENTS, z.array(EventRow), []),
};

/** Those with `$deep` (narrower topics too, or not): keyed by topic and depth. */
export const topicDeepStatements = {
  organizations: batchStatement(ORGANIZATIONS, z.array(linked(OrganizationRow, EdgeRow.extend({ topicId: z.string() }))), []),
};

/** A page of a topic's deliverables, for the keyed loader. */
export const topicDeliverablePageStatement = relatedStatement("Topic", DELIVERABLE_PAGE);

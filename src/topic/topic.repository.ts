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

/**
 * Topics whose name or an alias holds one of a ref's word forms as whole words ($pattern, from
 * topic-words.ts): how a topic argument is read when no id, name or alias is the ref itself. A
 * scan of the topics, a small taxonomy, and only after the index lookup found nothing.
 */
const BY_WORDS = /* cypher */ `
MATCH (n:Topic)
WHERE n.name =~ $pattern OR any(a IN coalesce(n.aliases, []) WHERE a =~ $pattern)
RETURN n {.*} AS topic
ORDER BY size(n.name), n.id
LIMIT 11`;

const BROADER = /* cypher */ `
UNWIND $ids AS id
MATCH (:Topic {id: id})-[:BROADER]->(b:Topic)
RETURN id, b {.*} AS value`;

const NARROWER = /* cypher */ `
UNWIND $ids AS id
MATCH (:Topic {id: id})<-[:BROADER]-(n:Topic)
WITH id, n ORDER BY n.name
RETURN id, collect(n {.*}) AS value`;

/** Topics related to the topic (RELATED, stored once, read both ways), each link with its sources. */
const RELATED = /* cypher */ `
UNWIND $ids AS id
MATCH (:Topic {id: id})-[r:RELATED]-(t:Topic)
WITH id, t, r ORDER BY t.name
RETURN id, collect({node: t {.*}, edge: {sources: r.sources}}) AS value`;

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

/** The topics (at most 11) whose name or an alias holds `pattern`'s words. */
export async function topicsByWords(db: Queries, pattern: string): Promise<TopicRow[]> {
  const rows = await db.read(BY_WORDS, { pattern });
  return parseRows(z.object({ topic: TopicRow }), rows).map((row) => row.topic);
}

/** The batch statements of a topic's relationships (run by the request's loaders: src/loaders.ts). */
export const topicStatements = {
  byId: batchStatement(BY_ID, TopicRow.nullable(), null),
  broader: batchStatement(BROADER, TopicRow.nullable(), null),
  narrower: batchStatement(NARROWER, z.array(TopicRow), []),
  related: batchStatement(RELATED, z.array(linked(TopicRow, z.object({ sources: z.array(z.string()).nullable() }))), []),
  liaisons: batchStatement(LIAISONS, z.array(LiaisonRow), []),
  events: batchStatement(EVENTS, z.array(EventRow), []),
};

/** Those with `$deep` (narrower topics too, or not): keyed by topic and depth. */
export const topicDeepStatements = {
  organizations: batchStatement(ORGANIZATIONS, z.array(linked(OrganizationRow, EdgeRow.extend({ topicId: z.string() }))), []),
};

/** A page of a topic's deliverables, for the keyed loader. */
export const topicDeliverablePageStatement = relatedStatement("Topic", DELIVERABLE_PAGE);

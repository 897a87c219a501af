import { z } from "zod";
import { batchStatement } from "../db/batch.js";
import type { Queries } from "../db/database.js";
import { toNeo4jDate } from "../db/dates.js";
import { AddressesRow, DeliverableRow, linked, OrganizationRow, pageRow, TopicRow } from "../db/node-rows.js";
import { PAGE_TAIL, windowParams, type Page, type Window } from "../db/paging.js";
import { parseRows } from "../db/rows.js";

const BY_ID = /* cypher */ `
UNWIND $ids AS id
MATCH (n:Deliverable {id: id})
RETURN id, n {.*} AS value`;


/** The dates a deliverable can be placed on a timeline by: published, else approved, consented, target, its latest draft. */
const LIST = /* cypher */ `
MATCH (n:Deliverable)
WITH n, coalesce(n.publishedDate, n.approvedDate, n.consentedDate, n.targetDate, n.draftDate) AS when,
  coalesce(n.publishedLastDate, n.approvedLastDate, n.consentedLastDate, n.targetLastDate, n.draftLastDate,
           n.publishedDate, n.approvedDate, n.consentedDate, n.targetDate, n.draftDate) AS whenLast
WHERE ($kinds IS NULL OR n.kind IN $kinds)
  AND ($statuses IS NULL OR n.status IN $statuses)
  AND ($confidence IS NULL OR n.confidence = $confidence)
  AND ($text IS NULL OR toLower(n.title) CONTAINS toLower($text) OR toLower(n.code) CONTAINS toLower($text))
  AND ($organization IS NULL OR EXISTS { MATCH (n)-[:DEVELOPED_BY]->(:Organization)-[:PART_OF*0..8]->(:Organization {id: $organization}) })
  AND ($topic IS NULL OR EXISTS { MATCH (n)-[:ADDRESSES]->(:Topic)-[:BROADER*0..8]->(:Topic {id: $topic}) })
  AND ($from IS NULL OR whenLast >= $from)
  AND ($to IS NULL OR when <= $to)
// Undated last, in either direction (Neo4j sorts null above every date).
WITH n, when ORDER BY
  $orderBy = 'DATE' AND when IS NULL,
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

const ADDRESSES = /* cypher */ `
UNWIND $ids AS id
MATCH (:Deliverable {id: id})-[r:ADDRESSES]->(t:Topic)
WITH id, r, t ORDER BY t.name
RETURN id, collect({node: t {.*}, edge: r {.evidence, .sources}}) AS value`;

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

export async function listDeliverables(db: Queries, filter: DeliverableFilter, order: { by: string; desc: boolean }, window: Window): Promise<Page<DeliverableRow>> {
  const rows = await db.read(LIST, {
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
  return parseRows(pageRow(DeliverableRow), rows)[0]!;
}

/** The batch statements of a deliverable's relationships (run by the request's loaders: src/loaders.ts). */
export const deliverableStatements = {
  byId: batchStatement(BY_ID, DeliverableRow.nullable(), null),
  developedBy: batchStatement(DEVELOPED_BY, OrganizationRow.nullable(), null),
  topics: batchStatement(TOPICS, z.array(TopicRow), []),
  addresses: batchStatement(ADDRESSES, z.array(linked(TopicRow, AddressesRow)), []),
  basedOn: batchStatement(BASED_ON, z.array(DeliverableRow), []),
  basisFor: batchStatement(BASIS_FOR, z.array(DeliverableRow), []),
};

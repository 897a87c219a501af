import { z } from "zod";
import { batchStatement } from "../db/batch.js";
import type { Queries } from "../db/database.js";
import { toNeo4jDate } from "../db/dates.js";
import { DocumentRow, LiaisonRow, OrganizationRow, pageRow, PersonRow, TopicRow } from "../db/node-rows.js";
import { PAGE_TAIL, windowParams, type Page, type Window } from "../db/paging.js";
import { parseRows } from "../db/rows.js";

const BY_ID = /* cypher */ `
UNWIND $ids AS id
MATCH (n:Liaison {id: id})
RETURN id, n {.*} AS value`;

const LIST = /* cypher */ `
MATCH (n:Liaison)
WHERE ($kinds IS NULL OR n.kind IN $kinds)
  AND ($organization IS NULL OR EXISTS { MATCH (n)-[:FROM|TO]->(:Organization {id: $organization}) })
  AND ($topic IS NULL OR EXISTS { MATCH (n)-[:CONCERNS]->(:Topic)-[:BROADER*0..8]->(:Topic {id: $topic}) })
  AND ($asOf IS NULL
    OR (n.kind <> 'LIAISON_STATEMENT' AND (n.sinceDate IS NULL OR n.sinceDate <= $asOf) AND (n.untilDate IS NULL OR coalesce(n.untilLastDate, n.untilDate) >= $asOf))
    OR (n.kind = 'LIAISON_STATEMENT' AND $kinds IS NOT NULL AND 'LIAISON_STATEMENT' IN $kinds AND (n.sinceDate IS NULL OR n.sinceDate <= $asOf)))
WITH n ORDER BY n.sinceDate, n.id
${PAGE_TAIL}`;

const ENDS = /* cypher */ `
UNWIND $ids AS id
MATCH (l:Liaison {id: id})
OPTIONAL MATCH (l)-[:FROM]->(f:Organization)
OPTIONAL MATCH (l)-[:TO]->(t:Organization)
OPTIONAL MATCH (l)-[:DOCUMENTED_IN]->(d:Document)
RETURN id, {from: f {.*}, to: t {.*}, document: d {.*}} AS value`;

const REPRESENTATIVES = /* cypher */ `
UNWIND $ids AS id
MATCH (:Liaison {id: id})-[:REPRESENTED_BY]->(p:Person)
WITH id, p ORDER BY p.name
RETURN id, collect(p {.*}) AS value`;

const TOPICS = /* cypher */ `
UNWIND $ids AS id
MATCH (:Liaison {id: id})-[:CONCERNS]->(t:Topic)
WITH id, t ORDER BY t.name
RETURN id, collect(t {.*}) AS value`;

export async function listLiaisons(db: Queries, filter: { kinds?: string[]; organization?: string; topic?: string; asOf?: string }, window: Window): Promise<Page<LiaisonRow>> {
  const rows = await db.read(LIST, {
    kinds: filter.kinds ?? null,
    organization: filter.organization ?? null,
    topic: filter.topic ?? null,
    asOf: toNeo4jDate(filter.asOf),
    ...windowParams(window),
  });
  return parseRows(pageRow(LiaisonRow), rows)[0]!;
}

const LiaisonEndsRow = z.object({ from: OrganizationRow.nullable(), to: OrganizationRow.nullable(), document: DocumentRow.nullable() });

/** The batch statements of a liaison's relationships (run by the request's loaders: src/loaders.ts). */
export const liaisonStatements = {
  byId: batchStatement(BY_ID, LiaisonRow.nullable(), null),
  ends: batchStatement(ENDS, LiaisonEndsRow, { from: null, to: null, document: null }),
  representatives: batchStatement(REPRESENTATIVES, z.array(PersonRow), []),
  topics: batchStatement(TOPICS, z.array(TopicRow), []),
};

import { z } from "zod";
import { batchStatement } from "../db/batch.js";
import type { Queries } from "../db/database.js";
import { EdgeRow, LiaisonRow, linked, OrganizationRow, pageRow, PersonRow, RoleEdgeRow } from "../db/node-rows.js";
import { PAGE_TAIL, windowParams, type Page, type Window } from "../db/paging.js";
import { parseRows } from "../db/rows.js";

const BY_ID = /* cypher */ `
UNWIND $ids AS id
MATCH (n:Person {id: id})
RETURN id, n {.*} AS value`;


const LIST = /* cypher */ `
MATCH (n:Person)
WHERE ($text IS NULL OR toLower(n.name) CONTAINS toLower($text) OR any(a IN n.aliases WHERE toLower(a) CONTAINS toLower($text)))
  AND ($organization IS NULL OR EXISTS {
        MATCH (n)-[r:HOLDS_ROLE|AFFILIATED_WITH]->(:Organization)-[:PART_OF*0..8]->(:Organization {id: $organization})
        WHERE $roles IS NULL OR r.role IN $roles })
  AND ($roles IS NULL OR EXISTS { MATCH (n)-[r:HOLDS_ROLE]->() WHERE r.role IN $roles })
WITH n ORDER BY
  CASE WHEN $desc THEN null ELSE n.name END ASC,
  CASE WHEN $desc THEN n.name ELSE null END DESC,
  n.id
${PAGE_TAIL}`;

const ROLES = /* cypher */ `
UNWIND $ids AS id
MATCH (:Person {id: id})-[r:HOLDS_ROLE]->(o:Organization)
WITH id, r, o ORDER BY r.sinceDate, o.name
RETURN id, collect({node: o {.*}, edge: r {.*}}) AS value`;

const AFFILIATIONS = /* cypher */ `
UNWIND $ids AS id
MATCH (:Person {id: id})-[r:AFFILIATED_WITH]->(o:Organization)
WITH id, r, o ORDER BY r.sinceDate, o.name
RETURN id, collect({node: o {.*}, edge: r {.*}}) AS value`;

const REPRESENTS = /* cypher */ `
UNWIND $ids AS id
MATCH (:Person {id: id})<-[:REPRESENTED_BY]-(l:Liaison)
WITH id, l ORDER BY l.sinceDate
RETURN id, collect(l {.*}) AS value`;

export async function listPeople(
  db: Queries,
  filter: { text?: string; organization?: string; roles?: string[] },
  desc: boolean,
  window: Window,
): Promise<Page<PersonRow>> {
  const rows = await db.read(LIST, {
    text: filter.text ?? null,
    organization: filter.organization ?? null,
    roles: filter.roles ?? null,
    desc,
    ...windowParams(window),
  });
  return parseRows(pageRow(PersonRow), rows)[0]!;
}

/** The batch statements of a person's relationships (run by the request's loaders: src/loaders.ts). */
export const personStatements = {
  byId: batchStatement(BY_ID, PersonRow.nullable(), null),
  roles: batchStatement(ROLES, z.array(linked(OrganizationRow, RoleEdgeRow)), []),
  affiliations: batchStatement(AFFILIATIONS, z.array(linked(OrganizationRow, EdgeRow)), []),
  represents: batchStatement(REPRESENTS, z.array(LiaisonRow), []),
};

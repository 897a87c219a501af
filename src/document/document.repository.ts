import { z } from "zod";
import { batchStatement } from "../db/batch.js";
import type { Queries } from "../db/database.js";
import { DocumentRow, EdgeRow, linked, OrganizationRow, pageRow, PersonRow } from "../db/node-rows.js";
import { PAGE_TAIL, windowParams, type Page, type Window } from "../db/paging.js";
import { parseRows } from "../db/rows.js";

const DOCUMENTS_BY_ID = /* cypher */ `
UNWIND $ids AS id
MATCH (n:Document {id: id})
RETURN id, n {.*} AS value`;

const ISSUER = /* cypher */ `
UNWIND $ids AS id
MATCH (:Document {id: id})-[:ISSUED_BY]->(o:Organization)
RETURN id, o {.*} AS value`;

const CITES = /* cypher */ `
UNWIND $ids AS id
MATCH (:Document {id: id})-[:CITES]->(d:Document)
WITH id, d ORDER BY d.id
RETURN id, collect(d {.*}) AS value`;

const CITED_BY = /* cypher */ `
UNWIND $ids AS id
MATCH (:Document {id: id})<-[:CITES]-(d:Document)
WITH id, d ORDER BY d.id
RETURN id, collect(d {.*}) AS value`;

const SIGNED_BY = /* cypher */ `
UNWIND $ids AS id
MATCH (:Document {id: id})-[r:SIGNED_BY]->(p:Person)
WITH id, r, p ORDER BY p.name
RETURN id, collect({node: p {.*}, edge: r {.*}}) AS value`;

const LIST = /* cypher */ `
MATCH (n:Document)
WHERE ($kinds IS NULL OR n.kind IN $kinds)
  AND ($text IS NULL OR toLower(n.title) CONTAINS toLower($text) OR toLower(coalesce(n.reference, '')) CONTAINS toLower($text))
WITH n ORDER BY n.dateDate IS NULL, n.dateDate DESC, n.id
${PAGE_TAIL}`;

/** The batch statements of a document's relationships (run by the request's loaders: src/loaders.ts). */
export const documentStatements = {
  byId: batchStatement(DOCUMENTS_BY_ID, DocumentRow.nullable(), null),
  issuer: batchStatement(ISSUER, OrganizationRow.nullable(), null),
  cites: batchStatement(CITES, z.array(DocumentRow), []),
  signedBy: batchStatement(SIGNED_BY, z.array(linked(PersonRow, EdgeRow)), []),
  citedBy: batchStatement(CITED_BY, z.array(DocumentRow), []),
};

export async function listDocuments(db: Queries, filter: { kinds?: string[]; text?: string }, window: Window): Promise<Page<DocumentRow>> {
  const rows = await db.read(LIST, { kinds: filter.kinds ?? null, text: filter.text ?? null, ...windowParams(window) });
  return parseRows(pageRow(DocumentRow), rows)[0]!;
}

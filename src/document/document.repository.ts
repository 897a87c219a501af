import type { Context } from "../context.js";
import type { Queries } from "../db/database.js";
import { PAGE_TAIL, windowParams } from "../db/paging.js";
import { toEntity, toPage } from "../graphql/entity.js";
import type { Page, Window } from "../graphql/relay.js";
import { Document } from "./document.type.js";

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
WITH n ORDER BY n.dateDate DESC, n.id
${PAGE_TAIL}`;

export type Props = Record<string, unknown>;

export async function documentByKey(ctx: Context, key: string): Promise<Document | null> {
  const props = await ctx.loaders.load<Props | null>("document", DOCUMENTS_BY_ID, key, null);
  return props ? toEntity(Document, props) : null;
}

export const documentIssuer = (ctx: Context, key: string) => ctx.loaders.load<Props | null>("document.issuer", ISSUER, key, null);
export const documentCites = (ctx: Context, key: string) => ctx.loaders.load<Props[]>("document.cites", CITES, key, []);
export const documentSigners = (ctx: Context, key: string) => ctx.loaders.load<Array<{ node: Props; edge: Props }>>("document.signedBy", SIGNED_BY, key, []);
export const documentCitedBy = (ctx: Context, key: string) => ctx.loaders.load<Props[]>("document.citedBy", CITED_BY, key, []);

export async function listDocuments(db: Queries, filter: { kinds?: string[]; text?: string }, window: Window): Promise<Page<Document>> {
  const [row] = await db.read(LIST, { kinds: filter.kinds ?? null, text: filter.text ?? null, ...windowParams(window) });
  return toPage(Document, row);
}

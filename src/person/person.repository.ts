import type { Context } from "../context.js";
import type { Queries } from "../db/database.js";
import { PAGE_TAIL, windowParams } from "../db/paging.js";
import { toEntity, toPage } from "../graphql/entity.js";
import type { Page, Window } from "../graphql/relay.js";
import type { Linked } from "../organization/organization.repository.js";
import { Person } from "./person.type.js";

type Props = Record<string, unknown>;

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

export async function personByKey(ctx: Context, key: string): Promise<Person | null> {
  const props = await ctx.loaders.load<Props | null>("person", BY_ID, key, null);
  return props ? toEntity(Person, props) : null;
}


export async function listPeople(
  db: Queries,
  filter: { text?: string; organization?: string; roles?: string[] },
  desc: boolean,
  window: Window,
): Promise<Page<Person>> {
  const [row] = await db.read(LIST, {
    text: filter.text ?? null,
    organization: filter.organization ?? null,
    roles: filter.roles ?? null,
    desc,
    ...windowParams(window),
  });
  return toPage(Person, row);
}

export const personRoles = (ctx: Context, key: string) => ctx.loaders.load<Linked[]>("person.roles", ROLES, key, []);
export const personAffiliations = (ctx: Context, key: string) => ctx.loaders.load<Linked[]>("person.affiliations", AFFILIATIONS, key, []);
export const personRepresents = (ctx: Context, key: string) => ctx.loaders.load<Props[]>("person.represents", REPRESENTS, key, []);

import type DataLoader from "dataloader";
import { OrganizationRow } from "../db/node-rows.js";
import { READABLE_ID } from "../entity-kinds.js";
import type { DataScope } from "../loaders.js";
import {
  bodyWithRelated, listOrganizations, type DeliverablePageArgs, type OrganizationFilter, type OrganizationLookAhead, type OrganizationRelated,
  type OrganizationRelation, type OrganizationWithRelated,
} from "./organization.repository.js";
import type { Page, Window } from "../db/paging.js";
import { holdsOn } from "../dated/holds-on.js";
import { chooseRef, resolveRef } from "../refs/resolve-ref.js";
import { unknownRefError } from "../refs/unknown-ref.js";
import { shortFormSplits } from "./short-forms.js";

/**
 * The rules about organizations that GraphQL, exports and the coordination queries share: how
 * a ref names one, and which roles hold in a body on a date. Plain rows in, plain rows out; the
 * resolvers build GraphQL objects from them.
 */

/** Resolves `ref` (id, acronym, name, alias or compact form) to one organization or a clear error. */
export async function resolveOrganizationRef(scope: DataScope, ref: string, argument = "ref"): Promise<OrganizationRow | null> {
  // A ref of a readable id's form is most likely one: one index seek, batched with the level's
  // other loads, before the names and aliases. Another ("SC 27") goes to them at once.
  if (READABLE_ID.test(ref)) {
    const byKey = await scope.loaders.organization.byId.load(ref);
    if (byKey) return byKey;
  }
  return (await resolveRef(scope, "Organization", ref, argument)) ?? resolveShortForm(scope, ref);
}

/**
 * A short form built from a parent's acronym and the body's own ("IEEE-SA MSC", "ITU-T SG17",
 * short-forms.ts): read only when the ref names no body as a whole, so a lookup that finds its
 * body pays nothing for it. The first split whose parent part names one body and whose own part
 * names exactly one body under it; null when none does.
 */
export async function resolveShortForm(scope: DataScope, ref: string): Promise<OrganizationRow | null> {
  for (const { parent, own } of shortFormSplits(ref)) {
    const [parents, owns] = await Promise.all([scope.loaders.refs.load({ kind: "Organization", ref: parent }), scope.loaders.refs.load({ kind: "Organization", ref: own })]);
    const parentBest = parents.filter((m) => m.rank === parents[0]?.rank);
    if (parentBest.length !== 1 || owns.length === 0) continue;
    const parentId = parentBest[0]!.node.id;
    const under = await Promise.all(owns.map(async (m) => ((await scope.loaders.organization.ancestors.load(m.node.id)).some((a) => a.id === parentId) ? m : null)));
    const found = under.filter((m) => m !== null);
    const best = found.filter((m) => m.rank === found[0]?.rank);
    if (best.length === 1) return OrganizationRow.parse(best[0]!.node);
  }
  return null;
}

/** The organization `ref` names, or a BAD_USER_INPUT error naming the argument. */
export async function requireOrganizationRef(scope: DataScope, ref: string, argument: string): Promise<OrganizationRow> {
  const org = await resolveOrganizationRef(scope, ref, argument);
  if (!org) throw await unknownRefError(scope.db, ["Organization"], ref, argument, `${argument}: no organization "${ref}"`);
  return org;
}

/** The readable id of the organization a filter names, or a BAD_USER_INPUT error naming the filter. */
export async function organizationKeyForFilter(scope: DataScope, ref: string | undefined, argument: string): Promise<string | undefined> {
  return ref ? (await requireOrganizationRef(scope, ref, argument)).id : undefined;
}

/**
 * The roles held in a body: all of them with `on` null, else those holding on that date,
 * optionally of some kinds. `lookedAhead`: the body's roles as its look-ahead read them, for the
 * field whose selection they were read for (their people may be slim: never primed).
 */
export async function rolesInOrganization(scope: DataScope, organizationKey: string, on: string | null, kinds?: readonly string[], lookedAhead?: OrganizationRelated["roles"]) {
  const rows = lookedAhead ?? (await scope.loaders.organization.roles.load(organizationKey));
  // The role rows carry the people: their own fields then cost no round trip.
  if (!lookedAhead) for (const { node } of rows) scope.loaders.person.byId.prime(node.id, node);
  return rows.filter(({ edge }) => (!kinds || (edge.role !== undefined && kinds.includes(edge.role))) && (on === null || holdsOn(edge, on)));
}

/**
 * The deliverable loader's key for a body and a page: one function builds it for the field and
 * for the look-ahead that primes it, so both name the same cache entry.
 */
export function deliverablePageKey(id: string, args: DeliverablePageArgs): { id: string } & DeliverablePageArgs {
  return { id, includeSubGroups: args.includeSubGroups, statuses: args.statuses, window: args.window };
}

/**
 * How each argument of a deliverable page compares, one entry per field of DeliverablePageArgs
 * (and of its Window): the types require every field, so an argument added there fails to
 * compile until it is compared here, as the loader's key type already requires it in the key.
 */
const samePageArg: { [K in keyof Required<DeliverablePageArgs>]: (a: DeliverablePageArgs[K], b: DeliverablePageArgs[K]) => boolean } = {
  includeSubGroups: (a, b) => a === b,
  statuses: (a, b) => a === b || (a !== null && b !== null && a.length === b.length && a.every((status, i) => status === b[i])),
  window: (a, b) => WINDOW_FIELDS.every((field) => a[field] === b[field]),
};
const WINDOW_FIELDS = Object.keys({ after: true, before: true, first: true, last: true } satisfies Record<keyof Window, true>) as Array<keyof Window>;
const PAGE_ARG_FIELDS = Object.keys(samePageArg) as Array<keyof DeliverablePageArgs>;

/** Whether two deliverable pages' arguments ask for the same page (as their `deliverablePageKey`s would say, without serializing both per body). */
export function samePageArgs(a: DeliverablePageArgs, b: DeliverablePageArgs): boolean {
  return PAGE_ARG_FIELDS.every((field) => sameArg(field, a, b));
}

function sameArg<K extends keyof DeliverablePageArgs>(field: K, a: DeliverablePageArgs, b: DeliverablePageArgs): boolean {
  return samePageArg[field](a[field], b[field]);
}

/**
 * What a look-ahead read of a body, for the fields of the selection it was read for: the
 * relationships, and the page of deliverables with the arguments it was read with. The
 * resolvers read a field's value here first (graphql objects carry it), then the loaders.
 */
export interface LookedAhead {
  related: OrganizationWithRelated["related"];
  deliverables: DeliverablePageArgs | null;
}

/** A body and what its look-ahead read of it. */
export interface BodyLookedAhead {
  node: OrganizationRow;
  lookedAhead: LookedAhead;
}

const isWhole = (projection: readonly string[] | null | undefined) => projection === null || projection === undefined;

/** Whether the look-ahead read a relationship whole: its nodes, and for the topics their WORKS_ON relationships too. */
function readWhole(lookAhead: OrganizationLookAhead, relation: OrganizationRelation | "deliverablePage"): boolean {
  const projections: Partial<Record<string, readonly string[] | null>> = lookAhead.relatedProperties;
  return isWhole(projections[relation]) && (relation !== "topics" || isWhole(projections.topicWork));
}

/**
 * Primes the request's loaders with what a look-ahead read of each body, when it read it whole:
 * any other field of the request may then read it from the loader. A slim row (the properties
 * this selection needs) is never primed: another field selecting more would read it from the
 * same cache and miss properties. The fields of this selection read it from their object.
 */
function primeLookAhead(scope: DataScope, bodies: readonly OrganizationWithRelated[], lookAhead: OrganizationLookAhead): BodyLookedAhead[] {
  const loaders = scope.loaders.organization;
  return bodies.map(({ node, related }) => {
    if (isWhole(lookAhead.properties)) loaders.byId.prime(node.id, node);
    for (const relation of lookAhead.relations) {
      // Each relation's value has its own loader's value type: the look-ahead read it with that loader's expression.
      if (relation in related && readWhole(lookAhead, relation)) (loaders[relation] as DataLoader<string, unknown>).prime(node.id, related[relation]);
    }
    // The documents the body's sources cite are read whole: any field may read them from the loader.
    for (const { key, document } of related.sourceDocuments ?? []) scope.loaders.document.byId.prime(key, document);
    if (lookAhead.deliverables && related.deliverablePage && readWhole(lookAhead, "deliverablePage")) {
      loaders.deliverablePage.prime(deliverablePageKey(node.id, lookAhead.deliverables), related.deliverablePage);
    }
    return { node, lookedAhead: { related, deliverables: lookAhead.deliverables } };
  });
}

/** A page of organizations, each with what the look-ahead read of it. */
export async function listOrganizationsLookingAhead(
  scope: DataScope,
  filter: OrganizationFilter,
  order: { by: string; desc: boolean },
  window: Window,
  lookAhead: OrganizationLookAhead,
): Promise<Page<BodyLookedAhead>> {
  const page = await listOrganizations(scope.db, filter, order, window, lookAhead);
  return { ...page, items: primeLookAhead(scope, page.items, lookAhead) };
}

/**
 * `resolveOrganizationRef` for the `organization(ref)` field, with what its selection reads of
 * the body: one statement whatever the ref's form (id, name, acronym, alias, designation), the
 * ref resolved in it by the standalone resolution's clauses and decided by its rule
 * (`chooseRef`: none is null, several equally good an error listing them). Through the
 * request's loader (keyed by ref and look-ahead, projections included), so two lookups of one
 * body in a request cost no more, and lookups of one level share a statement.
 */
export async function resolveOrganizationRefLookingAhead(scope: DataScope, ref: string, lookAhead: OrganizationLookAhead): Promise<BodyLookedAhead | null> {
  const found = await scope.loaders.organization.byRef.load({ id: ref, lookAhead });
  const named = chooseRef("Organization", ref, found.candidates, "ref");
  if (!named) {
    // No body by that whole name: a short form ("IEEE-SA MSC") names one by its parent's and its own acronym.
    const short = await resolveShortForm(scope, ref);
    return short ? resolveOrganizationRefLookingAhead(scope, short.id, lookAhead) : null;
  }
  // The statement read the body when exactly one candidate was best: the one `chooseRef` names.
  if (!found.body || found.body.node.id !== named.id) return null;
  return primeLookAhead(scope, [bodyWithRelated(lookAhead, found.body)], lookAhead)[0]!;
}

/** A relationship of a body: as its look-ahead read it for this selection, else through the request's loader. */
export async function organizationRelated<K extends OrganizationRelation>(scope: DataScope, key: string, relation: K, lookedAhead?: LookedAhead): Promise<Exclude<OrganizationRelated[K], undefined>> {
  const related: OrganizationRelated | undefined = lookedAhead?.related;
  if (related && relation in related) return related[relation] as Exclude<OrganizationRelated[K], undefined>;
  // Each loader's value type is its relation's (organizationStatements).
  return (scope.loaders.organization[relation] as DataLoader<string, Exclude<OrganizationRelated[K], undefined>>).load(key);
}

/** A page of a body's deliverables: as its look-ahead read it, when for these arguments; else through the loader. */
export async function organizationDeliverablePage(scope: DataScope, key: string, args: DeliverablePageArgs, lookedAhead?: LookedAhead) {
  const page = lookedAhead?.related.deliverablePage;
  if (page && lookedAhead.deliverables && samePageArgs(lookedAhead.deliverables, args)) return page;
  return scope.loaders.organization.deliverablePage.load(deliverablePageKey(key, args));
}

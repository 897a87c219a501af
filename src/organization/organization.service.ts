import type DataLoader from "dataloader";
import type { OrganizationRow } from "../db/node-rows.js";
import { READABLE_ID } from "../entity-kinds.js";
import { BadUserInputError } from "../errors.js";
import type { DataScope } from "../loaders.js";
import {
  bodyWithRelated, listOrganizations, type DeliverablePageArgs, type OrganizationFilter, type OrganizationLookAhead, type OrganizationWithRelated,
} from "./organization.repository.js";
import type { Page, Window } from "../db/paging.js";
import { holdsOn } from "../person/dated.js";
import { resolveRef } from "../refs/resolve-ref.js";

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
  return resolveRef(scope, "Organization", ref, argument);
}

/** The organization `ref` names, or a BAD_USER_INPUT error naming the argument. */
export async function requireOrganizationRef(scope: DataScope, ref: string, argument: string): Promise<OrganizationRow> {
  const org = await resolveOrganizationRef(scope, ref, argument);
  if (!org) throw new BadUserInputError(`${argument}: no organization "${ref}"`, argument);
  return org;
}

/** The readable id of the organization a filter names, or a BAD_USER_INPUT error naming the filter. */
export async function organizationKeyForFilter(scope: DataScope, ref: string | undefined, argument: string): Promise<string | undefined> {
  return ref ? (await requireOrganizationRef(scope, ref, argument)).id : undefined;
}

/** The roles held in a body: all of them with `on` null, else those holding on that date, optionally of some kinds. */
export async function rolesInOrganization(scope: DataScope, organizationKey: string, on: string | null, kinds?: readonly string[]) {
  const rows = await scope.loaders.organization.roles.load(organizationKey);
  // The role rows carry the people: their own fields then cost no round trip.
  for (const { node } of rows) scope.loaders.person.byId.prime(node.id, node);
  return rows.filter(({ edge }) => (!kinds || (edge.role !== undefined && kinds.includes(edge.role))) && (on === null || holdsOn(edge, on)));
}

/**
 * The deliverable loader's key for a body and a page: one function builds it for the field and
 * for the look-ahead that primes it, so both name the same cache entry.
 */
export function deliverablePageKey(id: string, args: DeliverablePageArgs) {
  return { id, includeSubGroups: args.includeSubGroups, statuses: args.statuses, window: args.window };
}

/** Primes the request's loaders with what a look-ahead read of each body: its nested fields then cost no statement. */
function primeLookAhead(scope: DataScope, bodies: readonly OrganizationWithRelated[], lookAhead: OrganizationLookAhead): void {
  const loaders = scope.loaders.organization;
  for (const { node, related } of bodies) {
    loaders.byId.prime(node.id, node);
    for (const relation of lookAhead.relations) {
      // Each relation's value has its own loader's value type: the look-ahead read it with that loader's expression.
      if (relation in related) (loaders[relation] as DataLoader<string, unknown>).prime(node.id, related[relation]);
    }
    if (lookAhead.deliverables && related.deliverablePage) loaders.deliverablePage.prime(deliverablePageKey(node.id, lookAhead.deliverables), related.deliverablePage);
  }
}

/** A page of organizations, each with what the look-ahead reads of it primed into the loaders. */
export async function listOrganizationsLookingAhead(
  scope: DataScope,
  filter: OrganizationFilter,
  order: { by: string; desc: boolean },
  window: Window,
  lookAhead: OrganizationLookAhead,
): Promise<Page<OrganizationRow>> {
  const page = await listOrganizations(scope.db, filter, order, window, lookAhead);
  primeLookAhead(scope, page.items, lookAhead);
  return { ...page, items: page.items.map((body) => body.node) };
}

/**
 * `resolveOrganizationRef` for a field whose selection reads the body's relationships. A ref of
 * a readable id's form ("fg-mv") is tried as one first: the body and those relationships are then
 * one statement. Another ("SC 27", "JCA-MV") is resolved first, then read with them: two. Both
 * go through the request's loaders, so two lookups of one body in a request cost no more.
 */
export async function resolveOrganizationRefLookingAhead(scope: DataScope, ref: string, lookAhead: OrganizationLookAhead): Promise<OrganizationRow | null> {
  if (lookAhead.relations.length === 0 && !lookAhead.deliverables) return resolveOrganizationRef(scope, ref);
  const withRelated = async (id: string) => {
    const found = await scope.loaders.organization.withRelated.load({ id, lookAhead });
    if (!found) return null;
    const body = bodyWithRelated(lookAhead, found);
    primeLookAhead(scope, [body], lookAhead);
    return body.node;
  };
  const byKey = READABLE_ID.test(ref) ? await withRelated(ref) : null;
  if (byKey) return byKey;
  const named = await resolveRef(scope, "Organization", ref, "ref");
  return named ? ((await withRelated(named.id)) ?? named) : null;
}

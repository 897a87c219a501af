import type { OrganizationRow } from "../db/node-rows.js";
import { BadUserInputError } from "../errors.js";
import type { DataScope } from "../loaders.js";
import { holdsOn } from "../person/dated.js";
import { resolveRef } from "../refs/resolve-ref.js";

/**
 * The rules about organizations that GraphQL, exports and the coordination queries share: how
 * a ref names one, and which roles hold in a body on a date. Plain rows in, plain rows out; the
 * resolvers build GraphQL objects from them.
 */

/** Resolves `ref` (id, acronym, name, alias or compact form) to one organization or a clear error. */
export async function resolveOrganizationRef(scope: DataScope, ref: string, argument = "ref"): Promise<OrganizationRow | null> {
  // Most refs are readable ids: one index seek, batched, before scanning names and aliases.
  const byKey = await scope.loaders.organization.byId.load(ref);
  if (byKey) return byKey;
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

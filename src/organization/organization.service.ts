import type { Context } from "../context.js";
import { BadUserInputError } from "../errors.js";
import { toEdge, toEntity } from "../graphql/entity.js";
import { holdsOn, Role } from "../person/person.type.js";
import { resolveRef } from "../refs/resolve-ref.js";
import * as repo from "./organization.repository.js";
import { Organization } from "./organization.type.js";

/** Resolves `ref` (id, acronym, name, alias or compact form) to one organization or a clear error. */
export async function resolveOrganizationRef(ctx: Context, ref: string, argument = "ref"): Promise<Organization | null> {
  // Most refs are readable ids: one index seek, batched, before scanning names and aliases.
  const byKey = await repo.organizationByKey(ctx, ref);
  if (byKey) return byKey;
  const props = await resolveRef(ctx, "Organization", ref, argument);
  return props ? toEntity(Organization, props) : null;
}

/** The organization `ref` names, or a BAD_USER_INPUT error naming the argument. */
export async function requireOrganizationRef(ctx: Context, ref: string, argument: string): Promise<Organization> {
  const org = await resolveOrganizationRef(ctx, ref, argument);
  if (!org) throw new BadUserInputError(`${argument}: no organization "${ref}"`, argument);
  return org;
}

/** The readable id of the organization a filter names, or a BAD_USER_INPUT error naming the filter. */
export async function organizationKeyForFilter(ctx: Context, ref: string | undefined, argument: string): Promise<string | undefined> {
  return ref ? (await requireOrganizationRef(ctx, ref, argument)).key : undefined;
}

/** The roles held in a body: all of them with `on` null, else those holding on that date, optionally of some kinds. */
export async function rolesInOrganization(ctx: Context, organizationKey: string, on: string | null, kinds?: readonly string[]): Promise<Role[]> {
  const rows = await repo.organizationRoles(ctx, organizationKey);
  for (const { node } of rows) ctx.loaders.prime("person", node.id as string, node);
  return rows
    .map(({ node, edge }) => toEdge(Role, edge, { key: edge.id, personKey: node.id, organizationKey, ...(on ? { asOf: on } : {}) }))
    .filter((role) => (!kinds || kinds.includes(role.role)) && (on === null || holdsOn(role, on)));
}

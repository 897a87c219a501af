import { Resolver } from "type-graphql";
import { mergeableEntityMutations } from "../editing/entity-mutations.js";
import { organizationSpec } from "../editing/specs.js";
import { OrganizationInput, OrganizationPatch } from "./organization.input.js";
import { Organization } from "./organization.type.js";

/** createOrganization, updateOrganization, deleteOrganization, mergeOrganizations (src/editing/entity-mutations.ts). */
@Resolver()
export class OrganizationMutations extends mergeableEntityMutations({
  name: "Organization",
  noun: "an organization",
  plural: "Organizations",
  spec: organizationSpec,
  type: Organization,
  input: OrganizationInput,
  patch: OrganizationPatch,
}) {}

import { Arg, Authorized, Ctx, Int, Mutation, Resolver } from "type-graphql";
import { Change } from "../audit/change.type.js";
import type { Context } from "../context.js";
import { toEntity } from "../graphql/entity.js";
import { runEdit } from "../editing/edit.js";
import { mergeRecords } from "../editing/merge.js";
import { createEntity, deleteEntity, updateEntity } from "../editing/mutations.js";
import { SourceInput } from "../editing/source.input.js";
import { organizationSpec } from "../editing/specs.js";
import { OrganizationInput, OrganizationPatch } from "./organization.input.js";
import { Organization } from "./organization.type.js";

@Resolver()
export class OrganizationMutations {
  @Authorized("EDITOR")
  @Mutation(() => Organization, { description: "Creates an organization (editor). Everything it writes cites `source`." })
  createOrganization(@Arg("input", () => OrganizationInput) input: OrganizationInput, @Arg("source", () => SourceInput) source: SourceInput, @Ctx() ctx: Context) {
    return createEntity(ctx, organizationSpec, Organization, input, source);
  }

  @Authorized("EDITOR")
  @Mutation(() => Organization, { description: "Changes an organization (editor). `version` is the version the change is based on: if the organization changed since, a CONFLICT error refuses it." })
  updateOrganization(
    @Arg("key", () => String) key: string,
    @Arg("version", () => Int) version: number,
    @Arg("patch", () => OrganizationPatch) patch: OrganizationPatch,
    @Arg("source", () => SourceInput) source: SourceInput,
    @Ctx() ctx: Context,
  ) {
    return updateEntity(ctx, organizationSpec, Organization, key, version, patch, source);
  }

  @Authorized("ADMIN")
  @Mutation(() => Change, { description: "Deletes an organization and its relationships (admin); refused while records depend on it. Returns the change record." })
  deleteOrganization(
    @Arg("key", () => String) key: string,
    @Arg("version", () => Int) version: number,
    @Arg("source", () => SourceInput) source: SourceInput,
    @Ctx() ctx: Context,
  ) {
    return deleteEntity(ctx, organizationSpec, key, version, source);
  }

  @Authorized("ADMIN")
  @Mutation(() => Organization, {
    description:
      "Merges two records of one organization (admin): `remove`'s relationships move to `keep`, its names become aliases, " +
      "sources are united, its values fill `keep`'s gaps (differing ones are kept in the change record); `remove` is then gone, its history kept.",
  })
  async mergeOrganizations(
    @Arg("keep", () => String, { description: "Readable id of the record that stays." }) keep: string,
    @Arg("keepVersion", () => Int) keepVersion: number,
    @Arg("remove", () => String, { description: "Readable id of the record merged into it." }) remove: string,
    @Arg("removeVersion", () => Int) removeVersion: number,
    @Arg("source", () => SourceInput) source: SourceInput,
    @Ctx() ctx: Context,
  ) {
    const { result } = await runEdit(ctx, source, (edit) => mergeRecords(edit, organizationSpec, keep, remove, keepVersion, removeVersion));
    return toEntity(Organization, result);
  }
}

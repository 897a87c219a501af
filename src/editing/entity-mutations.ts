import { Arg, Authorized, Ctx, Int, Mutation, Resolver, type ClassType } from "type-graphql";
import { Change } from "../audit/change.type.js";
import type { Context } from "../context.js";
import { toEntity } from "../graphql/entity.js";
import { runEdit } from "./run-edit.js";
import { mergeRecords } from "./merge.js";
import { createEntity, deleteEntity, updateEntity } from "./mutations.js";
import { SourceInput } from "./source.input.js";
import type { EntitySpec } from "./specs.js";

/**
 * The mutations every editable entity shares, made once: `update<Name>` and `delete<Name>`, plus
 * `create<Name>` and `merge<Plural>` where the entity has them. A feature's resolver extends the
 * class these return (type-graphql carries the inherited mutations to it) and adds its own.
 */
export interface EntityMutationsOptions {
  /** The GraphQL type's name, as in `create<Name>`. */
  name: string;
  /** The entity with its article, as the descriptions say it: "an organization". */
  noun: string;
  spec: EntitySpec;
  type: ClassType;
  patch: ClassType;
  /** Overrides a standard description. */
  descriptions?: { update?: string; delete?: string };
}

/** `update<Name>` (editor) and `delete<Name>` (admin). */
export function editMutations(options: EntityMutationsOptions) {
  const { name, noun, spec, type, patch } = options;
  const the = noun.replace(/^an? /, "the ");

  @Resolver()
  abstract class EditMutations {
    @Authorized("EDITOR")
    @Mutation(() => type, {
      name: `update${name}`,
      description:
        options.descriptions?.update ??
        `Changes ${noun} (editor). \`version\` is the version the change is based on: if ${the} changed since, a CONFLICT error refuses it.`,
    })
    update(
      @Arg("key", () => String) key: string,
      @Arg("version", () => Int) version: number,
      @Arg("patch", () => patch) changes: object,
      @Arg("source", () => SourceInput) source: SourceInput,
      @Ctx() ctx: Context,
    ) {
      return updateEntity(ctx, spec, type, key, version, changes, source);
    }

    @Authorized("ADMIN")
    @Mutation(() => Change, {
      name: `delete${name}`,
      description: options.descriptions?.delete ?? `Deletes ${noun} and its relationships (admin); refused while records depend on it. Returns the change record.`,
    })
    delete(
      @Arg("key", () => String) key: string,
      @Arg("version", () => Int) version: number,
      @Arg("source", () => SourceInput) source: SourceInput,
      @Ctx() ctx: Context,
    ) {
      return deleteEntity(ctx, spec, key, version, source);
    }
  }
  return EditMutations;
}

/** `create<Name>` (editor), `update<Name>` and `delete<Name>`. */
export function entityMutations(options: EntityMutationsOptions & { input: ClassType }) {
  const { name, noun, spec, type, input } = options;

  @Resolver()
  abstract class EntityMutations extends editMutations(options) {
    @Authorized("EDITOR")
    @Mutation(() => type, { name: `create${name}`, description: `Creates ${noun} (editor). Everything it writes cites \`source\`.` })
    create(@Arg("input", () => input) fields: object, @Arg("source", () => SourceInput) source: SourceInput, @Ctx() ctx: Context) {
      return createEntity(ctx, spec, type, fields, source);
    }
  }
  return EntityMutations;
}

/** Everything `entityMutations` makes, and `merge<Plural>` (admin) for records found to be one. */
export function mergeableEntityMutations(options: EntityMutationsOptions & { input: ClassType; plural: string }) {
  const { noun, spec, type, plural } = options;

  @Resolver()
  abstract class MergeableEntityMutations extends entityMutations(options) {
    @Authorized("ADMIN")
    @Mutation(() => type, {
      name: `merge${plural}`,
      description:
        `Merges two records of one ${noun.replace(/^an? /, "")} (admin): \`remove\`'s relationships move to \`keep\`, its names become aliases, ` +
        "sources are united, its values fill `keep`'s gaps (differing ones are kept in the change record); `remove` is then gone, its history kept.",
    })
    async merge(
      @Arg("keep", () => String, { description: "Readable id of the record that stays." }) keep: string,
      @Arg("keepVersion", () => Int) keepVersion: number,
      @Arg("remove", () => String, { description: "Readable id of the record merged into it." }) remove: string,
      @Arg("removeVersion", () => Int) removeVersion: number,
      @Arg("source", () => SourceInput) source: SourceInput,
      @Ctx() ctx: Context,
    ) {
      const { result } = await runEdit(ctx, source, (edit) => mergeRecords(edit, spec, keep, remove, keepVersion, removeVersion));
      return toEntity(type, result);
    }
  }
  return MergeableEntityMutations;
}

import { Arg, Authorized, Ctx, Int, Mutation, Resolver } from "type-graphql";
import { Change } from "../audit/change.type.js";
import type { Context } from "../context.js";
import { toEntity } from "../graphql/entity.js";
import { runEdit } from "../editing/edit.js";
import { mergeRecords } from "../editing/merge.js";
import { createEntity, deleteEntity, updateEntity } from "../editing/mutations.js";
import { SourceInput } from "../editing/source.input.js";
import { personSpec } from "../editing/specs.js";
import { PersonInput, PersonPatch } from "./person.input.js";
import { Person } from "./person.type.js";

@Resolver()
export class PersonMutations {
  @Authorized("EDITOR")
  @Mutation(() => Person, { description: "Creates a person (editor). Everything it writes cites `source`." })
  createPerson(@Arg("input", () => PersonInput) input: PersonInput, @Arg("source", () => SourceInput) source: SourceInput, @Ctx() ctx: Context) {
    return createEntity(ctx, personSpec, Person, input, source);
  }

  @Authorized("EDITOR")
  @Mutation(() => Person, { description: "Changes a person (editor). `version` is the version the change is based on: if the person changed since, a CONFLICT error refuses it." })
  updatePerson(
    @Arg("key", () => String) key: string,
    @Arg("version", () => Int) version: number,
    @Arg("patch", () => PersonPatch) patch: PersonPatch,
    @Arg("source", () => SourceInput) source: SourceInput,
    @Ctx() ctx: Context,
  ) {
    return updateEntity(ctx, personSpec, Person, key, version, patch, source);
  }

  @Authorized("ADMIN")
  @Mutation(() => Change, { description: "Deletes a person and its relationships (admin); refused while records depend on it. Returns the change record." })
  deletePerson(
    @Arg("key", () => String) key: string,
    @Arg("version", () => Int) version: number,
    @Arg("source", () => SourceInput) source: SourceInput,
    @Ctx() ctx: Context,
  ) {
    return deleteEntity(ctx, personSpec, key, version, source);
  }

  @Authorized("ADMIN")
  @Mutation(() => Person, {
    description:
      "Merges two records of one person (admin): `remove`'s relationships move to `keep`, its names become aliases, " +
      "sources are united, its values fill `keep`'s gaps (differing ones are kept in the change record); `remove` is then gone, its history kept.",
  })
  async mergePeople(
    @Arg("keep", () => String, { description: "Readable id of the record that stays." }) keep: string,
    @Arg("keepVersion", () => Int) keepVersion: number,
    @Arg("remove", () => String, { description: "Readable id of the record merged into it." }) remove: string,
    @Arg("removeVersion", () => Int) removeVersion: number,
    @Arg("source", () => SourceInput) source: SourceInput,
    @Ctx() ctx: Context,
  ) {
    const { result } = await runEdit(ctx, source, (edit) => mergeRecords(edit, personSpec, keep, remove, keepVersion, removeVersion));
    return toEntity(Person, result);
  }
}

import { Arg, Authorized, Ctx, Int, Mutation, Resolver } from "type-graphql";
import { Change } from "../audit/change.type.js";
import type { Context } from "../context.js";
import { runEdit } from "../editing/edit.js";
import { deleteEntity, updateEntity } from "../editing/mutations.js";
import { createNode } from "../editing/nodes.js";
import { SourceInput } from "../editing/source.input.js";
import { liaisonSpec } from "../editing/specs.js";
import { LiaisonInput, LiaisonPatch } from "./liaison.input.js";
import { toEntity } from "../graphql/entity.js";
import { Liaison } from "./liaison.type.js";

@Resolver()
export class LiaisonMutations {
  @Authorized("EDITOR")
  @Mutation(() => Liaison, { description: "Records a liaison or a liaison statement (from, to, date, subject, topics, representatives) (editor). A LIAISON_STATEMENT without `document` is documented in the source document." })
  async recordLiaison(@Arg("input", () => LiaisonInput) input: LiaisonInput, @Arg("source", () => SourceInput) source: SourceInput, @Ctx() ctx: Context) {
    const { result } = await runEdit(ctx, source, (edit) => {
      // A liaison statement is usually the very document the edit cites.
      const document = input.document ?? (input.kind === "LIAISON_STATEMENT" ? edit.source.documentKey : undefined);
      return createNode(edit, liaisonSpec, { ...input, document });
    });
    return toEntity(Liaison, result);
  }

  @Authorized("EDITOR")
  @Mutation(() => Liaison, { description: "Changes a liaison (editor). `version` is the version the change is based on: if the liaison changed since, a CONFLICT error refuses it." })
  updateLiaison(
    @Arg("key", () => String) key: string,
    @Arg("version", () => Int) version: number,
    @Arg("patch", () => LiaisonPatch) patch: LiaisonPatch,
    @Arg("source", () => SourceInput) source: SourceInput,
    @Ctx() ctx: Context,
  ) {
    return updateEntity(ctx, liaisonSpec, Liaison, key, version, patch, source);
  }

  @Authorized("ADMIN")
  @Mutation(() => Change, { description: "Deletes a liaison and its relationships (admin); refused while records depend on it. Returns the change record." })
  deleteLiaison(
    @Arg("key", () => String) key: string,
    @Arg("version", () => Int) version: number,
    @Arg("source", () => SourceInput) source: SourceInput,
    @Ctx() ctx: Context,
  ) {
    return deleteEntity(ctx, liaisonSpec, key, version, source);
  }
}

import { Arg, Authorized, Ctx, Mutation, Resolver } from "type-graphql";
import type { Context } from "../context.js";
import { runEdit } from "../editing/run-edit.js";
import { editMutations } from "../editing/entity-mutations.js";
import { createNode } from "../editing/nodes.js";
import { SourceInput } from "../editing/source.input.js";
import { liaisonSpec } from "../editing/specs.js";
import { toEntity } from "../graphql/entity.js";
import { LiaisonInput, LiaisonPatch } from "./liaison.input.js";
import { Liaison } from "./liaison.type.js";

/** recordLiaison, and updateLiaison, deleteLiaison (src/editing/entity-mutations.ts). */
@Resolver()
export class LiaisonMutations extends editMutations({ name: "Liaison", noun: "a liaison", spec: liaisonSpec, type: Liaison, patch: LiaisonPatch }) {
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
}

import { Arg, Authorized, Ctx, Int, Mutation, Resolver } from "type-graphql";
import { Change } from "../audit/change.type.js";
import type { Context } from "../context.js";
import { createEntity, deleteEntity, updateEntity } from "../editing/mutations.js";
import { SourceInput } from "../editing/source.input.js";
import { documentSpec } from "../editing/specs.js";
import { DocumentInput, DocumentPatch } from "./document.input.js";
import { Document } from "./document.type.js";

@Resolver()
export class DocumentMutations {
  @Authorized("EDITOR")
  @Mutation(() => Document, { description: "Records a source document (editor). Without `source`, the document is its own source." })
  createDocument(
    @Arg("input", () => DocumentInput) input: DocumentInput,
    @Arg("source", () => SourceInput, { nullable: true }) source: SourceInput | undefined,
    @Ctx() ctx: Context,
  ) {
    return createEntity(ctx, documentSpec, Document, input, source ?? undefined);
  }

  @Authorized("EDITOR")
  @Mutation(() => Document, { description: "Changes a document (editor); `version` is the version the change is based on." })
  updateDocument(
    @Arg("key", () => String) key: string,
    @Arg("version", () => Int) version: number,
    @Arg("patch", () => DocumentPatch) patch: DocumentPatch,
    @Arg("source", () => SourceInput) source: SourceInput,
    @Ctx() ctx: Context,
  ) {
    return updateEntity(ctx, documentSpec, Document, key, version, patch, source);
  }

  @Authorized("ADMIN")
  @Mutation(() => Change, { description: "Deletes a document that nothing cites (admin); returns the change record." })
  deleteDocument(
    @Arg("key", () => String) key: string,
    @Arg("version", () => Int) version: number,
    @Arg("source", () => SourceInput) source: SourceInput,
    @Ctx() ctx: Context,
  ) {
    return deleteEntity(ctx, documentSpec, key, version, source);
  }
}

import { Arg, Authorized, Ctx, Mutation, Resolver } from "type-graphql";
import type { Context } from "../context.js";
import { editMutations } from "../editing/entity-mutations.js";
import { createEntity } from "../editing/mutations.js";
import { SourceInput } from "../editing/source.input.js";
import { documentSpec } from "../editing/specs.js";
import { DocumentInput, DocumentPatch } from "./document.input.js";
import { Document } from "./document.type.js";

/** createDocument (its own source when none is given), and updateDocument, deleteDocument (src/editing/entity-mutations.ts). */
@Resolver()
export class DocumentMutations extends editMutations({
  name: "Document",
  noun: "a document",
  spec: documentSpec,
  type: Document,
  patch: DocumentPatch,
  descriptions: { delete: "Deletes a document that nothing cites (admin); returns the change record." },
}) {
  @Authorized("EDITOR")
  @Mutation(() => Document, { description: "Records a source document (editor). Without `source`, the document is its own source." })
  createDocument(
    @Arg("input", () => DocumentInput) input: DocumentInput,
    @Arg("source", () => SourceInput, { nullable: true }) source: SourceInput | undefined,
    @Ctx() ctx: Context,
  ) {
    return createEntity(ctx, documentSpec, Document, input, source ?? undefined);
  }
}

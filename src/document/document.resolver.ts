import { Arg, Args, Ctx, FieldResolver, Query, Resolver, Root } from "type-graphql";
import type { Context } from "../context.js";
import { toEntity } from "../graphql/entity.js";
import { Connection, PageArgs, toConnection, toWindow } from "../graphql/relay.js";
import { SourceRef } from "../graphql/sources.js";
import { Organization } from "../organization/organization.type.js";
import * as repo from "./document.repository.js";
import { Document, DocumentKind } from "./document.type.js";

export const DocumentConnection = Connection(Document, "Document");

@Resolver(() => Document)
export class DocumentResolver {
  @Query(() => Document, { nullable: true, description: 'One source document by readable id, e.g. "tsb-circular-60".' })
  document(@Arg("key", () => String) key: string, @Ctx() ctx: Context) {
    return repo.documentByKey(ctx, key);
  }

  @Query(() => DocumentConnection, { description: "Source documents, newest first." })
  async documents(
    @Args(() => PageArgs) page: PageArgs,
    @Arg("kinds", () => [DocumentKind], { nullable: true }) kinds: string[] | undefined,
    @Arg("text", () => String, { nullable: true, description: "Part of the title or reference." }) text: string | undefined,
    @Ctx() ctx: Context,
  ) {
    return toConnection(await repo.listDocuments(ctx.db, { kinds, text }, toWindow(page)));
  }

  @FieldResolver(() => Organization, { nullable: true, description: "Who issued it." })
  async issuer(@Root() document: Document, @Ctx() ctx: Context) {
    const props = await repo.documentIssuer(ctx, document.key);
    return props ? toEntity(Organization, props) : null;
  }

  @FieldResolver(() => [Document], { description: "Documents it cites (e.g. Rec. ITU-T A.18)." })
  async cites(@Root() document: Document, @Ctx() ctx: Context) {
    return (await repo.documentCites(ctx, document.key)).map((p) => toEntity(Document, p));
  }

  @FieldResolver(() => [Document], { description: "Documents citing it." })
  async citedBy(@Root() document: Document, @Ctx() ctx: Context) {
    return (await repo.documentCitedBy(ctx, document.key)).map((p) => toEntity(Document, p));
  }
}

@Resolver(() => SourceRef)
export class SourceRefResolver {
  @FieldResolver(() => Document, { nullable: true, description: "The cited document." })
  document(@Root() source: SourceRef, @Ctx() ctx: Context) {
    return repo.documentByKey(ctx, source.documentKey);
  }
}

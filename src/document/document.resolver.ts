import { GraphQLDate } from "graphql-scalars";
import { Arg, Args, Ctx, Field, FieldResolver, ObjectType, Query, Resolver, Root } from "type-graphql";
import type { Context } from "../context.js";
import { toEdge, toEntity, toEntityOrNull, toPage } from "../graphql/entity.js";
import { Connection, PageArgs, toConnection, toWindow } from "../graphql/relay.js";
import { SourceRef } from "../graphql/sources.js";
import { Organization } from "../organization/organization.type.js";
import { Person } from "../person/person.type.js";
import * as repo from "./document.repository.js";
import { Document, DocumentKind } from "./document.type.js";

export const DocumentConnection = Connection(Document, "Document");

@ObjectType({ description: "Who signed a document (a circular's signature block), with the place in the document that shows it." })
export class Signature {
  @Field(() => Person)
  person!: Person;

  @Field(() => GraphQLDate, { nullable: true, description: "The latest date of a source confirming this fact." })
  lastConfirmed?: string;

  @Field(() => [SourceRef])
  sources!: SourceRef[];
}

@Resolver(() => Document)
export class DocumentResolver {
  @Query(() => Document, { nullable: true, description: 'One source document by readable id, e.g. "tsb-circular-60".' })
  async document(@Arg("key", () => String) key: string, @Ctx() ctx: Context) {
    return toEntityOrNull(Document, await ctx.loaders.document.byId.load(key));
  }

  @Query(() => DocumentConnection, { description: "Source documents, newest first; undated ones last (until 2026-12 they came first)." })
  async documents(
    @Args(() => PageArgs) page: PageArgs,
    @Arg("kinds", () => [DocumentKind], { nullable: true }) kinds: string[] | undefined,
    @Arg("text", () => String, { nullable: true, description: "Part of the title or reference." }) text: string | undefined,
    @Ctx() ctx: Context,
  ) {
    return toConnection(toPage(Document, await repo.listDocuments(ctx.db, { kinds, text }, toWindow(page))));
  }

  @FieldResolver(() => Organization, { nullable: true, description: "Who issued it." })
  async issuer(@Root() document: Document, @Ctx() ctx: Context) {
    return toEntityOrNull(Organization, await ctx.loaders.document.issuer.load(document.key));
  }

  @FieldResolver(() => [Document], { description: "Documents it cites (e.g. Rec. ITU-T A.18)." })
  async cites(@Root() document: Document, @Ctx() ctx: Context) {
    return (await ctx.loaders.document.cites.load(document.key)).map((p) => toEntity(Document, p));
  }

  @FieldResolver(() => [Signature], { description: "Who signed it (e.g. Seizo Onoe, Director of TSB, for TSB Circular 98), each with its source; empty when the text names no signatory (TSB Circular 60)." })
  async signedBy(@Root() document: Document, @Ctx() ctx: Context) {
    return (await ctx.loaders.document.signedBy.load(document.key)).map(({ node, edge }) => toEdge(Signature, edge, { person: toEntity(Person, node) }));
  }

  @FieldResolver(() => [Document], { description: "Documents citing it." })
  async citedBy(@Root() document: Document, @Ctx() ctx: Context) {
    return (await ctx.loaders.document.citedBy.load(document.key)).map((p) => toEntity(Document, p));
  }
}

@Resolver(() => SourceRef)
export class SourceRefResolver {
  @FieldResolver(() => Document, { nullable: true, description: "The cited document." })
  async document(@Root() source: SourceRef, @Ctx() ctx: Context) {
    return toEntityOrNull(Document, await ctx.loaders.document.byId.load(source.documentKey));
  }
}

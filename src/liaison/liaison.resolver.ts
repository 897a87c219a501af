import { GraphQLDate } from "graphql-scalars";
import { Arg, Args, Ctx, Field, FieldResolver, InputType, Query, Resolver, Root } from "type-graphql";
import type { Context } from "../context.js";
import { Document } from "../document/document.type.js";
import { toEntity, toEntityOrNull, toPage } from "../graphql/entity.js";
import { LiaisonKind } from "../graphql/enums.js";
import { isoDate } from "../graphql/inputs.js";
import { Connection, PageArgs, toConnection, toWindow } from "../graphql/relay.js";
import { organizationKeyForFilter } from "../organization/organization.service.js";
import { Organization } from "../organization/organization.type.js";
import { Person } from "../person/person.type.js";
import { Topic } from "../topic/topic.type.js";
import * as repo from "./liaison.repository.js";
import { isStatement } from "./liaison.service.js";
import { Liaison } from "./liaison.type.js";

export const LiaisonConnection = Connection(Liaison, "Liaison");

@InputType({ description: "Filters for liaison records." })
export class LiaisonFilter {
  @Field(() => [LiaisonKind], { nullable: true })
  kinds?: string[];

  @Field(() => String, { nullable: true, description: "Liaisons from or to this body (id, acronym or alias); direct ones only." })
  organization?: string;

  @Field(() => String, { nullable: true, description: "Concerning this topic or a narrower one (topic key)." })
  topic?: string;

  @Field(() => GraphQLDate, { nullable: true, description: "Only standing liaisons holding on this date (since and until inclusive), and, when `kinds` includes LIAISON_STATEMENT, statements sent by then; default: today." })
  asOf?: Date;

  @Field(() => Boolean, { nullable: true, description: "All liaison records whatever their dates (asOf is then ignored). Default false: the schema's one rule for dated links." })
  includeEnded?: boolean;
}

@Resolver(() => Liaison)
export class LiaisonResolver {
  @Query(() => Liaison, { nullable: true, description: "One liaison record by readable id." })
  async liaison(@Arg("key", () => String) key: string, @Ctx() ctx: Context) {
    return toEntityOrNull(Liaison, await ctx.loaders.liaison.byId.load(key));
  }

  @Query(() => LiaisonConnection, { description: "Liaison records: standing liaisons (collaborations, cooperations, liaison relationships, reporting lines) holding today, or on `filter.asOf`; liaison statements (dated messages) only when `filter.kinds` includes LIAISON_STATEMENT, those sent by that date; `filter.includeEnded` lists every one. Oldest first. (Until 2026-11 this listed all dates by default, and statements as holding from their date on.)" })
  async liaisonRecords(
    @Args(() => PageArgs) page: PageArgs,
    @Arg("filter", () => LiaisonFilter, { nullable: true }) filter: LiaisonFilter | undefined,
    @Ctx() ctx: Context,
  ) {
    const organization = await organizationKeyForFilter(ctx, filter?.organization, "filter.organization");
    return toConnection(toPage(Liaison, await repo.listLiaisons(ctx.db, { kinds: filter?.kinds, topic: filter?.topic, organization, asOf: filter?.includeEnded ? undefined : (isoDate(filter?.asOf) ?? ctx.today) }, toWindow(page))));
  }

  @FieldResolver(() => Boolean, { description: "True for a standing liaison (collaboration, cooperation, liaison relationship, reporting line); false for a liaison statement, a dated message." })
  standing(@Root() liaison: Liaison): boolean {
    return !isStatement(liaison);
  }

  @FieldResolver(() => String, { nullable: true, description: "For a liaison statement: the date it was sent, as precise as known (its `since`). Null for a standing liaison." })
  sent(@Root() liaison: Liaison): string | null {
    return isStatement(liaison) ? (liaison.since ?? null) : null;
  }

  @FieldResolver(() => GraphQLDate, { nullable: true, description: "First day of `sent`." })
  sentDate(@Root() liaison: Liaison): string | null {
    return isStatement(liaison) ? (liaison.sinceDate ?? null) : null;
  }

  @FieldResolver(() => Organization, { nullable: true, description: "The body the liaison goes from (sender, initiator)." })
  async from(@Root() liaison: Liaison, @Ctx() ctx: Context) {
    const { from } = await ctx.loaders.liaison.ends.load(liaison.key);
    return from ? toEntity(Organization, from) : null;
  }

  @FieldResolver(() => Organization, { nullable: true, description: "The body the liaison goes to (addressee, partner)." })
  async to(@Root() liaison: Liaison, @Ctx() ctx: Context) {
    const { to } = await ctx.loaders.liaison.ends.load(liaison.key);
    return to ? toEntity(Organization, to) : null;
  }

  @FieldResolver(() => Document, { nullable: true, description: "The liaison statement or terms of reference that establishes it." })
  async document(@Root() liaison: Liaison, @Ctx() ctx: Context) {
    const { document } = await ctx.loaders.liaison.ends.load(liaison.key);
    return document ? toEntity(Document, document) : null;
  }

  @FieldResolver(() => [Person], { description: "Representatives or contact persons for this liaison." })
  async representatives(@Root() liaison: Liaison, @Ctx() ctx: Context) {
    return (await ctx.loaders.liaison.representatives.load(liaison.key)).map((p) => toEntity(Person, p));
  }

  @FieldResolver(() => [Topic])
  async topics(@Root() liaison: Liaison, @Ctx() ctx: Context) {
    return (await ctx.loaders.liaison.topics.load(liaison.key)).map((p) => toEntity(Topic, p));
  }
}

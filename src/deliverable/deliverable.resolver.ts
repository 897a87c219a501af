import { Arg, Args, Ctx, Field, FieldResolver, InputType, Query, Resolver, Root, registerEnumType } from "type-graphql";
import type { Context } from "../context.js";
import { toEntity, toEntityOrNull, toPage } from "../graphql/entity.js";
import { Confidence, DeliverableKind, DeliverableStatus, SortDirection } from "../graphql/enums.js";
import { DateRange, isoDate } from "../graphql/inputs.js";
import { PageArgs, toConnection, toWindow } from "../graphql/relay.js";
import { organizationKeyForFilter } from "../organization/organization.service.js";
import { Organization } from "../organization/organization.type.js";
import { Topic } from "../topic/topic.type.js";
import { resolveRef } from "../refs/resolve-ref.js";
import * as repo from "./deliverable.repository.js";
import { Deliverable, DeliverableConnection } from "./deliverable.type.js";

export enum DeliverableOrderField {
  CODE = "CODE",
  TITLE = "TITLE",
  DATE = "DATE",
}
registerEnumType(DeliverableOrderField, { name: "DeliverableOrderField", description: "DATE: published, else approved, consented or target date." });

@InputType({ description: "Filters for deliverables; all given filters must hold." })
export class DeliverableFilter {
  @Field(() => [DeliverableKind], { nullable: true })
  kinds?: string[];

  @Field(() => [DeliverableStatus], { nullable: true })
  statuses?: string[];

  @Field(() => Confidence, { nullable: true })
  confidence?: string;

  @Field(() => String, { nullable: true, description: "Part of the code or title." })
  text?: string;

  @Field(() => String, { nullable: true, description: "Developed by this body or one of its sub-groups (id, acronym or alias)." })
  organization?: string;

  @Field(() => String, { nullable: true, description: "Addressing this topic or a narrower one (topic key)." })
  topic?: string;

  @Field(() => DateRange, { nullable: true, description: "Dated (published, approved, consented or target) within this window." })
  dates?: DateRange;
}

@InputType()
export class DeliverableOrder {
  @Field(() => DeliverableOrderField, { defaultValue: DeliverableOrderField.CODE })
  field!: DeliverableOrderField;

  @Field(() => SortDirection, { defaultValue: "ASC" })
  direction!: string;
}

@Resolver(() => Deliverable)
export class DeliverableResolver {
  @Query(() => Deliverable, { nullable: true, description: 'One deliverable by readable id, code or former name ("Y.4239", "Y.dtmv-ref").' })
  async deliverable(@Arg("ref", () => String) ref: string, @Ctx() ctx: Context): Promise<Deliverable | null> {
    const props = await resolveRef(ctx, "Deliverable", ref);
    return props ? toEntity(Deliverable, props) : null;
  }

  @Query(() => DeliverableConnection, { description: "Deliverables, filtered, ordered and paged." })
  async deliverables(
    @Args(() => PageArgs) page: PageArgs,
    @Arg("filter", () => DeliverableFilter, { nullable: true }) filter: DeliverableFilter | undefined,
    @Arg("orderBy", () => DeliverableOrder, { nullable: true }) orderBy: DeliverableOrder | undefined,
    @Ctx() ctx: Context,
  ) {
    const organization = await organizationKeyForFilter(ctx, filter?.organization, "filter.organization");
    const result = await repo.listDeliverables(
      ctx.db,
      { ...filter, organization, from: isoDate(filter?.dates?.from), to: isoDate(filter?.dates?.to) },
      { by: orderBy?.field ?? "CODE", desc: orderBy?.direction === "DESC" },
      toWindow(page),
    );
    return toConnection(toPage(Deliverable, result));
  }

  @FieldResolver(() => Organization, { nullable: true, description: "The body that develops it." })
  async developedBy(@Root() deliverable: Deliverable, @Ctx() ctx: Context) {
    return toEntityOrNull(Organization, await ctx.loaders.deliverable.developedBy.load(deliverable.key));
  }

  @FieldResolver(() => [Topic])
  async topics(@Root() deliverable: Deliverable, @Ctx() ctx: Context) {
    return (await ctx.loaders.deliverable.topics.load(deliverable.key)).map((p) => toEntity(Topic, p));
  }

  @FieldResolver(() => [Deliverable], { description: "Deliverables this one is based on." })
  async basedOn(@Root() deliverable: Deliverable, @Ctx() ctx: Context) {
    return (await ctx.loaders.deliverable.basedOn.load(deliverable.key)).map((p) => toEntity(Deliverable, p));
  }

  @FieldResolver(() => [Deliverable], { description: "Deliverables based on this one." })
  async basisFor(@Root() deliverable: Deliverable, @Ctx() ctx: Context) {
    return (await ctx.loaders.deliverable.basisFor.load(deliverable.key)).map((p) => toEntity(Deliverable, p));
  }
}

import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { Context } from "../context.js";
import { toEntityOrNull } from "../graphql/entity.js";
import { Organization } from "../organization/organization.type.js";
import { Statistic } from "./statistic.type.js";

@Resolver(() => Statistic)
export class StatisticResolver {
  @FieldResolver(() => Organization, { nullable: true, description: "The body the figure is about." })
  async subject(@Root() statistic: Statistic, @Ctx() ctx: Context) {
    return toEntityOrNull(Organization, await ctx.loaders.statistic.subject.load(statistic.key));
  }
}

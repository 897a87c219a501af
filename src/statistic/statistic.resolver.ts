import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { Context } from "../context.js";
import { toEntity } from "../graphql/entity.js";
import { Organization } from "../organization/organization.type.js";
import { Statistic } from "./statistic.type.js";

const SUBJECT = /* cypher */ `
UNWIND $ids AS id
MATCH (:Statistic {id: id})-[:DESCRIBES]->(o:Organization)
RETURN id, o {.*} AS value`;

@Resolver(() => Statistic)
export class StatisticResolver {
  @FieldResolver(() => Organization, { nullable: true, description: "The body the figure is about." })
  async subject(@Root() statistic: Statistic, @Ctx() ctx: Context) {
    const props = await ctx.loaders.load<Record<string, unknown> | null>("statistic.subject", SUBJECT, statistic.key, null);
    return props ? toEntity(Organization, props) : null;
  }
}

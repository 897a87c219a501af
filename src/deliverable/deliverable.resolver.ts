import { Arg, Args, Ctx, FieldResolver, Query, Resolver, Root } from "type-graphql";
import type { Context } from "../context.js";
import { toEntity, toEntityOrNull, toPage } from "../graphql/entity.js";
import { isoDate } from "../graphql/inputs.js";
import { toSourceRefs } from "../graphql/sources.js";
import { PageArgs, toConnection, toWindow } from "../graphql/relay.js";
import { organizationKeyForFilter } from "../organization/organization.service.js";
import { Organization } from "../organization/organization.type.js";
import { Topic } from "../topic/topic.type.js";
import { Pipelined } from "../refs/pipelined.js";
import { resolveRef } from "../refs/resolve-ref.js";
import * as repo from "./deliverable.repository.js";
import { DeliverableFilter, DeliverableOrder } from "./deliverable.input.js";
import { Deliverable, DeliverableConnection, TopicAddressed } from "./deliverable.type.js";

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
    const list = (organization: string | undefined) => repo.listDeliverables(
      ctx.db,
      { ...filter, organization, from: isoDate(filter?.dates?.from), to: isoDate(filter?.dates?.to) },
      { by: orderBy?.field ?? "CODE", desc: orderBy?.direction === "DESC" },
      toWindow(page),
    );
    const pipelined = new Pipelined([filter?.organization], () => list(filter?.organization));
    const organization = await organizationKeyForFilter(ctx, filter?.organization, "filter.organization");
    const result = await pipelined.resolvedTo([organization], () => list(organization));
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

  @FieldResolver(() => [TopicAddressed], { description: "The topics it addresses (as `topics`), each with the words that show it and the sources of the link: why a synced standard counts as work on a topic." })
  async addresses(@Root() deliverable: Deliverable, @Ctx() ctx: Context): Promise<TopicAddressed[]> {
    return (await ctx.loaders.deliverable.addresses.load(deliverable.key)).map(({ node, edge }) =>
      Object.assign(new TopicAddressed(), { topic: toEntity(Topic, node), evidence: edge.evidence ?? [], sources: toSourceRefs(edge.sources) }));
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

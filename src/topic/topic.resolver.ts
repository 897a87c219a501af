import { Arg, Args, Ctx, FieldResolver, Query, Resolver, Root } from "type-graphql";
import type { Context } from "../context.js";
import { Deliverable, DeliverableConnection } from "../deliverable/deliverable.type.js";
import { NotFoundError } from "../errors.js";
import { Event } from "../event/event.type.js";
import { toEdge, toEntity, toEntityOrNull, toPage } from "../graphql/entity.js";
import { Connection, nestedPageAt, PageArgs, toConnection, toWindow } from "../graphql/relay.js";
import { Liaison } from "../liaison/liaison.type.js";
import { Organization } from "../organization/organization.type.js";
import { resolveTopicRef } from "./topic.service.js";
import * as repo from "./topic.repository.js";
import { RelatedTopic, Topic, TopicWork } from "./topic.type.js";
import { toSourceRefs } from "../graphql/sources.js";

export const TopicConnection = Connection(Topic, "Topic");

@Resolver(() => Topic)
export class TopicResolver {
  @Query(() => Topic, {
    nullable: true,
    description:
      'One topic by readable id, name or alias ("pii-protection", "privacy"), or by words its name or an alias holds, singular or plural ("PII", "digital currency"), ' +
      "as every topic argument reads them; several topics matching the words are an error listing them.",
  })
  async topic(@Arg("ref", () => String) ref: string, @Ctx() ctx: Context): Promise<Topic | null> {
    const props = await resolveTopicRef(ctx, ref, "ref");
    return props ? toEntity(Topic, props) : null;
  }

  @Query(() => TopicConnection, { description: "Topics, by name; `under` keeps a topic and everything narrower." })
  async topics(
    @Args(() => PageArgs) page: PageArgs,
    @Arg("text", () => String, { nullable: true }) text: string | undefined,
    @Arg("under", () => String, { nullable: true }) under: string | undefined,
    @Ctx() ctx: Context,
  ) {
    return toConnection(toPage(Topic, await repo.listTopics(ctx.db, { text, under }, toWindow(page))));
  }

  @FieldResolver(() => Topic, { nullable: true, description: "The broader topic." })
  async broader(@Root() topic: Topic, @Ctx() ctx: Context) {
    return toEntityOrNull(Topic, await ctx.loaders.topic.broader.load(topic.key));
  }

  @FieldResolver(() => [Topic], { description: "Narrower topics." })
  async narrower(@Root() topic: Topic, @Ctx() ctx: Context) {
    return (await ctx.loaders.topic.narrower.load(topic.key)).map((p) => toEntity(Topic, p));
  }

  @FieldResolver(() => [RelatedTopic], { description: "Related topics: neither broader nor narrower, named together by the sources (e.g. blockchain and digital assets), each link with its sources. whoWorksOn follows them with `includeRelated: true`." })
  async related(@Root() topic: Topic, @Ctx() ctx: Context) {
    return (await ctx.loaders.topic.related.load(topic.key)).map(({ node, edge }) => Object.assign(new RelatedTopic(), { topic: toEntity(Topic, node), sources: toSourceRefs(edge.sources) }));
  }

  @FieldResolver(() => [TopicWork], { description: "Who works on this topic (and on narrower topics unless `includeNarrower: false`), with evidence." })
  async organizations(
    @Root() topic: Topic,
    @Arg("includeNarrower", () => Boolean, { defaultValue: true }) includeNarrower: boolean,
    @Ctx() ctx: Context,
  ) {
    return (await ctx.loaders.topic.organizations.load({ id: topic.key, deep: includeNarrower })).map(({ node, edge }) =>
      toEdge(TopicWork, edge, { organizationKey: node.id, topicKey: edge.topicId }),
    );
  }

  @FieldResolver(() => DeliverableConnection, { description: "Deliverables addressing this topic (and narrower ones unless `includeNarrower: false`)." })
  async deliverables(
    @Root() topic: Topic,
    @Args(() => PageArgs) page: PageArgs,
    @Arg("includeNarrower", () => Boolean, { defaultValue: true }) includeNarrower: boolean,
    @Ctx() ctx: Context,
  ) {
    const window = toWindow(page);
    const found = await ctx.loaders.topic.deliverablePage.load({ id: topic.key, deep: includeNarrower, window });
    return toConnection(toPage(Deliverable, nestedPageAt(found, window)));
  }

  @FieldResolver(() => [Liaison], { description: "Liaisons concerning this topic." })
  async liaisons(@Root() topic: Topic, @Ctx() ctx: Context) {
    return (await ctx.loaders.topic.liaisons.load(topic.key)).map((p) => toEntity(Liaison, p));
  }

  @FieldResolver(() => [Event], { description: "Events about this topic." })
  async events(@Root() topic: Topic, @Ctx() ctx: Context) {
    return (await ctx.loaders.topic.events.load(topic.key)).map((p) => toEntity(Event, p));
  }
}

@Resolver(() => TopicWork)
export class TopicWorkResolver {
  @FieldResolver(() => Organization)
  async organization(@Root() work: TopicWork, @Ctx() ctx: Context) {
    const org = toEntityOrNull(Organization, await ctx.loaders.organization.byId.load(work.organizationKey));
    if (!org) throw new NotFoundError(`organization ${work.organizationKey} no longer exists`);
    return org;
  }

  @FieldResolver(() => Topic)
  async topic(@Root() work: TopicWork, @Ctx() ctx: Context) {
    // The row read with the work holds what this selection needs (a look-ahead's may hold no more).
    if (work.topicRow) return toEntity(Topic, work.topicRow);
    const topic = toEntityOrNull(Topic, await ctx.loaders.topic.byId.load(work.topicKey));
    if (!topic) throw new NotFoundError(`topic ${work.topicKey} no longer exists`);
    return topic;
  }
}

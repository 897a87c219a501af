import { Arg, Args, Ctx, FieldResolver, Query, Resolver, Root } from "type-graphql";
import type { Context } from "../context.js";
import { Deliverable, DeliverableConnection } from "../deliverable/deliverable.type.js";
import { NotFoundError } from "../errors.js";
import { Event } from "../event/event.type.js";
import { toEdge, toEntity } from "../graphql/entity.js";
import { Connection, PageArgs, paginate, toConnection, toWindow } from "../graphql/relay.js";
import { Liaison } from "../liaison/liaison.type.js";
import { organizationByKey } from "../organization/organization.repository.js";
import { Organization } from "../organization/organization.type.js";
import { resolveRef } from "../refs/resolve-ref.js";
import * as repo from "./topic.repository.js";
import { Topic, TopicWork } from "./topic.type.js";

export const TopicConnection = Connection(Topic, "Topic");

@Resolver(() => Topic)
export class TopicResolver {
  @Query(() => Topic, { nullable: true, description: 'One topic by readable id, name or alias ("pii-protection", "privacy").' })
  async topic(@Arg("ref", () => String) ref: string, @Ctx() ctx: Context): Promise<Topic | null> {
    const props = await resolveRef(ctx, "Topic", ref);
    return props ? toEntity(Topic, props) : null;
  }

  @Query(() => TopicConnection, { description: "Topics, by name; `under` keeps a topic and everything narrower." })
  async topics(
    @Args(() => PageArgs) page: PageArgs,
    @Arg("text", () => String, { nullable: true }) text: string | undefined,
    @Arg("under", () => String, { nullable: true }) under: string | undefined,
    @Ctx() ctx: Context,
  ) {
    return toConnection(await repo.listTopics(ctx.db, { text, under }, toWindow(page)));
  }

  @FieldResolver(() => Topic, { nullable: true, description: "The broader topic." })
  async broader(@Root() topic: Topic, @Ctx() ctx: Context) {
    const props = await repo.topicBroader(ctx, topic.key);
    return props ? toEntity(Topic, props) : null;
  }

  @FieldResolver(() => [Topic], { description: "Narrower topics." })
  async narrower(@Root() topic: Topic, @Ctx() ctx: Context) {
    return (await repo.topicNarrower(ctx, topic.key)).map((p) => toEntity(Topic, p));
  }

  @FieldResolver(() => [TopicWork], { description: "Who works on this topic (and on narrower topics unless `includeNarrower: false`), with evidence." })
  async organizations(
    @Root() topic: Topic,
    @Arg("includeNarrower", () => Boolean, { defaultValue: true }) includeNarrower: boolean,
    @Ctx() ctx: Context,
  ) {
    return (await repo.topicOrganizations(ctx, topic.key, includeNarrower)).map(({ node, edge }) =>
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
    return paginate((await repo.topicDeliverables(ctx, topic.key, includeNarrower)).map((p) => toEntity(Deliverable, p)), page);
  }

  @FieldResolver(() => [Liaison], { description: "Liaisons concerning this topic." })
  async liaisons(@Root() topic: Topic, @Ctx() ctx: Context) {
    return (await repo.topicLiaisons(ctx, topic.key)).map((p) => toEntity(Liaison, p));
  }

  @FieldResolver(() => [Event], { description: "Events about this topic." })
  async events(@Root() topic: Topic, @Ctx() ctx: Context) {
    return (await repo.topicEvents(ctx, topic.key)).map((p) => toEntity(Event, p));
  }
}

@Resolver(() => TopicWork)
export class TopicWorkResolver {
  @FieldResolver(() => Organization)
  async organization(@Root() work: TopicWork, @Ctx() ctx: Context) {
    const org = await organizationByKey(ctx, work.organizationKey);
    if (!org) throw new NotFoundError(`organization ${work.organizationKey} no longer exists`);
    return org;
  }

  @FieldResolver(() => Topic)
  async topic(@Root() work: TopicWork, @Ctx() ctx: Context) {
    const topic = await repo.topicByKey(ctx, work.topicKey);
    if (!topic) throw new NotFoundError(`topic ${work.topicKey} no longer exists`);
    return topic;
  }
}

import { Arg, Authorized, Ctx, Int, Mutation, Resolver } from "type-graphql";
import { Change } from "../audit/change.type.js";
import type { Context } from "../context.js";
import { createEntity, deleteEntity, updateEntity } from "../editing/mutations.js";
import { SourceInput } from "../editing/source.input.js";
import { topicSpec } from "../editing/specs.js";
import { TopicInput, TopicPatch } from "./topic.input.js";
import { Topic } from "./topic.type.js";

@Resolver()
export class TopicMutations {
  @Authorized("EDITOR")
  @Mutation(() => Topic, { description: "Creates a topic (editor). Everything it writes cites `source`." })
  createTopic(@Arg("input", () => TopicInput) input: TopicInput, @Arg("source", () => SourceInput) source: SourceInput, @Ctx() ctx: Context) {
    return createEntity(ctx, topicSpec, Topic, input, source);
  }

  @Authorized("EDITOR")
  @Mutation(() => Topic, { description: "Changes a topic (editor). `version` is the version the change is based on: if the topic changed since, a CONFLICT error refuses it." })
  updateTopic(
    @Arg("key", () => String) key: string,
    @Arg("version", () => Int) version: number,
    @Arg("patch", () => TopicPatch) patch: TopicPatch,
    @Arg("source", () => SourceInput) source: SourceInput,
    @Ctx() ctx: Context,
  ) {
    return updateEntity(ctx, topicSpec, Topic, key, version, patch, source);
  }

  @Authorized("ADMIN")
  @Mutation(() => Change, { description: "Deletes a topic and its relationships (admin); refused while records depend on it. Returns the change record." })
  deleteTopic(
    @Arg("key", () => String) key: string,
    @Arg("version", () => Int) version: number,
    @Arg("source", () => SourceInput) source: SourceInput,
    @Ctx() ctx: Context,
  ) {
    return deleteEntity(ctx, topicSpec, key, version, source);
  }
}

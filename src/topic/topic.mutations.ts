import { Resolver } from "type-graphql";
import { entityMutations } from "../editing/entity-mutations.js";
import { topicSpec } from "../editing/specs.js";
import { TopicInput, TopicPatch } from "./topic.input.js";
import { Topic } from "./topic.type.js";

/** createTopic, updateTopic, deleteTopic (src/editing/entity-mutations.ts). */
@Resolver()
export class TopicMutations extends entityMutations({
  name: "Topic",
  noun: "a topic",
  spec: topicSpec,
  type: Topic,
  input: TopicInput,
  patch: TopicPatch,
}) {}

import { Field, ObjectType } from "type-graphql";
import { Node } from "../graphql/relay.js";
import { SourceRef } from "../graphql/sources.js";

@ObjectType({ implements: Node, description: "A subject of standardization work, in a broader/narrower taxonomy built from the documents' own vocabulary." })
export class Topic extends Node {
  @Field(() => String)
  name!: string;

  @Field(() => [String], { description: 'Other names, e.g. "privacy" for PII protection.' })
  aliases!: string[];

  @Field(() => String, { nullable: true })
  description?: string;

  @Field(() => [SourceRef])
  sources!: SourceRef[];
}

@ObjectType({ description: "That an organization works on a topic, with the evidence (e.g. its title, or a collaboration-list entry)." })
export class TopicWork {
  @Field(() => [String], { description: 'The text that shows the work, e.g. "ITU-T SG17 – Security".' })
  evidence!: string[];

  @Field(() => [SourceRef])
  sources!: SourceRef[];

  organizationKey!: string;
  topicKey!: string;
}

import { Field, ObjectType } from "type-graphql";
import { Node } from "../graphql/relay.js";
import { SourceRef } from "../graphql/sources.js";
import type { TopicRow, WorksOnRow } from "../db/node-rows.js";
import type { Row } from "../db/rows.js";
import type { PropertyOf } from "../db/projection.js";
import { nodeFieldProperties, type FieldProperties } from "../graphql/selection.js";

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
  /** Internal: the topic's row read with the work, for `topic` without a load (it may hold only the selection's properties). */
  topicRow?: Row;
}

/** The stored properties each field of Topic is made of (graphql/selection.ts). */
export const topicFieldProperties: FieldProperties<PropertyOf<typeof TopicRow>> = {
  ...nodeFieldProperties,
  name: ["name"],
  aliases: ["aliases"],
  description: ["description"],
  sources: ["sources"],
  // Relationships: read by the topic's key.
  broader: [], narrower: [], related: [], organizations: [], deliverables: [], liaisons: [], events: [],
};

/** The stored properties of the WORKS_ON relationship each field of TopicWork is made of (graphql/selection.ts). */
export const topicWorkFieldProperties: FieldProperties<PropertyOf<typeof WorksOnRow>> = {
  __typename: [],
  evidence: ["evidence"],
  sources: ["sources"],
  // The ends: the body's key and the topic's row, read with the work.
  organization: [],
  topic: [],
};

@ObjectType({ description: "A topic related to another (neither broader nor narrower: the sources name them together), with the sources of the link." })
export class RelatedTopic {
  @Field(() => Topic)
  topic!: Topic;

  @Field(() => [SourceRef])
  sources!: SourceRef[];
}

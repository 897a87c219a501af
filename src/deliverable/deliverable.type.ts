import { GraphQLDate } from "graphql-scalars";
import { Field, ObjectType } from "type-graphql";
import { Confidence, DeliverableKind, DeliverableStatus } from "../graphql/enums.js";
import { Connection, Node } from "../graphql/relay.js";
import { SourceRef } from "../graphql/sources.js";
import type { DeliverableRow } from "../db/node-rows.js";
import type { PropertyOf } from "../db/projection.js";
import { nodeFieldProperties, type FieldProperties } from "../graphql/selection.js";
import { Topic } from "../topic/topic.type.js";

@ObjectType({ implements: Node, description: "A Recommendation, technical report or specification, standard, resolution… with its status and dates." })
export class Deliverable extends Node {
  @Field(() => String, { description: 'Code, e.g. "ITU-T Y.4239", "FGMV-20", "IEEE 3812.1-2023".' })
  code!: string;

  @Field(() => String)
  title!: string;

  @Field(() => DeliverableKind)
  kind!: keyof typeof DeliverableKind;

  @Field(() => DeliverableStatus)
  status!: keyof typeof DeliverableStatus;

  @Field(() => [String], { description: 'Former or working names, e.g. "Y.dtmv-ref".' })
  aliases!: string[];

  @Field(() => String, { nullable: true, description: "Approval date, as precise as known." })
  approved?: string;

  @Field(() => GraphQLDate, { nullable: true })
  approvedDate?: string;

  @Field(() => String, { nullable: true })
  consented?: string;

  @Field(() => GraphQLDate, { nullable: true })
  consentedDate?: string;

  @Field(() => String, { nullable: true })
  published?: string;

  @Field(() => GraphQLDate, { nullable: true })
  publishedDate?: string;

  @Field(() => String, { nullable: true, description: "Target date of work in progress." })
  target?: string;

  @Field(() => GraphQLDate, { nullable: true })
  targetDate?: string;

  @Field(() => String, { nullable: true, description: "Of a standard still in progress: the date of its latest public draft (a working draft, a ballot draft), as its catalogue gives it." })
  draft?: string;

  @Field(() => GraphQLDate, { nullable: true })
  draftDate?: string;

  @Field(() => String, { nullable: true })
  description?: string;

  @Field(() => String, { nullable: true, description: "Its page in its body's catalogue (the catalogue record's link)." })
  url?: string;

  @Field(() => Confidence)
  confidence!: keyof typeof Confidence;

  @Field(() => [SourceRef])
  sources!: SourceRef[];
}

export const DeliverableConnection = Connection(Deliverable, "Deliverable");

/** The stored properties each field of Deliverable is made of (graphql/selection.ts). */
export const deliverableFieldProperties: FieldProperties<PropertyOf<typeof DeliverableRow>> = {
  ...nodeFieldProperties,
  code: ["code"],
  title: ["title"],
  kind: ["kind"],
  status: ["status"],
  aliases: ["aliases"],
  approved: ["approved"],
  approvedDate: ["approvedDate"],
  consented: ["consented"],
  consentedDate: ["consentedDate"],
  published: ["published"],
  publishedDate: ["publishedDate"],
  target: ["target"],
  targetDate: ["targetDate"],
  draft: ["draft"],
  draftDate: ["draftDate"],
  description: ["description"],
  url: ["url"],
  confidence: ["confidence"],
  sources: ["sources"],
  // Relationships: read by the deliverable's key.
  developedBy: [], topics: [], addresses: [], basedOn: [], basisFor: [],
};

@ObjectType({ description: "That a deliverable addresses a topic, with the words that show it and the sources of the link." })
export class TopicAddressed {
  @Field(() => Topic)
  topic!: Topic;

  @Field(() => [String], {
    description: 'The words that show it and where they stand, e.g. "immersive media (title)" for a catalogue record matched against the topic\'s name and aliases. Empty when a source states the topic without words to quote.',
  })
  evidence!: string[];

  @Field(() => [SourceRef])
  sources!: SourceRef[];
}

import { GraphQLDate } from "graphql-scalars";
import { Field, ObjectType } from "type-graphql";
import { Confidence, DeliverableKind, DeliverableStatus } from "../graphql/enums.js";
import { Connection, Node } from "../graphql/relay.js";
import { SourceRef } from "../graphql/sources.js";

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

  @Field(() => String, { nullable: true })
  description?: string;

  @Field(() => Confidence)
  confidence!: keyof typeof Confidence;

  @Field(() => [SourceRef])
  sources!: SourceRef[];
}

export const DeliverableConnection = Connection(Deliverable, "Deliverable");

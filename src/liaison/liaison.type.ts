import { GraphQLDate } from "graphql-scalars";
import { Field, ObjectType } from "type-graphql";
import { LiaisonKind } from "../graphql/enums.js";
import { Node } from "../graphql/relay.js";
import { SourceRef } from "../graphql/sources.js";

@ObjectType({ implements: Node, description: "A link between two organizations: collaboration, cooperation, liaison relationship, liaison statement, reporting line." })
export class Liaison extends Node {
  @Field(() => LiaisonKind)
  kind!: keyof typeof LiaisonKind;

  @Field(() => String, { nullable: true })
  since?: string;

  @Field(() => GraphQLDate, { nullable: true })
  sinceDate?: string;

  @Field(() => String, { nullable: true })
  until?: string;

  @Field(() => GraphQLDate, { nullable: true })
  untilDate?: string;

  @Field(() => String, { nullable: true, description: "What it is about, as the source says (e.g. the partner's listed title)." })
  subject?: string;

  @Field(() => GraphQLDate, { nullable: true, description: "The latest date of a source confirming this fact (STALE_AFTER_DAYS later it counts as unconfirmed; see stale)." })
  lastConfirmed?: string;

  @Field(() => [SourceRef])
  sources!: SourceRef[];
}

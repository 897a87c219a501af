import { Field, Int, ObjectType } from "type-graphql";
import { Node } from "../graphql/relay.js";
import { SourceRef } from "../graphql/sources.js";

@ObjectType({ implements: Node, description: "A counted fact about a body, e.g. FG-MV's 52 deliverables." })
export class Statistic extends Node {
  @Field(() => String, { description: 'What is counted, e.g. "deliverables".' })
  measure!: string;

  @Field(() => Int)
  value!: number;

  @Field(() => String, { nullable: true, description: "As of when." })
  asOf?: string;

  @Field(() => String, { nullable: true })
  description?: string;

  @Field(() => [SourceRef])
  sources!: SourceRef[];
}

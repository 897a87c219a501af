import { GraphQLDate, GraphQLDateTime, GraphQLCountryCode } from "graphql-scalars";
import { Field, ObjectType } from "type-graphql";
import { DeadlineKind, EventKind } from "../graphql/enums.js";
import { Node } from "../graphql/relay.js";
import { SourceRef } from "../graphql/sources.js";

@ObjectType({ implements: Node, description: "A meeting, forum, workshop or assembly." })
export class Event extends Node {
  @Field(() => String)
  name!: string;

  @Field(() => EventKind)
  kind!: keyof typeof EventKind;

  @Field(() => String, { description: "Start as precise as known (YYYY, YYYY-MM or YYYY-MM-DD)." })
  start!: string;

  @Field(() => GraphQLDate, { description: "First day." })
  startDate!: string;

  @Field(() => String, { description: "End as precise as known." })
  end!: string;

  @Field(() => GraphQLDate, { description: "Last day." })
  endDate!: string;

  @Field(() => GraphQLDateTime, { nullable: true, description: "Start instant, where the source gives a time (see `timezone` for local time)." })
  startsAt?: string;

  @Field(() => GraphQLDateTime, { nullable: true })
  endsAt?: string;

  @Field(() => String, { nullable: true, description: "IANA time zone of the given times, e.g. Europe/Zurich for Geneva." })
  timezone?: string;

  @Field(() => String, { nullable: true })
  venue?: string;

  @Field(() => String, { nullable: true })
  city?: string;

  @Field(() => GraphQLCountryCode, { nullable: true })
  country?: string;

  @Field(() => String, { nullable: true })
  description?: string;

  @Field(() => [SourceRef])
  sources!: SourceRef[];
}

@ObjectType({ implements: Node, description: "A deadline of an event: contributions, registration, visa support letters." })
export class Deadline extends Node {
  @Field(() => DeadlineKind)
  kind!: keyof typeof DeadlineKind;

  @Field(() => GraphQLDate)
  dueDate!: string;

  @Field(() => String)
  description!: string;

  @Field(() => String, { nullable: true, description: "Where to send it, e.g. a secretariat mailbox." })
  submitTo?: string;

  @Field(() => [SourceRef])
  sources!: SourceRef[];
}

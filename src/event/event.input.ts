import { Field, InputType } from "type-graphql";
import { EventKind } from "../graphql/enums.js";

@InputType({ description: "A new event." })
export class EventInput {
  @Field(() => String, { nullable: true, description: "Readable id (lowercase letters, digits, dashes); made from the name and start date if not given." })
  id?: string;

  @Field(() => String)
  name!: string;

  @Field(() => EventKind)
  kind!: string;

  @Field(() => String, { description: "YYYY, YYYY-MM or YYYY-MM-DD, as precise as the source is." })
  startDate!: string;

  @Field(() => String, { nullable: true, description: "YYYY, YYYY-MM or YYYY-MM-DD, as precise as the source is." })
  endDate?: string;

  @Field(() => String, { nullable: true, description: "Local start time HH:MM (needs timezone)." })
  startTime?: string;

  @Field(() => String, { nullable: true, description: "Local end time HH:MM." })
  endTime?: string;

  @Field(() => String, { nullable: true, description: "IANA time zone, e.g. Europe/Zurich." })
  timezone?: string;

  @Field(() => String, { nullable: true })
  venue?: string;

  @Field(() => String, { nullable: true })
  city?: string;

  @Field(() => String, { nullable: true, description: "ISO 3166-1 alpha-2 code." })
  country?: string;

  @Field(() => String, { nullable: true })
  description?: string;

  @Field(() => String, { nullable: true, description: "Readable id of the body meeting." })
  meetingOf?: string;

  @Field(() => [String], { nullable: true, description: "Readable ids of organizing bodies." })
  organizers?: string[];

  @Field(() => [String], { nullable: true, description: "Readable ids of hosts." })
  hosts?: string[];

  @Field(() => [String], { nullable: true, description: "Readable ids of participating bodies." })
  participants?: string[];

  @Field(() => [String], { nullable: true, description: "Readable ids of collocated events." })
  collocatedWith?: string[];

  @Field(() => [String], { nullable: true, description: "Readable ids of topics." })
  topics?: string[];
}

@InputType({ description: "Changes to an event: a field left out stays as it is; null removes it." })
export class EventPatch {
  @Field(() => String, { nullable: true })
  name?: string | null;

  @Field(() => EventKind, { nullable: true })
  kind?: string | null;

  @Field(() => String, { nullable: true, description: "YYYY, YYYY-MM or YYYY-MM-DD, as precise as the source is." })
  startDate?: string | null;

  @Field(() => String, { nullable: true, description: "YYYY, YYYY-MM or YYYY-MM-DD, as precise as the source is." })
  endDate?: string | null;

  @Field(() => String, { nullable: true, description: "Local start time HH:MM (needs timezone)." })
  startTime?: string | null;

  @Field(() => String, { nullable: true, description: "Local end time HH:MM." })
  endTime?: string | null;

  @Field(() => String, { nullable: true, description: "IANA time zone, e.g. Europe/Zurich." })
  timezone?: string | null;

  @Field(() => String, { nullable: true })
  venue?: string | null;

  @Field(() => String, { nullable: true })
  city?: string | null;

  @Field(() => String, { nullable: true, description: "ISO 3166-1 alpha-2 code." })
  country?: string | null;

  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field(() => String, { nullable: true, description: "Readable id of the body meeting." })
  meetingOf?: string | null;
}

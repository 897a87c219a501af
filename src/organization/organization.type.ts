import { GraphQLCountryCode, GraphQLDate, GraphQLEmailAddress, GraphQLURL } from "graphql-scalars";
import { Field, ObjectType } from "type-graphql";
import { OrganizationKind, OrganizationStatus } from "../graphql/enums.js";
import { Node } from "../graphql/relay.js";
import { SourceRef } from "../graphql/sources.js";

@ObjectType({
  implements: Node,
  description: "A body: UN agency or entity, ITU sector, study group, focus group, JCA, working group, SDO, committee, forum, consortium, company, institute, administration…",
})
export class Organization extends Node {
  @Field(() => String)
  name!: string;

  @Field(() => String, { nullable: true, description: 'Short name, e.g. "FG-MV", "SC 27".' })
  acronym?: string;

  @Field(() => OrganizationKind)
  kind!: keyof typeof OrganizationKind;

  @Field(() => [String], { description: "Every spelling seen in the sources (former names included)." })
  aliases!: string[];

  @Field(() => String, { nullable: true, description: "Title or mandate as the sources give it." })
  mandate?: string;

  @Field(() => String, { nullable: true })
  description?: string;

  @Field(() => GraphQLURL, { nullable: true })
  website?: string;

  @Field(() => GraphQLEmailAddress, { nullable: true, description: "The body's functional mailbox (public), e.g. tsbjcamv@itu.int." })
  mailbox?: string;

  @Field(() => String, { nullable: true, description: "The body's functional phone number (public), as printed." })
  phone?: string;

  @Field(() => GraphQLCountryCode, { nullable: true })
  country?: string;

  @Field(() => OrganizationStatus)
  status!: keyof typeof OrganizationStatus;

  @Field(() => String, { nullable: true, description: "When it was established, as precise as known." })
  established?: string;

  @Field(() => GraphQLDate, { nullable: true })
  establishedDate?: string;

  @Field(() => String, { nullable: true, description: "When it closed, as precise as known." })
  closed?: string;

  @Field(() => GraphQLDate, { nullable: true })
  closedDate?: string;

  @Field(() => GraphQLDate, { nullable: true, description: "The latest date of a source confirming this fact (STALE_AFTER_DAYS later it counts as unconfirmed; see stale)." })
  lastConfirmed?: string;

  @Field(() => [SourceRef])
  sources!: SourceRef[];
}

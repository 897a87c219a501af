import { Field, Int, ObjectType } from "type-graphql";
import { Organization } from "../organization/organization.type.js";
import { Person } from "../person/person.type.js";

@ObjectType({ description: "Two people who may be one person, for a curator to review (never merged by the check)." })
export class LikelyDuplicatePeople {
  @Field(() => Person)
  a!: Person;

  @Field(() => Person)
  b!: Person;

  @Field(() => String, { description: "The given name both share (the first word of each name)." })
  givenName!: string;

  @Field(() => Organization, { description: "The body where both hold roles whose periods overlap." })
  organization!: Organization;

  @Field(() => [String], { description: "The readable ids of a's overlapping roles there." })
  rolesOfA!: string[];

  @Field(() => [String], { description: "The readable ids of b's overlapping roles there." })
  rolesOfB!: string[];

  @Field(() => Boolean, { description: "Whether both hold the same kind of role there (e.g. both VICE_CHAIR): a stronger sign." })
  sameRole!: boolean;

  @Field(() => String, { description: "Why they are listed, in words." })
  reason!: string;
}

@ObjectType({ description: "A group with no topic and no deliverable: invisible to whoWorksOn, liaisonGaps and overlaps until a curator adds what its sources state." })
export class UncoveredBody {
  @Field(() => Organization)
  organization!: Organization;

  @Field(() => Organization, { nullable: true, description: "The body it is part of." })
  parent!: Organization | null;

  @Field(() => [String], { description: "The topics of its parent (readable ids): where to start looking, not a guess for it." })
  parentTopics!: string[];
}

@ObjectType({ description: "Groups (working groups, sub-committees, task groups, Questions) with no topic and no deliverable." })
export class UncoveredBodiesAnswer {
  @Field(() => Int)
  total!: number;

  @Field(() => [UncoveredBody], { description: "By kind, then readable id." })
  bodies!: UncoveredBody[];
}

import { Field, InputType } from "type-graphql";

@InputType({ description: "A new topic." })
export class TopicInput {
  @Field(() => String, { nullable: true, description: "Readable id (lowercase letters, digits, dashes); made from the name if not given." })
  id?: string;

  @Field(() => String)
  name!: string;

  @Field(() => [String], { nullable: true, description: "Other names (replaces the list)." })
  aliases?: string[];

  @Field(() => String, { nullable: true })
  description?: string;

  @Field(() => String, { nullable: true, description: "Readable id of the broader topic." })
  broader?: string;
}

@InputType({ description: "Changes to a topic: a field left out stays as it is; null removes it." })
export class TopicPatch {
  @Field(() => String, { nullable: true })
  name?: string | null;

  @Field(() => [String], { nullable: true, description: "Other names (replaces the list)." })
  aliases?: string[] | null;

  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field(() => String, { nullable: true, description: "Readable id of the broader topic." })
  broader?: string | null;
}

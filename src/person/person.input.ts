import { Field, InputType } from "type-graphql";

@InputType({ description: "A new person." })
export class PersonInput {
  @Field(() => String, { nullable: true, description: "Readable id (lowercase letters, digits, dashes); made from the name if not given." })
  id?: string;

  @Field(() => String)
  name!: string;

  @Field(() => String, { nullable: true, description: "Mr, Ms, Mrs, Dr or Prof." })
  honorific?: string;

  @Field(() => [String], { nullable: true, description: "Every other spelling (replaces the list)." })
  aliases?: string[];

  @Field(() => String, { nullable: true, description: "ISO 3166-1 alpha-2 code." })
  country?: string;

  @Field(() => String, { nullable: true, description: "Personal data." })
  email?: string;

  @Field(() => String, { nullable: true, description: "Personal data; international format." })
  phone?: string;

  @Field(() => String, { nullable: true })
  identityNote?: string;
}

@InputType({ description: "Changes to a person: a field left out stays as it is; null removes it." })
export class PersonPatch {
  @Field(() => String, { nullable: true })
  name?: string | null;

  @Field(() => String, { nullable: true, description: "Mr, Ms, Mrs, Dr or Prof." })
  honorific?: string | null;

  @Field(() => [String], { nullable: true, description: "Every other spelling (replaces the list)." })
  aliases?: string[] | null;

  @Field(() => String, { nullable: true, description: "ISO 3166-1 alpha-2 code." })
  country?: string | null;

  @Field(() => String, { nullable: true, description: "Personal data." })
  email?: string | null;

  @Field(() => String, { nullable: true, description: "Personal data; international format." })
  phone?: string | null;

  @Field(() => String, { nullable: true })
  identityNote?: string | null;
}

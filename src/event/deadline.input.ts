import { Field, InputType } from "type-graphql";
import { DeadlineKind } from "../graphql/enums.js";

@InputType({ description: "A new deadline." })
export class DeadlineInput {
  @Field(() => String, { nullable: true, description: "Readable id (lowercase letters, digits, dashes); made from the event, kind and date if not given." })
  id?: string;

  @Field(() => String, { description: "Readable id of the event." })
  event!: string;

  @Field(() => DeadlineKind)
  kind!: string;

  @Field(() => String, { description: "YYYY-MM-DD." })
  due!: string;

  @Field(() => String)
  description!: string;

  @Field(() => String, { nullable: true })
  submitTo?: string;
}

@InputType({ description: "Changes to a deadline: a field left out stays as it is; null removes it." })
export class DeadlinePatch {
  @Field(() => String, { nullable: true, description: "Readable id of the event." })
  event?: string | null;

  @Field(() => DeadlineKind, { nullable: true })
  kind?: string | null;

  @Field(() => String, { nullable: true, description: "YYYY-MM-DD." })
  due?: string | null;

  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field(() => String, { nullable: true })
  submitTo?: string | null;
}

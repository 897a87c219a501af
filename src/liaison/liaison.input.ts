import { Field, InputType } from "type-graphql";
import { LiaisonKind } from "../graphql/enums.js";

@InputType({ description: "A new liaison." })
export class LiaisonInput {
  @Field(() => String, { nullable: true, description: "Readable id (lowercase letters, digits, dashes); made from the kind, ends and date if not given." })
  id?: string;

  @Field(() => LiaisonKind)
  kind!: string;

  @Field(() => String, { description: "Readable id of the sending / initiating body." })
  from!: string;

  @Field(() => String, { description: "Readable id of the addressee / partner." })
  to!: string;

  @Field(() => String, { nullable: true, description: "YYYY, YYYY-MM or YYYY-MM-DD, as precise as the source is. For a statement: its date." })
  since?: string;

  @Field(() => String, { nullable: true, description: "YYYY, YYYY-MM or YYYY-MM-DD, as precise as the source is. Not for a statement (a message has a date, not an end)." })
  until?: string;

  @Field(() => String, { nullable: true })
  subject?: string;

  @Field(() => String, { nullable: true, description: "A liaison statement's purpose as it gives it (its abstract; for action, for information…). Statements only." })
  purpose?: string | null;

  @Field(() => String, { nullable: true, description: "A liaison statement's reply deadline: YYYY, YYYY-MM or YYYY-MM-DD. Statements only." })
  deadline?: string | null;

  @Field(() => String, { nullable: true, description: "Readable id of the statement or terms of reference establishing it." })
  document?: string;

  @Field(() => [String], { nullable: true, description: "Readable ids of representatives / contact persons." })
  representatives?: string[];

  @Field(() => [String], { nullable: true, description: "Readable ids of the topics it concerns." })
  topics?: string[];
}

@InputType({ description: "Changes to a liaison: a field left out stays as it is; null removes it." })
export class LiaisonPatch {
  @Field(() => LiaisonKind, { nullable: true })
  kind?: string | null;

  @Field(() => String, { nullable: true, description: "Readable id of the sending / initiating body." })
  from?: string | null;

  @Field(() => String, { nullable: true, description: "Readable id of the addressee / partner." })
  to?: string | null;

  @Field(() => String, { nullable: true, description: "YYYY, YYYY-MM or YYYY-MM-DD, as precise as the source is. For a statement: its date." })
  since?: string | null;

  @Field(() => String, { nullable: true, description: "YYYY, YYYY-MM or YYYY-MM-DD, as precise as the source is." })
  until?: string | null;

  @Field(() => String, { nullable: true })
  subject?: string | null;

  @Field(() => String, { nullable: true, description: "A liaison statement's purpose as it gives it (its abstract; for action, for information…). Statements only." })
  purpose?: string | null;

  @Field(() => String, { nullable: true, description: "A liaison statement's reply deadline: YYYY, YYYY-MM or YYYY-MM-DD. Statements only." })
  deadline?: string | null;

  @Field(() => String, { nullable: true, description: "Readable id of the statement or terms of reference establishing it." })
  document?: string | null;
}

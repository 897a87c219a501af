import { Field, InputType } from "type-graphql";
import { Confidence, DeliverableKind, DeliverableStatus } from "../graphql/enums.js";

@InputType({ description: "A new deliverable." })
export class DeliverableInput {
  @Field(() => String, { nullable: true, description: "Readable id (lowercase letters, digits, dashes); made from the code if not given." })
  id?: string;

  @Field(() => String)
  code!: string;

  @Field(() => String)
  title!: string;

  @Field(() => DeliverableKind)
  kind!: string;

  @Field(() => DeliverableStatus)
  status!: string;

  @Field(() => String, { description: "Readable id of the developing body." })
  developedBy!: string;

  @Field(() => [String], { nullable: true, description: "Former or working names (replaces the list)." })
  aliases?: string[];

  @Field(() => String, { nullable: true, description: "YYYY, YYYY-MM or YYYY-MM-DD, as precise as the source is." })
  approved?: string;

  @Field(() => String, { nullable: true, description: "YYYY, YYYY-MM or YYYY-MM-DD, as precise as the source is." })
  consented?: string;

  @Field(() => String, { nullable: true, description: "YYYY, YYYY-MM or YYYY-MM-DD, as precise as the source is." })
  published?: string;

  @Field(() => String, { nullable: true, description: "YYYY, YYYY-MM or YYYY-MM-DD, as precise as the source is." })
  target?: string;

  @Field(() => String, { nullable: true })
  description?: string;

  @Field(() => Confidence, { nullable: true })
  confidence?: string;

  @Field(() => [String], { nullable: true, description: "Readable ids of the topics it addresses (later: link/unlink)." })
  topics?: string[];

  @Field(() => [String], { nullable: true, description: "Readable ids of deliverables it is based on." })
  basedOn?: string[];
}

@InputType({ description: "Changes to a deliverable: a field left out stays as it is; null removes it." })
export class DeliverablePatch {
  @Field(() => String, { nullable: true })
  code?: string | null;

  @Field(() => String, { nullable: true })
  title?: string | null;

  @Field(() => DeliverableKind, { nullable: true })
  kind?: string | null;

  @Field(() => DeliverableStatus, { nullable: true })
  status?: string | null;

  @Field(() => String, { nullable: true, description: "Readable id of the developing body." })
  developedBy?: string | null;

  @Field(() => [String], { nullable: true, description: "Former or working names (replaces the list)." })
  aliases?: string[] | null;

  @Field(() => String, { nullable: true, description: "YYYY, YYYY-MM or YYYY-MM-DD, as precise as the source is." })
  approved?: string | null;

  @Field(() => String, { nullable: true, description: "YYYY, YYYY-MM or YYYY-MM-DD, as precise as the source is." })
  consented?: string | null;

  @Field(() => String, { nullable: true, description: "YYYY, YYYY-MM or YYYY-MM-DD, as precise as the source is." })
  published?: string | null;

  @Field(() => String, { nullable: true, description: "YYYY, YYYY-MM or YYYY-MM-DD, as precise as the source is." })
  target?: string | null;

  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field(() => Confidence, { nullable: true })
  confidence?: string | null;
}

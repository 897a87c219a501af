import { Field, InputType, registerEnumType } from "type-graphql";
import { Confidence, DeliverableKind, DeliverableStatus, SortDirection } from "../graphql/enums.js";
import { DateRange } from "../graphql/inputs.js";

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

  @Field(() => String, { nullable: true, description: "YYYY, YYYY-MM or YYYY-MM-DD: the latest public draft of work in progress." })
  draft?: string;

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

  @Field(() => String, { nullable: true, description: "YYYY, YYYY-MM or YYYY-MM-DD: the latest public draft of work in progress." })
  draft?: string | null;

  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field(() => Confidence, { nullable: true })
  confidence?: string | null;
}

export enum DeliverableOrderField {
  CODE = "CODE",
  TITLE = "TITLE",
  DATE = "DATE",
}
registerEnumType(DeliverableOrderField, { name: "DeliverableOrderField", description: "DATE: published, else approved, consented, target or latest draft date." });

@InputType({ description: "Filters for deliverables; all given filters must hold." })
export class DeliverableFilter {
  @Field(() => [DeliverableKind], { nullable: true })
  kinds?: string[];

  @Field(() => [DeliverableStatus], { nullable: true })
  statuses?: string[];

  @Field(() => Confidence, { nullable: true })
  confidence?: string;

  @Field(() => String, { nullable: true, description: "Part of the code or title." })
  text?: string;

  @Field(() => String, { nullable: true, description: "Developed by this body or one of its sub-groups (id, acronym or alias)." })
  organization?: string;

  @Field(() => String, { nullable: true, description: "Addressing this topic or a narrower one (topic key)." })
  topic?: string;

  @Field(() => DateRange, { nullable: true, description: "Dated (published, approved, consented, target or latest draft) within this window." })
  dates?: DateRange;
}

@InputType()
export class DeliverableOrder {
  @Field(() => DeliverableOrderField, { defaultValue: DeliverableOrderField.CODE })
  field!: DeliverableOrderField;

  @Field(() => SortDirection, { defaultValue: "ASC" })
  direction!: string;
}

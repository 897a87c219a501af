import { Field, InputType, registerEnumType } from "type-graphql";
import { OrganizationKind, OrganizationStatus, SortDirection } from "../graphql/enums.js";
import { DateRange } from "../graphql/inputs.js";

@InputType({ description: "A new organization." })
export class OrganizationInput {
  @Field(() => String, { nullable: true, description: "Readable id (lowercase letters, digits, dashes); made from the acronym or name if not given." })
  id?: string;

  @Field(() => String)
  name!: string;

  @Field(() => String, { nullable: true, description: "Short name, e.g. \"SG17\"." })
  acronym?: string;

  @Field(() => OrganizationKind)
  kind!: string;

  @Field(() => [String], { nullable: true, description: "Every other spelling (replaces the list)." })
  aliases?: string[];

  @Field(() => String, { nullable: true })
  mandate?: string;

  @Field(() => String, { nullable: true })
  description?: string;

  @Field(() => String, { nullable: true, description: "URL." })
  website?: string;

  @Field(() => String, { nullable: true, description: "The body's functional mailbox (public)." })
  mailbox?: string;

  @Field(() => String, { nullable: true, description: "The body's functional phone, international format (public)." })
  phone?: string;

  @Field(() => String, { nullable: true, description: "ISO 3166-1 alpha-2 code." })
  country?: string;

  @Field(() => OrganizationStatus, { nullable: true })
  status?: string;

  @Field(() => String, { nullable: true, description: "YYYY, YYYY-MM or YYYY-MM-DD, as precise as the source is." })
  established?: string;

  @Field(() => String, { nullable: true, description: "YYYY, YYYY-MM or YYYY-MM-DD, as precise as the source is." })
  closed?: string;

  @Field(() => String, { nullable: true, description: "Readable id of the parent body." })
  partOf?: string;

  @Field(() => String, { nullable: true, description: "Readable id of the group it reports to." })
  reportsTo?: string;
}

@InputType({ description: "Changes to an organization: a field left out stays as it is; null removes it." })
export class OrganizationPatch {
  @Field(() => String, { nullable: true })
  name?: string | null;

  @Field(() => String, { nullable: true, description: "Short name, e.g. \"SG17\"." })
  acronym?: string | null;

  @Field(() => OrganizationKind, { nullable: true })
  kind?: string | null;

  @Field(() => [String], { nullable: true, description: "Every other spelling (replaces the list)." })
  aliases?: string[] | null;

  @Field(() => String, { nullable: true })
  mandate?: string | null;

  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field(() => String, { nullable: true, description: "URL." })
  website?: string | null;

  @Field(() => String, { nullable: true, description: "The body's functional mailbox (public)." })
  mailbox?: string | null;

  @Field(() => String, { nullable: true, description: "The body's functional phone, international format (public)." })
  phone?: string | null;

  @Field(() => String, { nullable: true, description: "ISO 3166-1 alpha-2 code." })
  country?: string | null;

  @Field(() => OrganizationStatus, { nullable: true })
  status?: string | null;

  @Field(() => String, { nullable: true, description: "YYYY, YYYY-MM or YYYY-MM-DD, as precise as the source is." })
  established?: string | null;

  @Field(() => String, { nullable: true, description: "YYYY, YYYY-MM or YYYY-MM-DD, as precise as the source is." })
  closed?: string | null;

  @Field(() => String, { nullable: true, description: "Readable id of the parent body." })
  partOf?: string | null;

  @Field(() => String, { nullable: true, description: "Readable id of the group it reports to." })
  reportsTo?: string | null;
}

export enum OrganizationOrderField {
  NAME = "NAME",
  ACRONYM = "ACRONYM",
  KIND = "KIND",
  ESTABLISHED = "ESTABLISHED",
}
registerEnumType(OrganizationOrderField, { name: "OrganizationOrderField" });

@InputType({ description: "Filters for organizations; all given filters must hold." })
export class OrganizationFilter {
  @Field(() => [OrganizationKind], { nullable: true })
  kinds?: string[];

  @Field(() => OrganizationStatus, { nullable: true })
  status?: string;

  @Field(() => String, { nullable: true, description: "Part of the name, acronym or an alias (case-insensitive)." })
  text?: string;

  @Field(() => String, { nullable: true, description: "Only this body and its sub-groups at any depth (readable id, acronym or alias)." })
  within?: string;

  @Field(() => String, { nullable: true, description: "Only bodies working on this topic or a narrower one, themselves, through sub-groups or deliverables (topic key)." })
  topic?: string;

  @Field(() => DateRange, { nullable: true, description: "Established within these dates." })
  established?: DateRange;
}

@InputType()
export class OrganizationOrder {
  @Field(() => OrganizationOrderField, { defaultValue: OrganizationOrderField.NAME })
  field!: OrganizationOrderField;

  @Field(() => SortDirection, { defaultValue: "ASC" })
  direction!: string;
}

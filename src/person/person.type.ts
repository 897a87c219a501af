import { GraphQLCountryCode, GraphQLDate, GraphQLEmailAddress } from "graphql-scalars";
import { Authorized, Field, ObjectType } from "type-graphql";
import type { Row } from "../db/rows.js";
import { toEdge } from "../graphql/entity.js";
import { RoleKind } from "../graphql/enums.js";
import { holdsOn } from "../dated/holds-on.js";
import { Node } from "../graphql/relay.js";
import { SourceRef } from "../graphql/sources.js";
import type { PersonRow } from "../db/node-rows.js";
import type { PropertyOf } from "../db/projection.js";
import { nodeFieldProperties, type FieldProperties } from "../graphql/selection.js";

@ObjectType({
  implements: Node,
  description:
    "A person named in the sources: chair, vice-chair, contact person, director… Contact details (`email`, `phone`) are personal data: they need the analyst role or above.",
})
export class Person extends Node {
  @Field(() => String)
  name!: string;

  @Field(() => String, { nullable: true, description: "Mr, Ms, Dr… as printed." })
  honorific?: string;

  @Field(() => [String], { description: 'Every spelling seen, e.g. "Mr Shin-Gak KANG".' })
  aliases!: string[];

  @Field(() => GraphQLCountryCode, { nullable: true })
  country?: string;

  @Field(() => String, { nullable: true, description: "Evidence for identity decisions, e.g. why two spellings are kept as two people." })
  identityNote?: string;

  // Personal data: the rule sits on the fields, so every path to a Person (lookups, lists,
  // search, roles, liaisons, contact lists) applies it. Denied: a FORBIDDEN/UNAUTHENTICATED error.
  @Authorized("ANALYST")
  @Field(() => GraphQLEmailAddress, { nullable: true, description: "Personal e-mail address (personal data: analyst role or above)." })
  email?: string;

  @Authorized("ANALYST")
  @Field(() => String, { nullable: true, description: "Personal phone number as printed (personal data: analyst role or above)." })
  phone?: string;

  @Field(() => [SourceRef])
  sources!: SourceRef[];
}

@ObjectType({ description: "A dated role of a person in an organization (chair, co-chair, vice-chair, contact person…)." })
export class Role {
  @Field(() => String, { description: "Readable id of the role." })
  key!: string;

  @Field(() => RoleKind)
  role!: keyof typeof RoleKind;

  @Field(() => String, { nullable: true, description: 'The title as printed, e.g. "ITU-T FG-MV Chairman".' })
  title?: string;

  @Field(() => String, { nullable: true, description: "Since when (inclusive), as precise as known." })
  since?: string;

  @Field(() => GraphQLDate, { nullable: true })
  sinceDate?: string;

  @Field(() => String, { nullable: true, description: "Until when, inclusive: the last day it held, if it ended (until 2026-12 the first day it no longer held)." })
  until?: string;

  @Field(() => GraphQLDate, { nullable: true })
  untilDate?: string;

  @Field(() => GraphQLDate, { nullable: true, description: "The latest date of a source confirming this fact (STALE_AFTER_DAYS later it counts as unconfirmed; see stale)." })
  lastConfirmed?: string;

  @Field(() => [SourceRef])
  sources!: SourceRef[];

  personKey!: string;
  /** Internal: the person's row read with the role, for `person` without a load (it may hold only the selection's properties). */
  personRow?: Row;
  organizationKey!: string;
  /** Internal: the organization's whole row when read with the role (a person's roles), for `organization` without a load. */
  organizationRow?: Row;
  /** Internal: the `asOf` of the list this role came from; its organization reads with the names in force then. */
  asOf?: string;
}

@ObjectType({ description: "A person's affiliation with an organization (employer, administration), with dates where known." })
export class Affiliation {
  @Field(() => String, { nullable: true })
  since?: string;

  @Field(() => GraphQLDate, { nullable: true })
  sinceDate?: string;

  @Field(() => String, { nullable: true })
  until?: string;

  @Field(() => GraphQLDate, { nullable: true })
  untilDate?: string;

  @Field(() => GraphQLDate, { nullable: true, description: "The latest date of a source confirming this fact (STALE_AFTER_DAYS later it counts as unconfirmed; see stale)." })
  lastConfirmed?: string;

  @Field(() => [SourceRef])
  sources!: SourceRef[];

  personKey!: string;
  organizationKey!: string;
  /** Internal: the organization's whole row when read with the affiliation (a person's affiliations), for `organization` without a load. */
  organizationRow?: Row;
  /** Internal: the `asOf` of the list this affiliation came from; its organization reads with the names in force then. */
  asOf?: string;
}

/** True when a dated link holds on `date` (since and until inclusive). */
export { holdsOn };

/** The Role object of a role row (a person's HOLDS_ROLE in a body), as read on `asOf` when given. */
export function toRole(row: { node: Row; edge: Row }, organizationKey: string, asOf: string | null): Role {
  return toEdge(Role, row.edge, { key: row.edge.id, personKey: row.node.id, personRow: row.node, organizationKey, ...(asOf ? { asOf } : {}) });
}

@ObjectType({ description: "One person in a body, with all the roles they hold there (a chair who is also the contact person is one entry)." })
export class PersonRoles {
  @Field(() => [Role], { description: "Their roles in the body, in the order of the body's role list." })
  roles!: Role[];

  personKey!: string;
  /** Internal: the person's row read with the roles (see Role.personRow). */
  personRow?: Row;
}

/**
 * The stored properties each field of Person is made of (graphql/selection.ts). `email` and
 * `phone` are read when selected, as with the whole node; their @Authorized rule on the field
 * decides who sees them.
 */
export const personFieldProperties: FieldProperties<PropertyOf<typeof PersonRow>> = {
  ...nodeFieldProperties,
  name: ["name"],
  honorific: ["honorific"],
  aliases: ["aliases"],
  country: ["country"],
  identityNote: ["identityNote"],
  email: ["email"],
  phone: ["phone"],
  sources: ["sources"],
  // Relationships: read by the person's key.
  roles: [], affiliations: [], represents: [],
};

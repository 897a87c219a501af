import { GraphQLCountryCode, GraphQLDate, GraphQLEmailAddress, GraphQLURL } from "graphql-scalars";
import { Field, ObjectType, registerEnumType } from "type-graphql";
import { Deliverable, DeliverableConnection } from "../deliverable/deliverable.type.js";
import { Event } from "../event/event.type.js";
import { OrganizationKind, OrganizationStatus } from "../graphql/enums.js";
import { Connection, Node } from "../graphql/relay.js";
import { Liaison } from "../liaison/liaison.type.js";
import { SourceRef } from "../graphql/sources.js";
import type { OrganizationRow } from "../db/node-rows.js";
import type { PropertyOf } from "../db/projection.js";
import { toEntity } from "../graphql/entity.js";
import type { BodyLookedAhead, LookedAhead } from "./organization.service.js";
import { nodeFieldProperties, type FieldProperties } from "../graphql/selection.js";

@ObjectType({ description: "A name an organization bore before, with the period it was in force and its sources." })
export class OrganizationName {
  @Field(() => String)
  name!: string;

  @Field(() => String, { nullable: true })
  acronym?: string;

  @Field(() => String, { nullable: true, description: "From when (inclusive), as precise as known; null when not known." })
  since?: string;

  @Field(() => String, { description: "Until when (exclusive: the first day of the next name), as precise as the sources allow." })
  until!: string;

  @Field(() => [SourceRef])
  sources!: SourceRef[];
}

/** This organization object as it reads on `date` (ISO): its name and acronym then (see OrganizationResolver.name). */
export function onDate(org: Organization, date: string): Organization {
  org.nameAsOf = date;
  return org;
}

@ObjectType({
  implements: Node,
  description: "A body: UN agency or entity, ITU sector, study group, focus group, JCA, working group, SDO, committee, forum, consortium, company, institute, administration…",
})
export class Organization extends Node {
  // Resolved in OrganizationResolver (the name in force on a date); the schema takes the description from here.
  @Field(() => String, {
    description:
      "The name in force on `asOf`; without it, on the date of the answer this body came from (the `asOf` of Person.affiliations, Person.roles, Organization.roles/people/affiliatedPeople, contacts, liaisons, whoWorksOn, liaisonGaps), else today's name. UN Tourism reads \"World Tourism Organization\" in 2023 (see formerNames).",
  })
  name!: string;

  @Field(() => String, { nullable: true, description: 'Short name, e.g. "FG-MV", "SC 27": the one in force on the same date as `name` (UNWTO in 2023, for UN Tourism).' })
  acronym?: string;

  /** Internal: the date of the answer this object belongs to (an `asOf`), for the names in force then. */
  nameAsOf?: string;

  /** Internal: the stored former names (JSON text), read by organization-names.ts. */
  formerNames?: string;

  /**
   * Internal: what the look-ahead of the field that returned this body read of it, for this
   * selection (its nested fields read it here first: organization.service.ts).
   */
  lookedAhead?: LookedAhead;

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

  @Field(() => String, { nullable: true, description: "When it closed: its last day (inclusive: it still exists that day), as precise as known." })
  closed?: string;

  @Field(() => GraphQLDate, { nullable: true })
  closedDate?: string;

  @Field(() => GraphQLDate, { nullable: true, description: "The latest date of a source confirming this fact (STALE_AFTER_DAYS later it counts as unconfirmed; see stale)." })
  lastConfirmed?: string;

  @Field(() => [SourceRef])
  sources!: SourceRef[];
}

export const OrganizationConnection = Connection(Organization, "Organization");

/** The Organization object of a body a listing or lookup read, with what its look-ahead read of it. */
export function toOrganization(body: BodyLookedAhead): Organization {
  return Object.assign(toEntity(Organization, body.node), { lookedAhead: body.lookedAhead });
}

export enum LiaisonDirection {
  OUTGOING = "OUTGOING",
  INCOMING = "INCOMING",
  BOTH = "BOTH",
}
registerEnumType(LiaisonDirection, { name: "LiaisonDirection", description: "OUTGOING: this body is the liaison's `from`; INCOMING: its `to`." });

@ObjectType({ description: "A liaison seen from one organization." })
export class OrganizationLiaison {
  @Field(() => LiaisonDirection)
  direction!: LiaisonDirection;

  @Field(() => Liaison)
  liaison!: Liaison;
}

@ObjectType({ description: "A Recommendation or resolution that governs an organization (the terms it operates under, or the instrument it was established by), with the sources that say so." })
export class OrganizationInstrument {
  @Field(() => Deliverable, { description: 'The Recommendation or resolution, e.g. Rec. ITU-T A.18 (also `deliverable(ref: "A.18")`).' })
  deliverable!: Deliverable;

  @Field(() => GraphQLDate, { nullable: true, description: "The latest date of a source confirming this fact (STALE_AFTER_DAYS later it counts as unconfirmed; see stale)." })
  lastConfirmed?: string;

  @Field(() => [SourceRef], { description: "Where the sources say so (e.g. tsb-circular-60#annex-a-1)." })
  sources!: SourceRef[];
}

@ObjectType({ description: "An event and the part an organization plays in it." })
export class EventParticipation {
  @Field(() => String, { description: "ORGANIZER, HOST or PARTICIPANT." })
  part!: string;

  @Field(() => Event)
  event!: Event;
}

/**
 * The stored properties each field of Organization is made of (graphql/selection.ts): what a
 * listing or lookup reads of a body, and of the bodies it reaches, for a selection.
 */
export const organizationFieldProperties: FieldProperties<PropertyOf<typeof OrganizationRow>> = {
  ...nodeFieldProperties,
  // The name and acronym in force on a date: the former names too (OrganizationResolver.name).
  name: ["name", "formerNames"],
  acronym: ["acronym", "formerNames"],
  formerNames: ["formerNames"],
  kind: ["kind"],
  aliases: ["aliases"],
  mandate: ["mandate"],
  description: ["description"],
  website: ["website"],
  mailbox: ["mailbox"],
  phone: ["phone"],
  country: ["country"],
  status: ["status"],
  established: ["established"],
  establishedDate: ["establishedDate"],
  closed: ["closed"],
  closedDate: ["closedDate"],
  lifetimeNote: ["name", "acronym", "established", "closed"],
  lastConfirmed: ["lastConfirmed"],
  sources: ["sources"],
  // Relationships: read by the body's key (loaders or look-ahead), none of its properties.
  partOf: [], parent: [], parentGroup: [], reportsTo: [], ancestors: [], subGroups: [], reportingGroups: [], people: [], roles: [],
  affiliatedPeople: [], topics: [], deliverables: [], liaisons: [], operatesUnder: [], establishedBy: [], meetings: [], events: [],
  issuedDocuments: [], statistics: [],
};

@ObjectType("OrganizationDeliverableConnection", {
  description:
    "A page of a body's deliverables, saying what it counts: whether its sub-groups' deliverables are in (`includesSubGroups`), and, where a source states more " +
    "deliverables than the graph holds, that figure too (`statedTotal`, `note`).",
})
export class OrganizationDeliverableConnection extends DeliverableConnection {
  @Field(() => Boolean, { description: "Whether the sub-groups' deliverables are counted (the argument `includeSubGroups`)." })
  includesSubGroups!: boolean;

  organizationKey!: string;
  /** Whether the list was filtered (by status): then a stated total is not comparable with `totalCount`. */
  filtered!: boolean;
}

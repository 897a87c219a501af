import { GraphQLDate } from "graphql-scalars";
import { Field, Int, ObjectType, registerEnumType } from "type-graphql";
import { Deliverable } from "../deliverable/deliverable.type.js";
import { Deadline, Event } from "../event/event.type.js";
import { DeliverableStatus, HoldingStatus } from "../graphql/enums.js";
import { Node } from "../graphql/relay.js";
import { SourceRef } from "../graphql/sources.js";
import { Liaison } from "../liaison/liaison.type.js";
import { LiaisonDirection } from "../organization/organization.type.js";
import { Organization } from "../organization/organization.type.js";
import { Person } from "../person/person.type.js";
import { Topic } from "../topic/topic.type.js";
import type { OrganizationRow } from "../db/node-rows.js";
import type { ActivityRow } from "./activity.repository.js";

/** A body's roles as whoWorksOn's statement read them. */
type RolesRead = ActivityRow["roles"];

export enum WorkThrough {
  DIRECT = "DIRECT",
  DELIVERABLE = "DELIVERABLE",
  SUB_GROUP = "SUB_GROUP",
}
registerEnumType(WorkThrough, {
  name: "WorkThrough",
  description: "How a body works on a topic: DIRECT (stated in its mandate, title or a list), DELIVERABLE (one of its deliverables addresses it), SUB_GROUP (one of its sub-groups does).",
});

export enum LiaisonInheritance {
  DIRECT = "DIRECT",
  VIA_PARENT = "VIA_PARENT",
  VIA_SUB_GROUP = "VIA_SUB_GROUP",
}
registerEnumType(LiaisonInheritance, {
  name: "LiaisonInheritance",
  description: "DIRECT: the body itself is an end of the liaison; VIA_PARENT: a body it is part of is (inherited); VIA_SUB_GROUP: one of its sub-groups is.",
});

export enum RelationToUs {
  SELF = "SELF",
  SUB_GROUP_OF_US = "SUB_GROUP_OF_US",
  PARENT_OF_US = "PARENT_OF_US",
}
registerEnumType(RelationToUs, { name: "RelationToUs", description: "When a body is part of \"us\" or we are part of it, no liaison is needed." });

export enum ConnectionVia {
  PARENT_BODY = "PARENT_BODY",
  REPORTING = "REPORTING",
  LIAISON = "LIAISON",
  PEOPLE = "PEOPLE",
  TOPIC = "TOPIC",
}
registerEnumType(ConnectionVia, {
  name: "ConnectionVia",
  description: "What a connection may go through: PARENT_BODY (PART_OF), REPORTING (REPORTS_TO), LIAISON (liaison records), PEOPLE (roles, affiliations, liaison representatives), TOPIC (shared topics).",
});

export enum RoadmapItemKind {
  DELIVERABLE = "DELIVERABLE",
  EVENT = "EVENT",
}
registerEnumType(RoadmapItemKind, { name: "RoadmapItemKind" });

export enum UpcomingKind {
  EVENT = "EVENT",
  DEADLINE = "DEADLINE",
}
registerEnumType(UpcomingKind, { name: "UpcomingKind" });

@ObjectType({ description: "One step of an explanation: a relationship between two objects, as walked." })
export class Hop {
  /** The node the step starts from, by label and readable id: \`from\` loads it when asked for. */
  fromRef!: { label: string; key: string };

  /** The node the step goes to: \`to\` loads it. */
  toRef!: { label: string; key: string };

  @Field(() => String, {
    description: "The relationship: PART_OF, REPORTS_TO, WORKS_ON, BROADER, DEVELOPED_BY, ADDRESSES, HOLDS_ROLE, AFFILIATED_WITH, REPRESENTED_BY…; for a liaison record between two bodies, its kind (COLLABORATION, COOPERATION…).",
  })
  relation!: string;

  @Field(() => Boolean, { description: "True when walked in the stored direction (e.g. a sub-group PART_OF its parent, a liaison from its sender to its addressee)." })
  forward!: boolean;

  @Field(() => String, { description: 'The step in words, e.g. "SC 27 -[PART_OF]-> JTC 1".' })
  text!: string;

  @Field(() => String, { nullable: true, description: "What the sources say about the step: a role's title, the evidence of work, a liaison's subject." })
  detail!: string | null;

  @Field(() => Liaison, { nullable: true, description: "The liaison record, when the step is one." })
  liaison!: Liaison | null;

  @Field(() => [SourceRef], { description: "The sources of this step." })
  sources!: SourceRef[];
}

@ObjectType({ description: "Why a body counts as working on a topic: the path from the body to the topic asked about." })
export class WorkEvidence {
  @Field(() => WorkThrough)
  through!: WorkThrough;

  @Field(() => Topic, { description: "The topic the work is on (the one asked about or a narrower one)." })
  topic!: Topic;

  @Field(() => Deliverable, { nullable: true, description: "The deliverable, when the work is through one." })
  deliverable!: Deliverable | null;

  @Field(() => Organization, { description: "The body that does the work (the body itself or its sub-group)." })
  worker!: Organization;

  @Field(() => [Hop], { description: "The relationships from the body to the topic asked about, each with its sources." })
  path!: Hop[];

  @Field(() => Boolean, { description: "True when found through a topic related to the one asked about (`includeRelated: true`): the path holds the RELATED step." })
  viaRelated!: boolean;
}

@ObjectType({ description: "A liaison seen from a body, direct or inherited, with how it reaches the body." })
export class LiaisonLink {
  @Field(() => Liaison)
  liaison!: Liaison;

  @Field(() => LiaisonInheritance)
  inheritance!: LiaisonInheritance;

  @Field(() => LiaisonDirection, { description: "OUTGOING when `end` is the liaison's `from`." })
  direction!: LiaisonDirection;

  /** The readable id of the liaison's end on this body's side: \`end\` loads it when asked for. */
  endKey!: string;

  /** The readable id of the body at the other end: \`partner\` loads it. */
  partnerKey!: string;

  /** The date the answer is about: the ends' names are those in force on it. */
  asOf!: string;

  /**
   * The ends as the liaisons statement read them when the selection asked (look-ahead), with
   * the properties it needs: \`end\` and \`partner\` then load nothing.
   */
  endRow?: OrganizationRow;
  partnerRow?: OrganizationRow;

  @Field(() => Boolean, {
    description: "Whether a standing liaison holds on the date asked about (since and until inclusive: `until` is its last day). Always false for a liaison statement, a dated message (until 2026-11 statements read true from their date on).",
  })
  current!: boolean;

  @Field(() => [Hop], { description: "From the body to the partner: PART_OF steps for inherited liaisons, then the liaison." })
  path!: Hop[];
}

@ObjectType({ description: "A body's liaisons with \"us\" (the coordinating body)." })
export class LiaisonStatus {
  @Field(() => Organization, { description: "Who \"us\" is in this answer." })
  us!: Organization;

  @Field(() => RelationToUs, { nullable: true, description: "Set when the body is us, part of us, or a body we are part of." })
  relationToUs!: RelationToUs | null;

  @Field(() => Boolean, { description: "True when a standing liaison with us holds, directly or via a body it is part of (a liaison statement is a message, not a liaison that holds)." })
  hasLiaison!: boolean;

  @Field(() => [LiaisonLink], { description: "Liaisons with us: direct, inherited from a parent body, or held by a sub-group." })
  links!: LiaisonLink[];
}

@ObjectType({ description: "A body active on a topic, with the evidence, its people and its liaison status with us." })
export class TopicActivity {
  @Field(() => Organization)
  organization!: Organization;

  @Field(() => Boolean, {
    description:
      "Whether some of its evidence holds on the date asked about: the body and every body on the evidence's path exist then (established, not yet closed). " +
      "A parent is never more active than the evidence under it: ITU-T credited only through FG-MV's work (closed 2024-06-30) is not active in 2025. " +
      "(Until 2026-12 only the body itself was checked.)",
  })
  active!: boolean;

  @Field(() => Int, { description: "How many pieces of its own work (direct statements and deliverables) show it: the ranking." })
  ownWork!: number;

  @Field(() => Int, { description: "How many pieces of its sub-groups' work show it." })
  subGroupWork!: number;

  @Field(() => [WorkEvidence], { description: "The evidence, own work first, at most `evidenceLimit` items." })
  evidence!: WorkEvidence[];

  organizationKey!: string;
  asOf!: string;
  us!: Organization;
  /** Internal: its roles as the answer's statement read them (look-ahead; `people` reads them here first). */
  rolesRead?: RolesRead;
}

@ObjectType({ description: "Two bodies that work on the same topic with no liaison between them (nor between bodies they are part of)." })
export class OrganizationPair {
  @Field(() => Organization)
  a!: Organization;

  @Field(() => Organization)
  b!: Organization;

  @Field(() => Organization, {
    nullable: true,
    description:
      "The organization both belong to (the top of their PART_OF chains, e.g. IEEE for two IEEE groups, ITU for ITU-T SG17 and JCA-MV) when the pair is within one organization: " +
      "listed only with `overlaps(withinOrganization: true)`; null for a pair across organizations, the duplication a JCA must find.",
  })
  sameOrganization!: Organization | null;
}

@ObjectType({ description: "One body's deliverables on an overlapping topic." })
export class OverlapSide {
  @Field(() => Organization)
  organization!: Organization;

  @Field(() => [Deliverable])
  deliverables!: Deliverable[];
}

@ObjectType({ description: "A topic on which bodies work without liaisons between them: potential duplication (JCA-MV ToR 2.5)." })
export class Overlap {
  @Field(() => Topic)
  topic!: Topic;

  @Field(() => [Organization], { description: "The bodies without a liaison to at least one other body on the topic." })
  organizations!: Organization[];

  @Field(() => [OrganizationPair], { description: "Every pair without a liaison." })
  unlinkedPairs!: OrganizationPair[];

  @Field(() => [OverlapSide], { description: "The competing deliverables, side by side, one entry per body." })
  deliverables!: OverlapSide[];

  @Field(() => Int, { description: "The deliverables on the topic from the bodies involved (second ranking key)." })
  competingDeliverables!: number;
}

@ObjectType({ description: "One explained path between two organizations or people." })
export class ConnectionPath {
  @Field(() => Int)
  length!: number;

  @Field(() => [Hop])
  hops!: Hop[];

  @Field(() => Boolean, { description: "True when no hop is a shared topic: a line through parent bodies, reporting lines, liaisons or people." })
  structural!: boolean;

  @Field(() => Int, { description: "Strength of evidence: how many sources its least-sourced hop cites (a path is as strong as its weakest hop)." })
  evidence!: number;

  @Field(() => Int, { description: "How many distinct sources its hops cite in all (the second measure of strength)." })
  sources!: number;
}

@ObjectType({
  description:
    "A standard series, derived from the references of its deliverables by rules of each family's reference syntax: all parts of ISO/IEC 23090, IEEE 2888.1 to 2888.6, ITU-T H.264 to H.266 (ITU-T H.26x). " +
    "A reference no rule knows is a series of its own; events make a series per body holding them.",
})
export class StandardSeries {
  @Field(() => String, { description: "What the roadmap's `series` filter takes (lower case)." })
  key!: string;

  @Field(() => String, { description: "How to read it: ISO/IEC 23090, ITU-T H.26x, Meetings of SC 29." })
  name!: string;
}

@ObjectType({ description: "A standard series on the roadmap: how many of the matching items it holds, and when." })
export class RoadmapSeries extends StandardSeries {
  @Field(() => Int, { description: "Items of the series matching the filters (all of them, not only those listed)." })
  count!: number;

  @Field(() => Int, { description: "Of those, still planned." })
  planned!: number;

  @Field(() => Int, { description: "Of those, done." })
  done!: number;

  @Field(() => Int, { description: "Of those, overdue." })
  overdue!: number;

  @Field(() => GraphQLDate, { nullable: true, description: "The date of its first dated item." })
  first!: string | null;

  @Field(() => GraphQLDate, { nullable: true, description: "The date of its last dated item." })
  last!: string | null;
}

@ObjectType({ description: "A deliverable or an event on the roadmap." })
export class RoadmapItem {
  @Field(() => RoadmapItemKind)
  kind!: RoadmapItemKind;

  @Field(() => GraphQLDate, { nullable: true, description: "Where it sits on the timeline: an event's first day; a deliverable's publication, approval, consent or target date (the latest milestone known)." })
  date!: string | null;

  @Field(() => String, { nullable: true, description: 'The same date as precisely as the sources give it: "2019" (a year), "2019-05" (a month) or "2019-05-13" (`date` is the first day of the period).' })
  dateAsGiven!: string | null;

  @Field(() => String, { nullable: true, description: "Which date `date` is: START, END, PUBLISHED, APPROVED, CONSENTED, TARGET, or DRAFT (the latest public draft of work in progress, when nothing else dates it)." })
  dateKind!: string | null;

  @Field(() => Boolean, { description: "A deliverable still planned or in progress whose whole target period is over by `today` (a target of 2026 is overdue from 2027-01-01)." })
  overdue!: boolean;

  @Field(() => GraphQLDate, { nullable: true, description: "An event's last day." })
  endDate!: string | null;

  @Field(() => DeliverableStatus, { nullable: true, description: "A deliverable's status." })
  status!: string | null;

  @Field(() => Boolean, { description: "Still planned: a deliverable PLANNED or IN_PROGRESS, or an event that has not started by `today`." })
  planned!: boolean;

  @Field(() => Deliverable, { nullable: true })
  deliverable!: Deliverable | null;

  @Field(() => Event, { nullable: true })
  event!: Event | null;

  @Field(() => Event, { nullable: true, description: "Set when the event is on the roadmap because it is collocated with this matching event." })
  collocatedWith!: Event | null;

  @Field(() => [Topic])
  topics!: Topic[];

  @Field(() => [Organization], { description: "Who develops the deliverable, or whose meeting the event is / who organizes it." })
  organizations!: Organization[];

  @Field(() => StandardSeries, { description: "The standard series it belongs to, from its reference (events: the meetings of the body holding them)." })
  series!: StandardSeries;
}

@ObjectType({ description: "The roadmap items of one topic." })
export class TopicLane {
  @Field(() => Topic, { nullable: true, description: "Null for items without a topic." })
  topic!: Topic | null;

  @Field(() => [RoadmapItem])
  items!: RoadmapItem[];
}

@ObjectType({ description: "The roadmap items of one organization." })
export class OrganizationLane {
  @Field(() => Organization, { nullable: true, description: "Null for items without an organization." })
  organization!: Organization | null;

  @Field(() => [RoadmapItem])
  items!: RoadmapItem[];
}

@ObjectType({ description: "Deliverables and events on a timeline, grouped by topic and by organization." })
export class Roadmap {
  @Field(() => Int, { description: "Items matching the filters (the lists hold at most `first`)." })
  total!: number;

  @Field(() => Int, { description: "Of the listed items, how many are still planned." })
  planned!: number;

  @Field(() => Int, { description: "Of the listed items, how many are done (deliverables consented, agreed, approved or published; events started)." })
  done!: number;

  @Field(() => [RoadmapItem], { description: "In date order (undated last)." })
  items!: RoadmapItem[];

  @Field(() => [TopicLane], { description: "Items by topic (an item with several topics is in each lane)." })
  byTopic!: TopicLane[];

  @Field(() => [OrganizationLane], { description: "Items by organization." })
  byOrganization!: OrganizationLane[];

  @Field(() => [RoadmapSeries], {
    description:
      "Every standard series of the items matching the filters (all of them, not only those listed, and whatever `series` asks), by name, with their counts: " +
      "the roadmap page shows them as collapsed groups and lists the items of the groups it opens (`series`).",
  })
  series!: RoadmapSeries[];
}

@ObjectType({ description: "Someone to write to: a person, the body, and the role that makes them the contact." })
export class Contact {
  @Field(() => Person)
  person!: Person;

  @Field(() => Organization)
  organization!: Organization;

  @Field(() => String, { description: "The role kind (CHAIR, VICE_CHAIR, CONTACT_PERSON…, or LIAISON_REPRESENTATIVE for a liaison's representative): the first of `roles`; its title, dates and liaison are this row's." })
  role!: string;

  @Field(() => [String], { description: "Every role the person holds in the body on asOf, best first (one row per person and body; with perRole, this row's one role)." })
  roles!: string[];

  @Field(() => String, { nullable: true, description: "The title as printed." })
  title!: string | null;

  @Field(() => GraphQLDate, { nullable: true })
  sinceDate!: string | null;

  @Field(() => GraphQLDate, { nullable: true })
  untilDate!: string | null;

  @Field(() => Liaison, { nullable: true, description: "For a liaison representative: the liaison." })
  liaison!: Liaison | null;

  @Field(() => GraphQLDate, { nullable: true, description: "The latest date of a source confirming the role (or the liaison)." })
  lastConfirmed!: string | null;

  @Field(() => Boolean, {
    description:
      "True when no source has confirmed the row (its latest-confirmed role) for STALE_AFTER_DAYS (default 730) before asOf: it may have ended; check it (see stale) before writing to them as current. " +
      "The exports carry the same mark (CSV and XLSX column, vCard note).",
  })
  unconfirmed!: boolean;

  @Field(() => HoldingStatus, {
    description: "CURRENT, or UNCONFIRMED when no source has confirmed the row within STALE_AFTER_DAYS before asOf (the same as `unconfirmed`, as a status every client reads). A contact list holds only roles holding on asOf.",
  })
  status!: string;

  @Field(() => [SourceRef])
  sources!: SourceRef[];
}

@ObjectType({ description: "A fact presented as current whose latest confirming source is older than the staleness limit: what needs checking." })
export class StaleFact {
  @Field(() => String, { description: "ROLE, AFFILIATION, LIAISON or ORGANIZATION." })
  kind!: string;

  @Field(() => String, { description: "The record's readable id (a role's id; person→organization for an affiliation)." })
  key!: string;

  @Field(() => String, { description: 'What the fact says, e.g. "Abdurahman M. Al Hassan CHAIR of TSAG".' })
  text!: string;

  @Field(() => GraphQLDate, { nullable: true })
  lastConfirmed!: string | null;

  @Field(() => Int, { description: "Days between lastConfirmed and asOf." })
  daysSinceConfirmed!: number;

  @Field(() => [SourceRef])
  sources!: SourceRef[];
}

@ObjectType({ description: "Facts that need checking." })
export class StaleAnswer {
  @Field(() => GraphQLDate)
  asOf!: string;

  @Field(() => GraphQLDate, { description: "Facts last confirmed before this date are listed." })
  confirmedBefore!: string;

  @Field(() => Int)
  total!: number;

  @Field(() => [StaleFact], { description: "Oldest confirmation first." })
  facts!: StaleFact[];
}

@ObjectType({ description: "A meeting or a deadline ahead." })
export class UpcomingItem {
  @Field(() => UpcomingKind)
  kind!: UpcomingKind;

  @Field(() => GraphQLDate, { description: "An event's first day or a deadline's due date." })
  date!: string;

  @Field(() => Int, { description: "Days from `from` to `date` (negative for an event already under way)." })
  daysAway!: number;

  @Field(() => Event, { nullable: true, description: "The event, or the event a deadline belongs to." })
  event!: Event | null;

  @Field(() => Deadline, { nullable: true })
  deadline!: Deadline | null;
}

@ObjectType({ description: "Bodies active on a topic (whoWorksOn) or those of them without a liaison with us (liaisonGaps)." })
export class ActivityAnswer {
  @Field(() => Topic, { description: "The topic asked about (narrower topics are included)." })
  topic!: Topic;

  @Field(() => Organization, { description: "\"Us\": whose liaisons count." })
  us!: Organization;

  @Field(() => GraphQLDate)
  asOf!: string;

  @Field(() => Int, { description: "All matching bodies (the list holds at most `first`)." })
  total!: number;

  @Field(() => [TopicActivity], {
    description: "Ranked: active bodies first; among them, bodies doing the work themselves (directly or by a deliverable) before a body credited only through its sub-groups; then by own work, then by sub-groups' work.",
  })
  organizations!: TopicActivity[];

  @Field(() => [ExcludedBody], { description: "liaisonGaps only: the bodies active on the topic that are not gaps, each with the rule that excluded it (empty for whoWorksOn)." })
  excluded!: ExcludedBody[];
}

export enum GapExclusion {
  US = "US",
  OUR_SUB_GROUP = "OUR_SUB_GROUP",
  OUR_PARENT = "OUR_PARENT",
  HAS_LIAISON = "HAS_LIAISON",
  OUR_SECTOR = "OUR_SECTOR",
}
registerEnumType(GapExclusion, {
  name: "GapExclusion",
  description: "Why a body active on the topic is not a liaison gap.",
  valuesConfig: {
    US: { description: "It is us." },
    OUR_SUB_GROUP: { description: "It is part of us." },
    OUR_PARENT: { description: "We are part of it." },
    HAS_LIAISON: { description: "It (or a body it is part of) already has a liaison with us on asOf." },
    OUR_SECTOR: { description: "Us is a coordination body (a JCA) and it sits in our own sector: its groups take part in us by our terms of reference (JCA-MV ToR 4.1: all ITU-T study group chairs and the TSAG chair)." },
  },
});

@ObjectType({ description: "A body on the topic that liaisonGaps left out, and the rule that did." })
export class ExcludedBody {
  @Field(() => Organization)
  organization!: Organization;

  @Field(() => GapExclusion)
  rule!: GapExclusion;
}

@ObjectType({ description: "The liaisons of a body, direct and inherited." })
export class LiaisonsAnswer {
  @Field(() => Organization)
  organization!: Organization;

  @Field(() => GraphQLDate)
  asOf!: string;

  @Field(() => Int, { description: "All matching liaisons (the list holds at most `first`)." })
  total!: number;

  @Field(() => [LiaisonLink], { description: "Direct first, then inherited from parent bodies, then held by sub-groups; oldest first within each." })
  links!: LiaisonLink[];

  @Field(() => String, {
    nullable: true,
    description:
      'Why the body has no liaisons on asOf when it did not exist then: "FG-MV closed on 2024-06-30: … Ask with asOf: 2024-06-30 for its last state." ' +
      "(a closed body inherits nothing from its parents either); null while it exists, and with includeEnded.",
  })
  note!: string | null;
}

@ObjectType({ description: "Topics where bodies work without liaisons between them." })
export class OverlapsAnswer {
  @Field(() => GraphQLDate)
  asOf!: string;

  @Field(() => Int, { description: "All overlapping topics (the list holds at most `first`)." })
  total!: number;

  @Field(() => [Overlap], { description: "Ranked by unlinked pairs, then competing deliverables." })
  overlaps!: Overlap[];
}

@ObjectType({ description: "The explained paths between two organizations or people within a bound, shortest first." })
export class ConnectionAnswer {
  @Field(() => Node)
  from!: Node;

  @Field(() => Node)
  to!: Node;

  @Field(() => Int, { description: "The bound used." })
  maxHops!: number;

  @Field(() => Int, { description: "The distinct paths found within maxHops (structural and through shared topics), not only the shortest; `paths` holds min(first, total) of them. A lower bound when `capped`." })
  total!: number;

  @Field(() => Boolean, { description: "True when the bounded enumeration stopped at its cap: more paths may exist within maxHops, and `total` is a lower bound." })
  capped!: boolean;

  @Field(() => [ConnectionPath], { description: "Structural paths first, then paths through shared topics; within each, shorter first, then stronger evidence first. Empty when no path within maxHops exists." })
  paths!: ConnectionPath[];
}

@ObjectType({ description: "The people to write to." })
export class ContactsAnswer {
  @Field(() => GraphQLDate)
  asOf!: string;

  @Field(() => Int, { description: "All matching contacts (the list holds at most `first`)." })
  total!: number;

  @Field(() => [Contact])
  contacts!: Contact[];
}

@ObjectType({ description: "Meetings and deadlines in a window." })
export class UpcomingAnswer {
  @Field(() => GraphQLDate)
  from!: string;

  @Field(() => GraphQLDate)
  to!: string;

  @Field(() => Int, { description: "All matching items (the list holds at most `first`)." })
  total!: number;

  @Field(() => [UpcomingItem], { description: "In date order." })
  items!: UpcomingItem[];
}

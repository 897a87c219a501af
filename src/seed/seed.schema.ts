import { z } from "zod";
import { READABLE_ID } from "../entity-kinds.js";

/**
 * The schema of the seed files (seed/*.yaml). Every entry has a stable readable id and cites its
 * sources as "document-id" or "document-id#locator" (clause, paragraph, line, table row).
 * References between entries are checked separately (see validate.ts).
 */

export const id = z
  .string()
  .regex(READABLE_ID, "must be a lowercase id of letters, digits and single dashes (e.g. itu-t-sg17)");

/** "doc-id" or "doc-id#where", e.g. "tsb-circular-60#annex-a-2.4". */
export const sourceRef = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*(#.+)?$/, 'must be "document-id" or "document-id#locator"');

export const sources = z.array(sourceRef).min(1, "must cite at least one source document");

/**
 * The edit version of a record changed through the API, as a snapshot (npm run snapshot) carries
 * it so that a restored graph keeps it: versions never go back. Hand-written seed entries omit it.
 */
const version = z.number().int().positive().optional();

/** A date as precise as the source gives it: 2023, 2023-07 or 2023-07-04. */
export const partialDate = z
  .string()
  .regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, "must be a date: YYYY, YYYY-MM or YYYY-MM-DD")
  .refine(isRealDate, "is not a real calendar date");

export const fullDate = z
  .string()
  .regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, "must be a date YYYY-MM-DD")
  .refine(isRealDate, "is not a real calendar date");

const localTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, "must be a time HH:MM (24 h)");
const email = z.email("must be an e-mail address");
const phone = z.string().regex(/^\+\d[\d ]{5,20}$/, "must be an international phone number (+41 22 730 6301)");
const url = z.url("must be a URL");

export const organizationKinds = [
  "UN_AGENCY", "UN_ENTITY", "SECTOR", "BUREAU", "ADVISORY_GROUP", "STUDY_GROUP", "QUESTION", "FOCUS_GROUP",
  "JOINT_COORDINATION_ACTIVITY", "WORKING_GROUP", "TASK_GROUP", "SDO", "JOINT_TECHNICAL_COMMITTEE",
  "SUBCOMMITTEE", "TECHNICAL_COMMITTEE", "EVALUATION_GROUP", "STANDARDS_COMMITTEE", "COMMUNITY_GROUP",
  "INDUSTRY_FORUM", "CONSORTIUM", "PROJECT", "COMPANY", "RESEARCH_INSTITUTE", "UNIVERSITY",
  "ADMINISTRATION", "REGULATOR", "INTERGOVERNMENTAL", "REGIONAL_ORGANIZATION", "OPEN_SOURCE_COMMUNITY", "OTHER",
] as const;

export const roleKinds = [
  "CHAIR", "CO_CHAIR", "VICE_CHAIR", "DIRECTOR", "CONTACT_PERSON", "LIAISON_REPRESENTATIVE",
  "SECRETARIAT", "EDITOR", "RAPPORTEUR", "CONVENOR", "MEMBER",
] as const;

export const liaisonKinds = [
  "COLLABORATION", "COOPERATION", "LIAISON_RELATIONSHIP", "LIAISON_STATEMENT", "REPORTING",
] as const;

export const deliverableKinds = [
  "RECOMMENDATION", "TECHNICAL_REPORT", "TECHNICAL_SPECIFICATION", "STANDARD", "TECHNICAL_PAPER",
  "RESOLUTION", "GUIDELINE", "SPECIFICATION", "REPORT", "OTHER",
] as const;

export const deliverableStatuses = [
  "PLANNED", "IN_PROGRESS", "CONSENTED", "AGREED", "APPROVED", "PUBLISHED", "WITHDRAWN",
] as const;

export const eventKinds = ["MEETING", "FORUM", "WORKSHOP", "ASSEMBLY", "CONFERENCE", "EVENT"] as const;
export const deadlineKinds = ["CONTRIBUTION", "REGISTRATION", "VISA_LETTER", "OTHER"] as const;
export const documentKinds = [
  "CIRCULAR", "LIAISON_STATEMENT", "PROPOSAL", "RESOLUTION", "RECOMMENDATION", "TERMS_OF_REFERENCE",
  "WEB_PAGE", "REPORT", "OTHER",
] as const;

/** A sourced link to one entry of another file, e.g. the Recommendation a group operates under. */
const sourcedLink = <K extends string>(key: K) => z.strictObject({ [key]: id, sources } as { [P in K]: typeof id } & { sources: typeof sources });

export const documentSchema = z.strictObject({
  id,
  kind: z.enum(documentKinds),
  reference: z.string().min(1).optional(),
  title: z.string().min(1),
  date: partialDate.optional(),
  issuer: id.optional(),
  url: url.optional(),
  /** File name under shared/sources for the five source documents. */
  file: z.string().min(1).optional(),
  cites: z.array(id).default([]),
  /** Who signed it (a circular's "Yours faithfully" block), each with the place that shows it. */
  signedBy: z.array(sourcedLink("person")).default([]),
  description: z.string().min(1).optional(),
  sources: sources.optional(),
  version,
});

const topicLink = z.strictObject({
  topic: id,
  evidence: z.string().min(1),
  sources: sources.optional(),
});

/**
 * A name a body no longer bears, with the period it was in force (`until` exclusive: the first
 * day of the period of the new name, as precise as the sources allow) and the sources showing it.
 */
const formerName = z.strictObject({
  name: z.string().min(1),
  acronym: z.string().min(1).optional(),
  since: partialDate.optional(),
  until: partialDate,
  sources,
});

export const organizationSchema = z.strictObject({
  id,
  name: z.string().min(1),
  acronym: z.string().min(1).optional(),
  kind: z.enum(organizationKinds),
  aliases: z.array(z.string().min(1)).default([]),
  /** Earlier names with their dates: the API gives the name in force on an answer's `asOf`. */
  formerNames: z.array(formerName).default([]),
  mandate: z.string().min(1).optional(),
  description: z.string().min(1).optional(),
  website: url.optional(),
  /** Functional mailbox and phone of the body itself (public, unlike a person's contacts). */
  mailbox: email.optional(),
  phone: phone.optional(),
  country: z.string().regex(/^[A-Z]{2}$/, "must be an ISO 3166-1 alpha-2 country code").optional(),
  status: z.enum(["ACTIVE", "CLOSED"]).default("ACTIVE"),
  established: partialDate.optional(),
  closed: partialDate.optional(),
  partOf: id.optional(),
  reportsTo: id.optional(),
  /** The Recommendations whose terms the body works under (Rec. ITU-T A.18 for JCA-MV, A.7 for FG-MV). */
  operatesUnder: z.array(sourcedLink("deliverable")).default([]),
  /** The resolutions (or Recommendations) in accordance with which the body was established (WTSA-24 Res. 105 for JCA-MV). */
  establishedBy: z.array(sourcedLink("deliverable")).default([]),
  topics: z.array(topicLink).default([]),
  sources,
  version,
});

const affiliation = z.strictObject({
  organization: id,
  since: partialDate.optional(),
  until: partialDate.optional(),
  sources: sources.optional(),
});

export const personSchema = z.strictObject({
  id,
  name: z.string().min(1),
  honorific: z.enum(["Mr", "Ms", "Mrs", "Dr", "Prof"]).optional(),
  aliases: z.array(z.string().min(1)).default([]),
  country: z.string().regex(/^[A-Z]{2}$/, "must be an ISO 3166-1 alpha-2 country code").optional(),
  email: email.optional(),
  phone: phone.optional(),
  affiliations: z.array(affiliation).default([]),
  /** Evidence for identity decisions, e.g. why two spellings are (or may not be) one person. */
  identityNote: z.string().min(1).optional(),
  sources,
  version,
});

export const roleSchema = z.strictObject({
  id,
  person: id,
  organization: id,
  role: z.enum(roleKinds),
  /** The title as the source writes it, e.g. "ITU-T FG-MV Chairman". */
  title: z.string().min(1).optional(),
  since: partialDate.optional(),
  until: partialDate.optional(),
  sources,
  version,
});

/**
 * A liaison is a standing relationship (COLLABORATION, COOPERATION, LIAISON_RELATIONSHIP,
 * REPORTING) that holds from `since` until `until`, or a liaison statement (LIAISON_STATEMENT):
 * a dated message, sent on `since`, with its `purpose` and reply `deadline`, that never "holds".
 */
export const liaisonSchema = z.strictObject({
  id,
  kind: z.enum(liaisonKinds),
  from: id,
  to: id,
  /** Since when a standing liaison holds; for a statement, the date it was sent. */
  since: partialDate.optional(),
  until: partialDate.optional(),
  subject: z.string().min(1).optional(),
  /** A statement's purpose as the statement gives it (its abstract, "for action", "for information"…). */
  purpose: z.string().min(1).optional(),
  /** A statement's reply deadline, if it has one. */
  deadline: partialDate.optional(),
  /** The liaison statement or terms of reference that establishes it. */
  document: id.optional(),
  representatives: z.array(id).default([]),
  topics: z.array(id).default([]),
  sources,
  version,
}).superRefine((l, ctx) => {
  // A statement is a message: it has a date, not an end; purpose and deadline belong to statements.
  if (l.kind === "LIAISON_STATEMENT" && l.until !== undefined) {
    ctx.addIssue({ code: "custom", path: ["until"], message: "a liaison statement is a dated message: it has a date (since), not an end" });
  }
  if (l.kind !== "LIAISON_STATEMENT") {
    if (l.purpose !== undefined) ctx.addIssue({ code: "custom", path: ["purpose"], message: "only a liaison statement has a purpose" });
    if (l.deadline !== undefined) ctx.addIssue({ code: "custom", path: ["deadline"], message: "only a liaison statement has a deadline" });
  }
});

/**
 * A topic a deliverable addresses: the topic's id, or the id with the words that show it (those a
 * catalogue's title, abstract or ICS codes matched; the words, not the text they stand in).
 */
const addressedTopic = z.union([id, z.strictObject({ topic: id, evidence: z.string().min(1) })]);
export type AddressedTopic = z.infer<typeof addressedTopic>;
export const topicOf = (t: AddressedTopic): string => (typeof t === "string" ? t : t.topic);

export const deliverableSchema = z.strictObject({
  id,
  code: z.string().min(1),
  title: z.string().min(1),
  kind: z.enum(deliverableKinds),
  status: z.enum(deliverableStatuses),
  developedBy: id,
  aliases: z.array(z.string().min(1)).default([]),
  approved: partialDate.optional(),
  consented: partialDate.optional(),
  published: partialDate.optional(),
  target: partialDate.optional(),
  /** The date of the latest public draft of a standard still in progress (a working draft, a ballot draft). */
  draft: partialDate.optional(),
  topics: z.array(addressedTopic).default([]),
  basedOn: z.array(id).default([]),
  description: z.string().min(1).optional(),
  /** The deliverable's page in its body's catalogue. */
  url: url.optional(),
  /** "unconfirmed" for facts a source states only partly (confidence M). */
  confidence: z.enum(["confirmed", "unconfirmed"]).default("confirmed"),
  sources,
  version,
});

export const topicSchema = z.strictObject({
  id,
  name: z.string().min(1),
  aliases: z.array(z.string().min(1)).default([]),
  description: z.string().min(1).optional(),
  broader: id.optional(),
  /** Topics the sources name together, not one under the other (symmetric: stored once, read both ways), each link with its sources. */
  related: z.array(sourcedLink("topic")).default([]),
  sources,
  version,
});

export const eventSchema = z
  .strictObject({
    id,
    name: z.string().min(1),
    kind: z.enum(eventKinds),
    startDate: partialDate,
    endDate: partialDate.optional(),
    startTime: localTime.optional(),
    endTime: localTime.optional(),
    /** IANA time zone of the times, e.g. Europe/Zurich for Geneva. */
    timezone: z.string().regex(/^[A-Za-z_]+\/[A-Za-z_]+$/, "must be an IANA time zone such as Europe/Zurich").optional(),
    venue: z.string().min(1).optional(),
    city: z.string().min(1).optional(),
    country: z.string().regex(/^[A-Z]{2}$/, "must be an ISO 3166-1 alpha-2 country code").optional(),
    meetingOf: id.optional(),
    organizers: z.array(id).default([]),
    hosts: z.array(id).default([]),
    participants: z.array(id).default([]),
    collocatedWith: z.array(id).default([]),
    topics: z.array(id).default([]),
    description: z.string().min(1).optional(),
    sources,
    version,
  })
  .refine((e) => !e.startTime || e.timezone, { message: "needs a timezone when startTime is given", path: ["timezone"] });

export const deadlineSchema = z.strictObject({
  id,
  event: id,
  kind: z.enum(deadlineKinds),
  due: fullDate,
  description: z.string().min(1),
  submitTo: z.string().min(1).optional(),
  sources,
  version,
});

export const statisticSchema = z.strictObject({
  id,
  subject: id,
  measure: z.string().min(1),
  value: z.number().int().nonnegative(),
  asOf: partialDate.optional(),
  description: z.string().min(1).optional(),
  sources,
  version,
});

/** File name → entry schema. Every file holds a YAML list of entries. */
export const seedFiles = {
  "documents.yaml": documentSchema,
  "organizations.yaml": organizationSchema,
  "people.yaml": personSchema,
  "roles.yaml": roleSchema,
  "liaisons.yaml": liaisonSchema,
  "topics.yaml": topicSchema,
  "deliverables.yaml": deliverableSchema,
  "events.yaml": eventSchema,
  "deadlines.yaml": deadlineSchema,
  "statistics.yaml": statisticSchema,
} as const;

export type SeedFileName = keyof typeof seedFiles;
export type DocumentEntry = z.output<typeof documentSchema>;
export type OrganizationEntry = z.output<typeof organizationSchema>;
export type PersonEntry = z.output<typeof personSchema>;
export type RoleEntry = z.output<typeof roleSchema>;
export type LiaisonEntry = z.output<typeof liaisonSchema>;
export type TopicEntry = z.output<typeof topicSchema>;
export type DeliverableEntry = z.output<typeof deliverableSchema>;
export type EventEntry = z.output<typeof eventSchema>;
export type DeadlineEntry = z.output<typeof deadlineSchema>;
export type StatisticEntry = z.output<typeof statisticSchema>;

export interface SeedData {
  documents: DocumentEntry[];
  organizations: OrganizationEntry[];
  people: PersonEntry[];
  roles: RoleEntry[];
  liaisons: LiaisonEntry[];
  topics: TopicEntry[];
  deliverables: DeliverableEntry[];
  events: EventEntry[];
  deadlines: DeadlineEntry[];
  statistics: StatisticEntry[];
}

function isRealDate(text: string): boolean {
  const [y, m, d] = text.split("-").map(Number);
  if (m === undefined || d === undefined) return true;
  const date = new Date(Date.UTC(y!, m - 1, d));
  return date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

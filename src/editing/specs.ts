import type { z } from "zod";
import type { EntityLabel } from "../entity-kinds.js";
import {
  deadlineSchema, deliverableSchema, documentSchema, eventSchema, liaisonSchema, organizationSchema, personSchema, statisticSchema, topicSchema,
  type SeedData,
} from "../seed/seed.schema.js";
import { relationshipTypes, type NodeLabel, type RelationshipType } from "../seed/to-graph.js";

/**
 * What the editing engine needs to know about each kind of entity. Edits reuse the seed's
 * schemas and graph transform (seed.schema.ts, to-graph.ts), so an edited node has exactly the
 * shape a seeded one has: the same validation, the same derived search keys and dates.
 */
export type Entry = Record<string, unknown>;

/** A relationship an entity has at most one of, out of the entity (e.g. an organization's parent). */
export interface SingleLink {
  type: RelationshipType;
  required: boolean;
  /** Following it must never come back (PART_OF, BROADER): an update is refused if it would. */
  acyclic?: boolean;
}

/** A list of relationships given when creating (later changed with link/unlink). */
export interface ListLink {
  type: RelationshipType;
  /** The relationship points at this entity (e.g. an organization PARTICIPATED_IN an event). */
  incoming?: boolean;
}

export interface EntitySpec {
  label: NodeLabel;
  /** "organization": for messages. */
  noun: string;
  seedKey: keyof SeedData;
  schema: z.ZodType;
  /** The entity's own values, which an update may change (seed entry field names). */
  fields: readonly string[];
  single: Readonly<Record<string, SingleLink>>;
  lists: Readonly<Record<string, ListLink>>;
  /** The text a readable id is made from when the input gives none. */
  idText(entry: Entry): string;
  /** Pairs of dates that must be in order (seed convention: `until` is not before `since`). */
  ordered?: ReadonlyArray<readonly [string, string]>;
  /** Stored properties back to entry fields, where they differ from a plain copy. */
  fromProps?(props: Entry): Entry;
}

export const organizationSpec: EntitySpec = {
  label: "Organization",
  noun: "organization",
  seedKey: "organizations",
  schema: organizationSchema,
  fields: ["name", "acronym", "kind", "aliases", "formerNames", "mandate", "description", "website", "mailbox", "phone", "country", "status", "established", "closed"],
  // Stored as JSON text (see to-graph.ts): read back as the entry's list.
  fromProps: (props) => ({ formerNames: typeof props.formerNames === "string" ? (JSON.parse(props.formerNames) as unknown) : undefined }),
  single: { partOf: { type: "PART_OF", required: false, acyclic: true }, reportsTo: { type: "REPORTS_TO", required: false, acyclic: true } },
  lists: {},
  idText: (e) => String(e.acronym ?? e.name),
  ordered: [["established", "closed"]],
};

export const personSpec: EntitySpec = {
  label: "Person",
  noun: "person",
  seedKey: "people",
  schema: personSchema,
  fields: ["name", "honorific", "aliases", "country", "email", "phone", "identityNote"],
  single: {},
  lists: {},
  idText: (e) => String(e.name),
};

export const topicSpec: EntitySpec = {
  label: "Topic",
  noun: "topic",
  seedKey: "topics",
  schema: topicSchema,
  fields: ["name", "aliases", "description"],
  single: { broader: { type: "BROADER", required: false, acyclic: true } },
  lists: {},
  idText: (e) => String(e.name),
};

export const deliverableSpec: EntitySpec = {
  label: "Deliverable",
  noun: "deliverable",
  seedKey: "deliverables",
  schema: deliverableSchema,
  fields: ["code", "title", "kind", "status", "aliases", "approved", "consented", "published", "target", "draft", "description", "url", "confidence"],
  single: { developedBy: { type: "DEVELOPED_BY", required: true } },
  lists: { topics: { type: "ADDRESSES" }, basedOn: { type: "BASED_ON" } },
  idText: (e) => String(e.code),
};

export const eventSpec: EntitySpec = {
  label: "Event",
  noun: "event",
  seedKey: "events",
  schema: eventSchema,
  fields: ["name", "kind", "startDate", "endDate", "startTime", "endTime", "timezone", "venue", "city", "country", "description"],
  single: { meetingOf: { type: "MEETING_OF", required: false } },
  lists: {
    organizers: { type: "ORGANIZED_BY" },
    hosts: { type: "HOSTED_BY" },
    participants: { type: "PARTICIPATED_IN", incoming: true },
    collocatedWith: { type: "COLLOCATED_WITH" },
    topics: { type: "ABOUT" },
  },
  idText: (e) => `${String(e.name)} ${String(e.startDate)}`,
  ordered: [["startDate", "endDate"]],
  // Stored as start/end and zoned date-times; the entry has dates and local times.
  fromProps: (p) => ({
    startDate: p.start,
    endDate: p.end,
    startTime: typeof p.startsAt === "string" ? p.startsAt.slice(11, 16) : undefined,
    endTime: typeof p.endsAt === "string" ? p.endsAt.slice(11, 16) : undefined,
  }),
};

export const deadlineSpec: EntitySpec = {
  label: "Deadline",
  noun: "deadline",
  seedKey: "deadlines",
  schema: deadlineSchema,
  fields: ["kind", "due", "description", "submitTo"],
  single: { event: { type: "DEADLINE_OF", required: true } },
  lists: {},
  idText: (e) => `${String(e.event)} ${String(e.kind)} ${String(e.due)}`,
};

export const documentSpec: EntitySpec = {
  label: "Document",
  noun: "document",
  seedKey: "documents",
  schema: documentSchema,
  fields: ["kind", "reference", "title", "date", "url", "file", "description"],
  single: { issuer: { type: "ISSUED_BY", required: false } },
  lists: { cites: { type: "CITES" } },
  idText: (e) => String(e.reference ?? e.title),
};

export const liaisonSpec: EntitySpec = {
  label: "Liaison",
  noun: "liaison",
  seedKey: "liaisons",
  schema: liaisonSchema,
  fields: ["kind", "since", "until", "subject", "purpose", "deadline"],
  single: { from: { type: "FROM", required: true }, to: { type: "TO", required: true }, document: { type: "DOCUMENTED_IN", required: false } },
  lists: { representatives: { type: "REPRESENTED_BY" }, topics: { type: "CONCERNS" } },
  idText: (e) => `${String(e.kind).replace(/_/g, " ")} ${String(e.from)} ${String(e.to)} ${String(e.since ?? "")}`,
  ordered: [["since", "until"]],
};

/** A count a document states ("52 deliverables"): written by document imports, not by a mutation of its own. */
export const statisticSpec: EntitySpec = {
  label: "Statistic",
  noun: "statistic",
  seedKey: "statistics",
  schema: statisticSchema,
  fields: ["measure", "value", "asOf", "description"],
  single: { subject: { type: "DESCRIBES", required: true } },
  lists: {},
  idText: (e) => `${String(e.subject)} ${String(e.measure)}`,
};

/**
 * The edit spec of every entity kind of the registry (src/entity-kinds.ts; a kind added there
 * without its spec here is a compile error). The GraphQL mutations cover all but statistics,
 * which come from imports.
 */
export const specByLabel = {
  Organization: organizationSpec, Person: personSpec, Topic: topicSpec, Deliverable: deliverableSpec, Event: eventSpec,
  Deadline: deadlineSpec, Document: documentSpec, Liaison: liaisonSpec, Statistic: statisticSpec,
} satisfies Record<EntityLabel, EntitySpec>;
export const entitySpecs: readonly EntitySpec[] = Object.values(specByLabel);

/** The label at the other end of a link of this entity. */
export function targetLabel(type: RelationshipType, incoming = false): NodeLabel {
  const [from, to] = relationshipTypes[type];
  return incoming ? from : to;
}

/**
 * Relationships the entity at their start cannot do without: a node they point at cannot be
 * deleted while they do (a deliverable needs its developer, a liaison its two ends…).
 */
export const requiredLinkTypes: ReadonlySet<string> = new Set(["DEVELOPED_BY", "FROM", "TO", "DEADLINE_OF", "DESCRIBES"]);

/** "ITU-T SG 17" → "itu-t-sg-17": a readable id in the seed's id format. */
export function slug(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60)
    .replace(/-+$/g, "");
}

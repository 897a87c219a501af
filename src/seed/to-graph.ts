import neo4j from "neo4j-driver";
import { entityLabels, type EntityLabel } from "../entity-kinds.js";
import { searchKeys } from "../search/search-keys.js";
import { topicOf, type SeedData } from "./seed.schema.js";

/**
 * Turns validated seed entries into the rows the loader writes: one list of nodes per label and
 * one list of relationships per type, every node and relationship carrying `sources`.
 *
 * Dates: a field keeps the text as precise as the source gave it (`since: "2023-05"`), and a
 * `<field>Date` Neo4j date (the first day of that period) for ordering and time travel.
 */
export type Props = Record<string, unknown>;
export interface NodeRow {
  id: string;
  props: Props;
}
export interface RelRow {
  from: string;
  to: string;
  /** Only for relationships that can repeat between two nodes (roles): their own id. */
  key?: string;
  props: Props;
}

/** The labels the seed writes: every entity kind of the registry, in its order. */
export const nodeLabels = entityLabels;
export type NodeLabel = EntityLabel;

/** Every relationship type the seed writes, with its end labels. */
export const relationshipTypes = {
  ISSUED_BY: ["Document", "Organization"],
  CITES: ["Document", "Document"],
  PART_OF: ["Organization", "Organization"],
  REPORTS_TO: ["Organization", "Organization"],
  WORKS_ON: ["Organization", "Topic"],
  AFFILIATED_WITH: ["Person", "Organization"],
  HOLDS_ROLE: ["Person", "Organization"],
  FROM: ["Liaison", "Organization"],
  TO: ["Liaison", "Organization"],
  REPRESENTED_BY: ["Liaison", "Person"],
  DOCUMENTED_IN: ["Liaison", "Document"],
  CONCERNS: ["Liaison", "Topic"],
  BROADER: ["Topic", "Topic"],
  RELATED: ["Topic", "Topic"],
  DEVELOPED_BY: ["Deliverable", "Organization"],
  ADDRESSES: ["Deliverable", "Topic"],
  BASED_ON: ["Deliverable", "Deliverable"],
  MEETING_OF: ["Event", "Organization"],
  ORGANIZED_BY: ["Event", "Organization"],
  HOSTED_BY: ["Event", "Organization"],
  PARTICIPATED_IN: ["Organization", "Event"],
  COLLOCATED_WITH: ["Event", "Event"],
  ABOUT: ["Event", "Topic"],
  DEADLINE_OF: ["Deadline", "Event"],
  DESCRIBES: ["Statistic", "Organization"],
  OPERATES_UNDER: ["Organization", "Deliverable"],
  ESTABLISHED_BY: ["Organization", "Deliverable"],
  SIGNED_BY: ["Document", "Person"],
} as const satisfies Record<string, readonly [NodeLabel, NodeLabel]>;
export type RelationshipType = keyof typeof relationshipTypes;

export interface GraphRows {
  nodes: Record<NodeLabel, NodeRow[]>;
  relationships: Record<RelationshipType, RelRow[]>;
}

export function toGraph(seed: SeedData): GraphRows {
  const nodes = Object.fromEntries(nodeLabels.map((label) => [label, [] as NodeRow[]])) as GraphRows["nodes"];
  const relationships = Object.fromEntries(
    Object.keys(relationshipTypes).map((type) => [type, [] as RelRow[]]),
  ) as GraphRows["relationships"];
  const confirmed = lastConfirmedBy(seed.documents);
  const node = (label: NodeLabel, props: Props) =>
    nodes[label].push({ id: props.id as string, props: clean({ ...props, lastConfirmed: confirmed(props.sources) }) });
  const rel = (type: RelationshipType, from: string, to: string, props: Props, key?: string) =>
    relationships[type].push({ from, to, props: clean({ ...props, lastConfirmed: confirmed(props.sources) }), ...(key ? { key } : {}) });

  for (const d of seed.documents) {
    node("Document", {
      id: d.id, kind: d.kind, reference: d.reference, title: d.title, ...dated("date", d.date), url: d.url,
      file: d.file, description: d.description, sources: d.sources ?? [d.id], version: d.version,
      searchKeys: searchKeys([d.reference]),
    });
    if (d.issuer) rel("ISSUED_BY", d.id, d.issuer, { sources: d.sources ?? [d.id] });
    for (const cited of d.cites) rel("CITES", d.id, cited, { sources: d.sources ?? [d.id] });
    for (const signer of d.signedBy) rel("SIGNED_BY", d.id, signer.person, { sources: signer.sources });
  }

  for (const o of seed.organizations) {
    node("Organization", {
      id: o.id, name: o.name, acronym: o.acronym, kind: o.kind, aliases: o.aliases, aliasText: o.aliases.join(" | "),
      searchKeys: searchKeys([o.name, o.acronym, ...o.aliases]), mandate: o.mandate, description: o.description,
      // Kept whole, as JSON text (a property cannot hold a list of maps); read by organization-names.ts.
      formerNames: o.formerNames.length > 0 ? JSON.stringify(o.formerNames) : undefined,
      website: o.website, mailbox: o.mailbox, phone: o.phone, country: o.country, status: o.status,
      ...dated("established", o.established), ...dated("closed", o.closed), sources: o.sources, version: o.version,
    });
    if (o.partOf) rel("PART_OF", o.id, o.partOf, { sources: o.sources });
    if (o.reportsTo) rel("REPORTS_TO", o.id, o.reportsTo, { sources: o.sources });
    for (const link of o.operatesUnder) rel("OPERATES_UNDER", o.id, link.deliverable, { sources: link.sources });
    for (const link of o.establishedBy) rel("ESTABLISHED_BY", o.id, link.deliverable, { sources: link.sources });
    // One WORKS_ON per organization and topic, gathering all the evidence for it.
    const byTopic = new Map<string, { evidence: string[]; sources: Set<string> }>();
    for (const link of o.topics) {
      const entry = byTopic.get(link.topic) ?? { evidence: [], sources: new Set<string>() };
      entry.evidence.push(link.evidence);
      for (const s of link.sources ?? o.sources) entry.sources.add(s);
      byTopic.set(link.topic, entry);
    }
    for (const [topic, { evidence, sources }] of byTopic) rel("WORKS_ON", o.id, topic, { evidence, sources: [...sources] });
  }

  for (const p of seed.people) {
    node("Person", {
      id: p.id, name: p.name, honorific: p.honorific, aliases: p.aliases, aliasText: p.aliases.join(" | "),
      searchKeys: searchKeys([p.name, ...p.aliases]), country: p.country, email: p.email, phone: p.phone,
      identityNote: p.identityNote, sources: p.sources, version: p.version,
    });
    for (const a of p.affiliations) {
      rel("AFFILIATED_WITH", p.id, a.organization, { ...dated("since", a.since), ...dated("until", a.until), sources: a.sources ?? p.sources });
    }
  }

  for (const r of seed.roles) {
    rel(
      "HOLDS_ROLE",
      r.person,
      r.organization,
      { id: r.id, role: r.role, title: r.title, ...dated("since", r.since), ...dated("until", r.until), sources: r.sources, version: r.version },
      r.id,
    );
  }

  for (const t of seed.topics) {
    node("Topic", {
      id: t.id, name: t.name, aliases: t.aliases, aliasText: t.aliases.join(" | "), searchKeys: searchKeys([t.name, ...t.aliases]),
      description: t.description, sources: t.sources, version: t.version,
    });
    if (t.broader) rel("BROADER", t.id, t.broader, { sources: t.sources });
    for (const link of t.related) rel("RELATED", t.id, link.topic, { sources: link.sources });
  }

  for (const l of seed.liaisons) {
    node("Liaison", {
      id: l.id, kind: l.kind, ...dated("since", l.since), ...dated("until", l.until), subject: l.subject, purpose: l.purpose,
      ...dated("deadline", l.deadline), sources: l.sources, version: l.version,
    });
    rel("FROM", l.id, l.from, { sources: l.sources });
    rel("TO", l.id, l.to, { sources: l.sources });
    if (l.document) rel("DOCUMENTED_IN", l.id, l.document, { sources: l.sources });
    for (const person of l.representatives) rel("REPRESENTED_BY", l.id, person, { sources: l.sources });
    for (const topic of l.topics) rel("CONCERNS", l.id, topic, { sources: l.sources });
  }

  for (const d of seed.deliverables) {
    node("Deliverable", {
      id: d.id, code: d.code, title: d.title, kind: d.kind, status: d.status, aliases: d.aliases, aliasText: d.aliases.join(" | "),
      searchKeys: searchKeys([d.code, ...d.aliases]), ...dated("approved", d.approved), ...dated("consented", d.consented),
      ...dated("published", d.published), ...dated("target", d.target), ...dated("draft", d.draft), description: d.description, url: d.url, confidence: d.confidence,
      sources: d.sources, version: d.version,
    });
    rel("DEVELOPED_BY", d.id, d.developedBy, { sources: d.sources });
    // One ADDRESSES per deliverable and topic, gathering the words that show it where given.
    const addressed = new Map<string, string[]>();
    for (const t of d.topics) {
      const evidence = addressed.get(topicOf(t)) ?? [];
      if (typeof t !== "string" && !evidence.includes(t.evidence)) evidence.push(t.evidence);
      addressed.set(topicOf(t), evidence);
    }
    for (const [topic, evidence] of addressed) rel("ADDRESSES", d.id, topic, evidence.length > 0 ? { evidence, sources: d.sources } : { sources: d.sources });
    for (const base of d.basedOn) rel("BASED_ON", d.id, base, { sources: d.sources });
  }

  for (const e of seed.events) {
    node("Event", {
      id: e.id, name: e.name, kind: e.kind, ...dated("start", e.startDate), ...endOf(e.endDate ?? e.startDate),
      startsAt: zonedDateTime(e.startDate, e.startTime, e.timezone), endsAt: zonedDateTime(e.endDate ?? e.startDate, e.endTime, e.timezone),
      timezone: e.timezone, venue: e.venue, city: e.city, country: e.country, description: e.description, sources: e.sources, version: e.version,
      searchKeys: searchKeys([e.name]),
    });
    if (e.meetingOf) rel("MEETING_OF", e.id, e.meetingOf, { sources: e.sources });
    for (const org of e.organizers) rel("ORGANIZED_BY", e.id, org, { sources: e.sources });
    for (const org of e.hosts) rel("HOSTED_BY", e.id, org, { sources: e.sources });
    for (const org of e.participants) rel("PARTICIPATED_IN", org, e.id, { sources: e.sources });
    for (const other of e.collocatedWith) rel("COLLOCATED_WITH", e.id, other, { sources: e.sources });
    for (const topic of e.topics) rel("ABOUT", e.id, topic, { sources: e.sources });
  }

  for (const d of seed.deadlines) {
    node("Deadline", { id: d.id, kind: d.kind, ...dated("due", d.due), description: d.description, submitTo: d.submitTo, sources: d.sources, version: d.version });
    rel("DEADLINE_OF", d.id, d.event, { sources: d.sources });
  }

  for (const s of seed.statistics) {
    node("Statistic", {
      id: s.id, measure: s.measure, value: neo4j.int(s.value), ...dated("asOf", s.asOf), description: s.description, sources: s.sources, version: s.version,
    });
    rel("DESCRIBES", s.id, s.subject, { sources: s.sources });
  }

  return { nodes, relationships };
}

/**
 * `field` as given, plus the period it names as two Neo4j dates: `fieldDate`, its first day, and
 * `fieldLastDate`, its last. A partial date is a range (June 2024 = 1–30 June; 2025 = the whole
 * year), so filters test overlap with both ends and never read "2024-06" as the 1st.
 */
export function dated(field: string, value: string | undefined): Props {
  if (value === undefined) return {};
  const parts = value.split("-").map(Number);
  const [year, month = 1, day = 1] = parts;
  const lastMonth = parts.length >= 2 ? month : 12;
  const lastDay = parts.length === 3 ? day : new Date(Date.UTC(year!, lastMonth, 0)).getUTCDate();
  return {
    [field]: value,
    [`${field}Date`]: new neo4j.types.Date(year!, month, day),
    [`${field}LastDate`]: new neo4j.types.Date(year!, lastMonth, lastDay),
  };
}

/**
 * `lastConfirmed` of a fact: the latest date of the documents it cites (first day of a partial
 * date), as an ISO date string. The import of new documents moves it when one confirms the fact.
 * Documents without a date, or not in this load, do not count; none at all: no lastConfirmed.
 */
function lastConfirmedBy(documents: SeedData["documents"]): (sources: unknown) => string | undefined {
  const dateOf = new Map(documents.filter((d) => d.date).map((d) => [d.id, fullDate(d.date!)]));
  return (sources) => {
    const dates = ((sources as string[] | undefined) ?? []).map((ref) => dateOf.get(ref.split("#")[0]!)).filter((d): d is string => d !== undefined);
    return dates.length > 0 ? dates.sort().at(-1) : undefined;
  };
}

function fullDate(partial: string): string {
  const [year, month = "01", day = "01"] = partial.split("-");
  return `${year}-${month}-${day}`;
}

/** An event's end: `endDate` is the LAST day of the period (an event "in June 2024" ends on 30 June). */
function endOf(value: string): Props {
  const props = dated("end", value);
  return { ...props, endDate: props.endLastDate };
}

function zonedDateTime(date: string, time: string | undefined, timezone: string | undefined) {
  if (!time || !timezone) return undefined;
  const [year, month, day] = date.split("-").map(Number);
  const [hour, minute] = time.split(":").map(Number);
  return new neo4j.types.DateTime(year!, month!, day!, hour!, minute!, 0, 0, offsetSeconds(date, time, timezone), timezone);
}

/** The UTC offset of a local time in a zone (e.g. +7200 for Geneva in summer), so the value is unambiguous. */
function offsetSeconds(date: string, time: string, timezone: string): number {
  const localAsUtc = new Date(`${date}T${time}:00Z`).getTime();
  // The offset at the local time read as UTC is right except near a DST change; one refinement fixes that.
  const guess = offsetAt(localAsUtc, timezone);
  return offsetAt(localAsUtc - guess * 1000, timezone);
}

function offsetAt(instant: number, timezone: string): number {
  const name = new Intl.DateTimeFormat("en-US", { timeZone: timezone, timeZoneName: "longOffset" })
    .formatToParts(new Date(instant))
    .find((part) => part.type === "timeZoneName")!.value; // "GMT+02:00", or "GMT" for zero
  const match = /GMT([+-])(\d{2}):(\d{2})/.exec(name);
  return match ? (match[1] === "-" ? -1 : 1) * (Number(match[2]) * 3600 + Number(match[3]) * 60) : 0;
}

/** Drops absent values: Neo4j does not store nulls, and equal maps must compare equal. */
function clean(props: Props): Props {
  return Object.fromEntries(Object.entries(props).filter(([, value]) => value !== undefined && value !== null && value !== ""));
}

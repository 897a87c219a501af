import { mkdirSync } from "node:fs";
import path from "node:path";
import { stringify } from "yaml";
import { z } from "zod";
import type { Database } from "../db/database.js";
import { parseRows } from "../db/rows.js";
import { seedFiles, type SeedFileName } from "./seed.schema.js";
import type { NodeLabel, RelationshipType } from "./to-graph.js";
import { writePrivateFileSync } from "../private-files.js";

/**
 * `npm run snapshot`: the live graph (edits included) written back as seed files, one YAML list
 * per file in the seed's own entry shape, so `npm run restore` (or `npm run seed`) loads it and a
 * reviewer can diff it against seed/. Entries are sorted by id and lists by value, fields in the
 * schema's order: the same graph always gives the same bytes, so snapshot → empty graph →
 * restore → snapshot is byte-identical.
 *
 * Not in a snapshot: the audit trail (Change records), and the sources of a single or list link
 * other than WORKS_ON, AFFILIATED_WITH, OPERATES_UNDER, ESTABLISHED_BY, SIGNED_BY and RELATED (the
 * seed gives those links their entry's sources; these six carry their own).
 */

type Props = Record<string, unknown>;

/** Relationships that are a field of their entry: `[type, field, list?, incoming?]`. */
const linkFields: Record<Exclude<NodeLabel, never>, Array<[RelationshipType, string, "one" | "many", "out" | "in"]>> = {
  Document: [["ISSUED_BY", "issuer", "one", "out"], ["CITES", "cites", "many", "out"]],
  Organization: [["PART_OF", "partOf", "one", "out"], ["REPORTS_TO", "reportsTo", "one", "out"]],
  Person: [],
  Topic: [["BROADER", "broader", "one", "out"]],
  Liaison: [
    ["FROM", "from", "one", "out"], ["TO", "to", "one", "out"], ["DOCUMENTED_IN", "document", "one", "out"],
    ["REPRESENTED_BY", "representatives", "many", "out"], ["CONCERNS", "topics", "many", "out"],
  ],
  // ADDRESSES: below, with its evidence.
  Deliverable: [["DEVELOPED_BY", "developedBy", "one", "out"], ["BASED_ON", "basedOn", "many", "out"]],
  Event: [
    ["MEETING_OF", "meetingOf", "one", "out"], ["ORGANIZED_BY", "organizers", "many", "out"], ["HOSTED_BY", "hosts", "many", "out"],
    ["PARTICIPATED_IN", "participants", "many", "in"], ["COLLOCATED_WITH", "collocatedWith", "many", "out"], ["ABOUT", "topics", "many", "out"],
  ],
  Deadline: [["DEADLINE_OF", "event", "one", "out"]],
  Statistic: [["DESCRIBES", "subject", "one", "out"]],
};

const files: Array<[SeedFileName, NodeLabel | "Role"]> = [
  ["documents.yaml", "Document"], ["organizations.yaml", "Organization"], ["people.yaml", "Person"], ["roles.yaml", "Role"],
  ["liaisons.yaml", "Liaison"], ["topics.yaml", "Topic"], ["deliverables.yaml", "Deliverable"], ["events.yaml", "Event"],
  ["deadlines.yaml", "Deadline"], ["statistics.yaml", "Statistic"],
];

/** `label` is one of the internal node labels above, never user input. */
const NODES = (label: NodeLabel) => /* cypher */ `
MATCH (n:${label})
CALL (n) {
  OPTIONAL MATCH (n)-[r]-(m) WHERE NOT m:Change
  RETURN collect({type: type(r), out: startNode(r) = n, other: m.id, props: properties(r)}) AS links
}
RETURN properties(n) AS props, links
ORDER BY n.id`;

/** Stored properties, in their stored order. */
const PropsRow = z.record(z.string(), z.unknown());
const LinkRow = z.object({ type: z.string(), out: z.boolean(), other: z.string(), props: PropsRow });
type Link = z.infer<typeof LinkRow>;
/** A node without relationships collects one link of nulls (its OPTIONAL MATCH found none). */
const NoLink = z.object({ type: z.null(), out: z.null(), other: z.null(), props: z.null() });
const NodeRow = z.object({ props: PropsRow, links: z.array(z.union([LinkRow, NoLink])) });

const ROLES = /* cypher */ `
MATCH (p:Person)-[r:HOLDS_ROLE]->(o:Organization)
RETURN properties(r) AS props, p.id AS person, o.id AS organization
ORDER BY r.id`;
const RoleRow = z.object({ props: PropsRow, person: z.string(), organization: z.string() });

/** Stored values that the loader derives from others (search keys, dates for ordering, instants). */
function ownValues(props: Props): Props {
  return Object.fromEntries(
    Object.entries(props).filter(([name, value]) =>
      !name.endsWith("Date") && !["searchKeys", "aliasText", "startsAt", "endsAt", "lastConfirmed"].includes(name) && value !== null && !(Array.isArray(value) && value.length === 0)),
  );
}

const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** One entry from a node and its links, in seed field names. */
function entryOf(label: NodeLabel, props: Props, links: Link[]): Props {
  const entry: Props = ownValues(props);
  if (label === "Event") {
    // Stored as start/end (text) and startsAt/endsAt (zoned instants); the seed gives dates and local times.
    entry.startDate = entry.start;
    if (entry.end !== undefined && entry.end !== entry.start) entry.endDate = entry.end;
    delete entry.start;
    delete entry.end;
    if (typeof props.startsAt === "string") entry.startTime = props.startsAt.slice(11, 16);
    if (typeof props.endsAt === "string") entry.endTime = props.endsAt.slice(11, 16);
  }
  for (const [type, field, many, direction] of linkFields[label]) {
    const targets = links.filter((l) => l.type === type && l.out === (direction === "out")).map((l) => l.other).sort(byText);
    if (many === "many") {
      if (targets.length > 0) entry[field] = targets;
    } else if (targets[0] !== undefined) entry[field] = targets[0];
  }
  /** Links kept with their own sources: `{[key]: other end, sources}`, sorted by the other end. */
  const sourcedLinks = (type: RelationshipType, field: string, key: string) => {
    const found = links.filter((l) => l.type === type && l.out).sort((a, b) => byText(a.other, b.other));
    if (found.length > 0) entry[field] = found.map((l) => ({ [key]: l.other, sources: l.props.sources }));
  };
  if (label === "Document") sourcedLinks("SIGNED_BY", "signedBy", "person");
  if (label === "Topic") sourcedLinks("RELATED", "related", "topic");
  if (label === "Organization") {
    if (typeof entry.formerNames === "string") entry.formerNames = JSON.parse(entry.formerNames) as unknown;
    sourcedLinks("OPERATES_UNDER", "operatesUnder", "deliverable");
    sourcedLinks("ESTABLISHED_BY", "establishedBy", "deliverable");
    const topics = links.filter((l) => l.type === "WORKS_ON" && l.out).sort((a, b) => byText(a.other, b.other));
    const entries = topics.flatMap((l) => (l.props.evidence as string[]).map((evidence) => ({ topic: l.other, evidence, sources: l.props.sources })));
    if (entries.length > 0) entry.topics = entries;
  }
  if (label === "Deliverable") {
    // A topic with the words that show it (a catalogue's match) is kept with them, one entry per evidence.
    const topics = links.filter((l) => l.type === "ADDRESSES" && l.out).sort((a, b) => byText(a.other, b.other));
    const entries = topics.flatMap((l): Array<string | { topic: string; evidence: string }> => {
      const evidence = Array.isArray(l.props.evidence) ? (l.props.evidence as string[]) : [];
      return evidence.length > 0 ? evidence.map((words) => ({ topic: l.other, evidence: words })) : [l.other];
    });
    if (entries.length > 0) entry.topics = entries;
  }
  if (label === "Person") {
    const affiliations = links
      .filter((l) => l.type === "AFFILIATED_WITH" && l.out)
      .map((l): Props => ({ organization: l.other, ...ownValues(l.props) }))
      .sort((a, b) => byText(`${String(a.organization)} ${String(a.since ?? "")}`, `${String(b.organization)} ${String(b.since ?? "")}`));
    if (affiliations.length > 0) entry.affiliations = affiliations;
  }
  return entry;
}

/** Puts an entry's fields in the schema's order and drops defaults the loader would add anyway. */
function ordered(schema: z.ZodType, entry: Props): Props {
  const shape = (schema as unknown as { shape?: Record<string, unknown>; def?: { schema?: { shape?: Record<string, unknown> } } });
  // A layer's extension names the entry it extends first (seed/landscape).
  const keys = ["extends", ...Object.keys(shape.shape ?? shape.def?.schema?.shape ?? {})];
  const result: Props = {};
  for (const key of keys) if (entry[key] !== undefined) result[key] = entry[key];
  for (const key of Object.keys(entry).sort(byText)) if (!(key in result)) result[key] = entry[key];
  return result;
}

/** The live graph as seed entries (stored form: versions kept, fields in stored order), per seed file. */
export async function snapshotEntries(db: Database): Promise<Map<SeedFileName, Props[]>> {
  const out = new Map<SeedFileName, Props[]>();
  for (const [file, label] of files) {
    let entries: Props[];
    if (label === "Role") {
      const rows = parseRows(RoleRow, await db.read(ROLES));
      entries = rows.map((row) => ({ ...ownValues(row.props), person: row.person, organization: row.organization }));
    } else {
      const rows = parseRows(NodeRow, await db.read(NODES(label)));
      entries = rows.map((row) => entryOf(label, row.props, row.links.flatMap((link) => (link.type === null ? [] : [link]))));
    }
    out.set(file, entries);
  }
  return out;
}

/** Entries as the text of one seed file: fields in the schema's order, one YAML list. */
export function seedFileText(file: SeedFileName, entries: Props[]): string {
  const schema = seedFiles[file] as z.ZodType;
  return entries.length === 0 ? "[]\n" : stringify(entries.map((entry) => ordered(schema, entry)), { lineWidth: 0 });
}

/** The live graph as seed files: file name → YAML text. */
export async function snapshotGraph(db: Database): Promise<Map<SeedFileName, string>> {
  const out = new Map<SeedFileName, string>();
  for (const [file, entries] of await snapshotEntries(db)) {
    out.set(file, `# Snapshot of the live graph (npm run snapshot), in the seed's format: load it with npm run restore.\n${seedFileText(file, entries)}`);
  }
  return out;
}

/** Writes a snapshot into `dir` (created if needed); returns the files written. */
export async function writeSnapshot(db: Database, dir: string): Promise<string[]> {
  mkdirSync(dir, { recursive: true });
  const written: string[] = [];
  for (const [file, text] of await snapshotGraph(db)) {
    writePrivateFileSync(path.join(dir, file), text); // people.yaml holds e-mails and phones: 0600, every file alike
    written.push(file);
  }
  return written;
}

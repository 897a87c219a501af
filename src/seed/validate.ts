import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { parseDocument } from "yaml";
import type { z } from "zod";
import { projectRoot } from "../db/neo4j-local.js";
import { seedFiles, topicOf, type SeedData, type SeedFileName } from "./seed.schema.js";

export const defaultSeedDir = path.join(projectRoot, "seed");

/** One problem in the seed files, located by file, entry and field. */
export interface SeedProblem {
  file: string;
  entry: string;
  field: string;
  message: string;
}

export class SeedValidationError extends Error {
  override name = "SeedValidationError";
  constructor(readonly problems: SeedProblem[]) {
    super(
      `The seed files are invalid (${problems.length} problem${problems.length === 1 ? "" : "s"}); nothing was written:\n` +
        problems.map((p) => `  ${p.file} › ${p.entry} › ${p.field}: ${p.message}`).join("\n"),
    );
  }
}

/** The SeedData key of each seed file. */
export const seedKeyOf: Record<SeedFileName, keyof SeedData> = {
  "documents.yaml": "documents",
  "organizations.yaml": "organizations",
  "people.yaml": "people",
  "roles.yaml": "roles",
  "liaisons.yaml": "liaisons",
  "topics.yaml": "topics",
  "deliverables.yaml": "deliverables",
  "events.yaml": "events",
  "deadlines.yaml": "deadlines",
  "statistics.yaml": "statistics",
};

/**
 * Reads and validates every seed file: shape (per entry and field), duplicate ids, references to
 * unknown entries, and cited source documents. Throws one SeedValidationError listing every
 * problem, so a reviewer fixes them all in one go.
 */
export function readSeed(dir: string = defaultSeedDir): SeedData {
  const problems: SeedProblem[] = [];
  const data = Object.fromEntries(Object.values(seedKeyOf).map((key) => [key, []])) as unknown as SeedData;

  for (const [fileName, schema] of Object.entries(seedFiles) as Array<[SeedFileName, z.ZodType]>) {
    const file = path.join(dir, fileName);
    if (!existsSync(file)) {
      problems.push({ file: fileName, entry: "-", field: "-", message: "file is missing" });
      continue;
    }
    const doc = parseDocument(readFileSync(file, "utf8"), { prettyErrors: true, uniqueKeys: true });
    if (doc.errors.length > 0) {
      for (const error of doc.errors) problems.push({ file: fileName, entry: "-", field: "-", message: `YAML: ${error.message}` });
      continue;
    }
    const entries: unknown = doc.toJS() ?? [];
    if (!Array.isArray(entries)) {
      problems.push({ file: fileName, entry: "-", field: "-", message: "must be a YAML list of entries" });
      continue;
    }
    entries.forEach((entry: unknown, index) => {
      const label = entryLabel(entry, index);
      const parsed = schema.safeParse(entry);
      if (!parsed.success) {
        for (const issue of parsed.error.issues) {
          problems.push({ file: fileName, entry: label, field: issue.path.join(".") || "-", message: issue.message });
        }
        return;
      }
      (data[seedKeyOf[fileName]] as unknown[]).push(parsed.data);
    });
  }

  problems.push(...checkReferences(data));
  if (problems.length > 0) throw new SeedValidationError(problems);
  return data;
}

function entryLabel(entry: unknown, index: number): string {
  const idValue = typeof entry === "object" && entry !== null ? (entry as { id?: unknown }).id : undefined;
  return typeof idValue === "string" ? `"${idValue}" (#${index + 1})` : `entry #${index + 1}`;
}

/** Cross-file checks: ids unique per kind, every reference resolves, every source exists. */
export function checkReferences(data: SeedData): SeedProblem[] {
  const problems: SeedProblem[] = [];
  const ids = new Map<keyof SeedData, Set<string>>();
  for (const [fileName, key] of Object.entries(seedKeyOf) as Array<[SeedFileName, keyof SeedData]>) {
    const seen = new Set<string>();
    (data[key] as Array<{ id: string }>).forEach((entry, index) => {
      if (seen.has(entry.id)) {
        problems.push({ file: fileName, entry: `"${entry.id}" (#${index + 1})`, field: "id", message: "duplicate id" });
      }
      seen.add(entry.id);
    });
    ids.set(key, seen);
  }

  const check = (fileName: SeedFileName, entryId: string, field: string, target: keyof SeedData, ref: string | undefined) => {
    if (ref === undefined) return;
    if (!ids.get(target)!.has(ref)) {
      problems.push({ file: fileName, entry: `"${entryId}"`, field, message: `unknown ${singular[target]} "${ref}"` });
    }
  };
  const checkSources = (fileName: SeedFileName, entryId: string, field: string, refs: string[] | undefined) => {
    refs?.forEach((ref, i) => check(fileName, entryId, `${field}.${i}`, "documents", ref.split("#")[0]));
  };

  for (const d of data.documents) {
    check("documents.yaml", d.id, "issuer", "organizations", d.issuer);
    d.cites.forEach((ref, i) => check("documents.yaml", d.id, `cites.${i}`, "documents", ref));
    d.signedBy.forEach((s, i) => {
      check("documents.yaml", d.id, `signedBy.${i}.person`, "people", s.person);
      checkSources("documents.yaml", d.id, `signedBy.${i}.sources`, s.sources);
    });
    checkSources("documents.yaml", d.id, "sources", d.sources);
  }
  for (const o of data.organizations) {
    check("organizations.yaml", o.id, "partOf", "organizations", o.partOf);
    check("organizations.yaml", o.id, "reportsTo", "organizations", o.reportsTo);
    if (o.partOf === o.id) problems.push({ file: "organizations.yaml", entry: `"${o.id}"`, field: "partOf", message: "an organization cannot be part of itself" });
    o.topics.forEach((t, i) => {
      check("organizations.yaml", o.id, `topics.${i}.topic`, "topics", t.topic);
      checkSources("organizations.yaml", o.id, `topics.${i}.sources`, t.sources);
    });
    o.formerNames.forEach((n, i) => {
      checkSources("organizations.yaml", o.id, `formerNames.${i}.sources`, n.sources);
      if (n.since && n.until < n.since) problems.push({ file: "organizations.yaml", entry: `"${o.id}"`, field: `formerNames.${i}.until`, message: "is before since" });
    });
    for (const field of ["operatesUnder", "establishedBy"] as const) {
      o[field].forEach((link, i) => {
        check("organizations.yaml", o.id, `${field}.${i}.deliverable`, "deliverables", link.deliverable);
        checkSources("organizations.yaml", o.id, `${field}.${i}.sources`, link.sources);
      });
    }
    checkSources("organizations.yaml", o.id, "sources", o.sources);
  }
  for (const p of data.people) {
    p.affiliations.forEach((a, i) => {
      check("people.yaml", p.id, `affiliations.${i}.organization`, "organizations", a.organization);
      checkSources("people.yaml", p.id, `affiliations.${i}.sources`, a.sources);
    });
    checkSources("people.yaml", p.id, "sources", p.sources);
  }
  for (const r of data.roles) {
    check("roles.yaml", r.id, "person", "people", r.person);
    check("roles.yaml", r.id, "organization", "organizations", r.organization);
    checkSources("roles.yaml", r.id, "sources", r.sources);
    if (r.since && r.until && r.until < r.since) problems.push({ file: "roles.yaml", entry: `"${r.id}"`, field: "until", message: "is before since" });
  }
  for (const l of data.liaisons) {
    check("liaisons.yaml", l.id, "from", "organizations", l.from);
    check("liaisons.yaml", l.id, "to", "organizations", l.to);
    check("liaisons.yaml", l.id, "document", "documents", l.document);
    l.representatives.forEach((ref, i) => check("liaisons.yaml", l.id, `representatives.${i}`, "people", ref));
    l.topics.forEach((ref, i) => check("liaisons.yaml", l.id, `topics.${i}`, "topics", ref));
    checkSources("liaisons.yaml", l.id, "sources", l.sources);
  }
  for (const t of data.topics) {
    check("topics.yaml", t.id, "broader", "topics", t.broader);
    t.related.forEach((link, i) => {
      check("topics.yaml", t.id, `related.${i}.topic`, "topics", link.topic);
      if (link.topic === t.id) problems.push({ file: "topics.yaml", entry: `"${t.id}"`, field: `related.${i}.topic`, message: "is the topic itself" });
      checkSources("topics.yaml", t.id, `related.${i}.sources`, link.sources);
    });
    checkSources("topics.yaml", t.id, "sources", t.sources);
  }
  for (const d of data.deliverables) {
    check("deliverables.yaml", d.id, "developedBy", "organizations", d.developedBy);
    d.topics.forEach((t, i) => check("deliverables.yaml", d.id, typeof t === "string" ? `topics.${i}` : `topics.${i}.topic`, "topics", topicOf(t)));
    d.basedOn.forEach((ref, i) => check("deliverables.yaml", d.id, `basedOn.${i}`, "deliverables", ref));
    checkSources("deliverables.yaml", d.id, "sources", d.sources);
  }
  for (const e of data.events) {
    check("events.yaml", e.id, "meetingOf", "organizations", e.meetingOf);
    for (const field of ["organizers", "hosts", "participants"] as const) {
      e[field].forEach((ref, i) => check("events.yaml", e.id, `${field}.${i}`, "organizations", ref));
    }
    e.collocatedWith.forEach((ref, i) => check("events.yaml", e.id, `collocatedWith.${i}`, "events", ref));
    e.topics.forEach((ref, i) => check("events.yaml", e.id, `topics.${i}`, "topics", ref));
    checkSources("events.yaml", e.id, "sources", e.sources);
    if (e.endDate && e.endDate < e.startDate) problems.push({ file: "events.yaml", entry: `"${e.id}"`, field: "endDate", message: "is before startDate" });
  }
  for (const d of data.deadlines) {
    check("deadlines.yaml", d.id, "event", "events", d.event);
    checkSources("deadlines.yaml", d.id, "sources", d.sources);
  }
  for (const s of data.statistics) {
    check("statistics.yaml", s.id, "subject", "organizations", s.subject);
    checkSources("statistics.yaml", s.id, "sources", s.sources);
  }
  problems.push(...checkTopicCycles(data));
  return problems;
}

const singular: Record<keyof SeedData, string> = {
  documents: "document",
  organizations: "organization",
  people: "person",
  roles: "role",
  liaisons: "liaison",
  topics: "topic",
  deliverables: "deliverable",
  events: "event",
  deadlines: "deadline",
  statistics: "statistic",
};

function checkTopicCycles(data: SeedData): SeedProblem[] {
  const broader = new Map(data.topics.map((t) => [t.id, t.broader]));
  const problems: SeedProblem[] = [];
  for (const topic of data.topics) {
    const seen = new Set<string>([topic.id]);
    for (let next = topic.broader; next !== undefined; next = broader.get(next)) {
      if (seen.has(next)) {
        problems.push({ file: "topics.yaml", entry: `"${topic.id}"`, field: "broader", message: "forms a cycle" });
        break;
      }
      seen.add(next);
    }
  }
  const parent = new Map(data.organizations.map((o) => [o.id, o.partOf]));
  for (const o of data.organizations) {
    const seen = new Set<string>([o.id]);
    for (let next = o.partOf; next !== undefined; next = parent.get(next)) {
      if (seen.has(next)) {
        problems.push({ file: "organizations.yaml", entry: `"${o.id}"`, field: "partOf", message: "forms a cycle" });
        break;
      }
      seen.add(next);
    }
  }
  return problems;
}

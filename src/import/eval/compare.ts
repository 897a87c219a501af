import type { SeedData } from "../../seed/seed.schema.js";
import { sameDeliverable } from "../deliverable-code.js";
import { compactForm } from "../text-utils.js";

/** The kinds import:eval scores. */
export const evalKinds = ["organizations", "people", "roles", "events", "deadlines", "liaisons", "deliverables", "documents"] as const;
export type EvalKind = (typeof evalKinds)[number];

export interface KindScore {
  /**
   * Of `expected`, the entries whose people and bodies the source does not name: it cites them
   * for something else (the end of a role or a collaboration: "until the end of June 2024";
   * a vice-chair missing from a later list). No reading of the text can find them.
   */
  unnamed: string[];
  /** Expected entries (seed entries citing the source) found by the import. */
  found: number;
  expected: number;
  /** Proposed new entries that match a curated seed entry (of any source). */
  correct: number;
  proposed: number;
  misses: string[];
  wrong: string[];
  /** For each entry of the graph's list of this kind, in order: whether it matches a curated entry. */
  verdicts: boolean[];
}

type Entry = Record<string, unknown>;
const str = (v: unknown) => (typeof v === "string" ? v : undefined);
const names = (e: Entry) =>
  [str(e.name), str(e.acronym), str(e.id), ...((e.aliases as string[] | undefined) ?? [])]
    .filter((n): n is string => !!n)
    .flatMap((n) => [compactForm(n), compactForm(n.replace(/^(Mr|Ms|Mrs|Dr|Prof)\.?\s+/, ""))]);

function cites(entry: { sources?: string[] }, documentId: string): boolean {
  return (entry.sources ?? []).some((s) => s === documentId || s.startsWith(`${documentId}#`));
}

/**
 * Compares the graph an import left behind (its proposals accepted and applied into a graph that
 * held only the topic taxonomy) with the curated seed: recall over the seed entries that cite the
 * source, precision over what the import wrote (an entry is right when it matches a curated
 * entry, whichever source that entry cites). `selfKey` is the imported document's own node.
 * Entries of `failed` are proposals that could not be applied: each counts as a wrong one.
 */
export function compareWithSeed(
  graph: SeedData, seed: SeedData, documentId: string, selfKey: string, sourceText: string, failed: Partial<Record<EvalKind, string[]>> = {},
): Record<EvalKind, KindScore> {
  const text = sourceText.toLowerCase();
  const orgById = new Map(seed.organizations.map((o) => [o.id, o as Entry]));
  const personById = new Map(seed.people.map((p) => [p.id, p as Entry]));
  const namesIt = (e: Entry | undefined) => !!e && printedNames(e).some((n) => mentions(text, n));
  const named: Partial<Record<EvalKind, (s: Entry) => boolean>> = {
    organizations: (s) => namesIt(s),
    people: (s) => namesIt(s),
    roles: (s) => namesIt(personById.get(String(s.person))) && namesIt(orgById.get(String(s.organization))),
    liaisons: (s) => namesIt(orgById.get(String(s.from))) && namesIt(orgById.get(String(s.to))),
  };
  const orgMap = matchByNames(graph.organizations as Entry[], seed.organizations);
  const personMap = matchByNames(graph.people as Entry[], seed.people);
  // A key the graph's entries do not hold but that is a curated entry's id refers to that entry
  // (an existing body or person a role or an event names without a proposal of its own).
  const orgIds = new Set(seed.organizations.map((o) => o.id));
  const personIds = new Set(seed.people.map((p) => p.id));
  const org = (k: unknown) => (typeof k === "string" ? orgMap.get(k) ?? (orgIds.has(k) && !graph.organizations.some((o) => o.id === k) ? k : undefined) : undefined);
  const person = (k: unknown) => (typeof k === "string" ? personMap.get(k) ?? (personIds.has(k) && !graph.people.some((p) => p.id === k) ? k : undefined) : undefined);

  const scores = {} as Record<EvalKind, KindScore>;
  const score = <S extends { id: string; sources?: string[] }>(
    kind: EvalKind, proposed: Entry[], curated: S[], same: (p: Entry, s: S) => boolean, label: (s: S) => string, plabel: (p: Entry) => string,
  ) => {
    const expected = curated.filter((s) => cites(s, documentId));
    const used = new Set<Entry>();
    const misses: string[] = [];
    const unnamed: string[] = [];
    let found = 0;
    for (const s of expected) {
      const hit = proposed.find((p) => !used.has(p) && same(p, s));
      if (hit) { used.add(hit); found++; } else misses.push(label(s));
      if (named[kind] && !named[kind]!(s as unknown as Entry)) unnamed.push(label(s));
    }
    const wrong: string[] = [];
    const verdicts: boolean[] = [];
    let correct = 0;
    for (const p of proposed) {
      const right = used.has(p) || curated.some((s) => same(p, s));
      verdicts.push(right);
      if (right) correct++;
      else wrong.push(plabel(p));
    }
    const notApplied = failed[kind] ?? [];
    wrong.push(...notApplied.map((f) => `not applied: ${f}`));
    scores[kind] = { found, expected: expected.length, unnamed, correct, proposed: proposed.length + notApplied.length, misses, wrong, verdicts };
  };
  const entries = (list: unknown[]) => list as Entry[];

  score("organizations", entries(graph.organizations), seed.organizations, (p, s) => orgMap.get(String(p.id)) === s.id, (s) => s.id, (p) => `${String(p.id)} (${String(p.name)})`);
  score("people", entries(graph.people), seed.people, (p, s) => personMap.get(String(p.id)) === s.id, (s) => s.id, (p) => String(p.name));
  score(
    "roles", entries(graph.roles), seed.roles,
    (p, s) => person(p.person) === s.person && org(p.organization) === s.organization && p.role === s.role && (!s.since || !p.since || String(p.since) >= s.since.slice(0, String(p.since).length)),
    (s) => `${s.id} (${s.role} since ${s.since ?? "?"})`, (p) => `${String(p.person)} ${String(p.role)} of ${String(p.organization)} since ${String(p.since)}`,
  );
  score(
    "events", entries(graph.events), seed.events,
    (p, s) => {
      const start = String(p.startDate);
      if (!s.startDate.startsWith(start.slice(0, s.startDate.length)) && !start.startsWith(s.startDate) && !(start >= s.startDate && start <= (s.endDate ?? s.startDate))) return false;
      // The same dates, or a day inside the curated range ("at its meeting on 16 December 2022").
      if (s.startDate.length === 10 && start.length === 10 && (p.endDate ?? p.startDate) !== (s.endDate ?? s.startDate)
        && !(start >= s.startDate && String(p.endDate ?? start) <= (s.endDate ?? s.startDate))) return false;
      const sameBody = s.meetingOf ? org(p.meetingOf) === s.meetingOf : !p.meetingOf;
      if (!sameBody) return false;
      if (!s.meetingOf && overlapWords(String(p.name), s.name) < 0.5) return false;
      if (s.startTime && (p.startTime !== s.startTime || p.timezone !== s.timezone)) return false;
      if (s.city && p.city && p.city !== s.city) return false;
      return true;
    },
    (s) => `${s.id} (${s.startDate}${s.startTime ? ` ${s.startTime}` : ""}${s.city ? `, ${s.city}` : ""})`,
    (p) => `${String(p.name)} (${String(p.startDate)})`,
  );
  score("deadlines", entries(graph.deadlines), seed.deadlines, (p, s) => p.due === s.due && p.kind === s.kind, (s) => `${s.id} (${s.due})`, (p) => `${String(p.kind)} ${String(p.due)}`);
  score(
    "liaisons", entries(graph.liaisons), seed.liaisons,
    (p, s) => p.kind === s.kind && org(p.from) === s.from && org(p.to) === s.to,
    (s) => `${s.id}`, (p) => `${String(p.kind)} ${String(p.from)} → ${String(p.to)}`,
  );
  score(
    "deliverables", entries(graph.deliverables), seed.deliverables,
    (p, s) => sameDeliverable(String(p.code), s),
    (s) => `${s.id} (${s.code})`, (p) => String(p.code),
  );
  const docs = entries(graph.documents).map((d) => (d.id === selfKey ? { ...d, self: true } : d));
  score(
    "documents", docs, seed.documents,
    (p, s) => (p.self === true ? s.id === documentId : !!s.reference && compactForm(s.reference).includes(compactForm(String(p.reference ?? "")).replace(/^recommendation/, "")) && String(p.reference ?? "").length > 3),
    (s) => `${s.id}`, (p) => String(p.reference ?? p.title),
  );
  return scores;
}

/** The eval kind a proposal's entity type is scored under (statistics and topics are not scored). */
export function evalKindOf(entityType: string): EvalKind | undefined {
  const kinds: Record<string, EvalKind> = {
    Organization: "organizations", Person: "people", Role: "roles", Event: "events", Deadline: "deadlines", Liaison: "liaisons", Deliverable: "deliverables", Document: "documents",
  };
  return kinds[entityType];
}

/** The names an entry is printed under (id left out: a document never prints it). */
function printedNames(e: Entry): string[] {
  return [str(e.name), str(e.acronym), ...((e.aliases as string[] | undefined) ?? [])].filter((n): n is string => !!n && n.length > 1);
}

/** The text (lower case) names `name`, however spaced or punctuated, as whole words. */
function mentions(text: string, name: string): boolean {
  const tokens = name.toLowerCase().replace(/^(mr|ms|mrs|dr|prof)\.?\s+/, "").match(/[\p{L}\p{N}]+/gu);
  if (!tokens) return false;
  const re = new RegExp(`(?<![\\p{L}\\p{N}])${tokens.map((t) => t.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("[^\\p{L}\\p{N}]*")}(?![\\p{L}\\p{N}])`, "u");
  return re.test(text);
}

/** Proposed entries → the curated entry sharing a name, acronym or alias (each curated entry once). */
function matchByNames(proposed: Entry[], curated: Entry[]): Map<string, string> {
  const map = new Map<string, string>();
  const taken = new Set<string>();
  for (const p of proposed) {
    const keys = new Set(names(p));
    const shared = (s: Entry) => names(s).filter((n) => n.length > 1 && keys.has(n)).length;
    const hit = curated.find((s) => !taken.has(String(s.id)) && s.id === p.id)
      ?? curated.filter((s) => !taken.has(String(s.id)) && shared(s) > 0).sort((a, b) => shared(b) - shared(a))[0];
    if (hit) {
      map.set(String(p.id), String(hit.id));
      taken.add(String(hit.id));
    }
  }
  return map;
}

function overlapWords(a: string, b: string): number {
  const words = (s: string) => new Set(s.toLowerCase().split(/[^a-z0-9]+/).filter((w) => w.length > 2 && !["the", "and", "for"].includes(w)));
  const wa = words(a);
  const wb = words(b);
  if (wa.size === 0 || wb.size === 0) return 0;
  let both = 0;
  for (const w of wa) if (wb.has(w)) both++;
  return both / Math.min(wa.size, wb.size);
}

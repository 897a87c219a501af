import type { RoleKind } from "../recognize/people.js";
import { escapeRegExp, overlaps, sentences, type Span } from "../text-utils.js";
import { nameCandidates, taggedAsPerson, taggedPeople } from "./person-names.js";
import type { RuleBlock, RuleContext } from "./rule.js";

/**
 * Mentions found independently in one clause, for the clause-level relation rules (eighth round):
 * the rules relate them only when the clause holds exactly one of each, whatever the verb.
 */

/** A clause of a block: a sentence, cut again at ";" and at a contrast ("while", "whereas", "but"). */
export interface Clause extends Span {
  text: string;
}

export function clauses(text: string): Clause[] {
  const out: Clause[] = [];
  for (const s of sentences(text)) {
    const cut = /\s*;\s*|,?\s+(?:while|whereas|but)\s+/g;
    let from = 0;
    for (const m of s.text.matchAll(cut)) {
      out.push({ text: s.text.slice(from, m.index!), start: s.start + from, end: s.start + m.index! });
      from = m.index! + m[0].length;
    }
    out.push({ text: s.text.slice(from), start: s.start + from, end: s.start + s.text.length });
  }
  return out.filter((c) => c.text.trim());
}

/** A person named in the clause: the mentions stage's, a name the tagger also reads as a person, or a person the document named before (by full name or surname). */
export interface PersonInClause extends Span {
  name: string;
  /** Where the text after the name says who they are with: "(Acme Ltd)", ", Acme Ltd,". */
  affiliation?: Span;
  /** A candidate name the tagger did not read as a person: counted, never proposed. */
  unsure?: boolean;
}

/**
 * The distinct people of a clause (by name). `tagged` is the block's `compromise` reading
 * (person-names.ts): a candidate name counts only when the tagger reads it as a person too.
 */
export function peopleInClause(ctx: RuleContext, b: RuleBlock, c: Clause, tagged: () => Set<string>): PersonInClause[] {
  const text = b.block.text;
  const found: PersonInClause[] = [];
  const inside = (s: Span) => s.start >= c.start && s.end <= c.end;
  const free = (s: Span) => !found.some((p) => overlaps(p, s)) && !b.orgs.some((o) => o.start <= s.start && o.end >= s.end);
  for (const p of b.people.filter(inside)) {
    found.push({ start: p.start, end: p.end, name: p.name, ...(p.affiliationSpan ? { affiliation: p.affiliationSpan } : {}) });
  }
  for (const n of nameCandidates(c.text)) {
    let span = { start: c.start + n.start, end: c.start + n.end, name: n.name.replace(/['’]s$/, "") };
    // "Ada Quill Harbour Works Ltd": the name stops where a body begins.
    const body = b.orgs.find((o) => o.start > span.start && o.start < span.end);
    if (body) {
      const name = text.slice(span.start, body.start).trim();
      span = { start: span.start, end: span.start + name.length, name };
    }
    // Two words at least, neither an initial alone ("C. Further" is a sentence cut after an annex's letter).
    const words = span.name.split(/\s+/);
    if (words.length < 2 || words.some((w) => w.replace(/\.$/, "").length < 2)) continue;
    // "HSA Vice-chair": an office is no part of a name.
    if (officeWords(span.name).length > 0) continue;
    // "TC 98: Tidal Gauges", "WG 4 – Buoy Data": the title of a numbered body, not a person.
    if (/\b[\p{Lu}]{1,5}\s?\d{1,3}[A-Z]?\s*[:–—-]\s*$/u.test(text.slice(Math.max(0, span.start - 16), span.start))) continue;
    if (!free(span)) continue;
    // A name the tagger does not read as a person is no person to propose, but may be one: it still
    // makes the clause's pairing ambiguous.
    found.push({ ...span, ...affiliationAfter(b, span.end), ...(taggedAsPerson(tagged(), { ...n, name: span.name }) ? {} : { unsure: true }) });
  }
  // A person the document already named, printed again in full or by surname alone ("Quill convened …").
  for (const f of ctx.facts.people) {
    const words = f.name.split(/\s+/);
    const surname = words.at(-1)!;
    if (surname.length < 3 || ctx.facts.people.filter((g) => g.name.split(/\s+/).at(-1) === surname).length !== 1) continue;
    for (const m of c.text.matchAll(new RegExp(`(?<![\\p{L}-])(?:${escapeRegExp(f.name)}|${escapeRegExp(surname)})(?![\\p{L}-])`, "gu"))) {
      const span = { start: c.start + m.index!, end: c.start + m.index! + m[0].length, name: f.name };
      const same = found.find((p) => p.unsure && p.start === span.start && p.end === span.end);
      if (same) delete same.unsure;
      else if (free(span) && !found.some((p) => p.start <= span.start && p.end >= span.end)) found.push({ ...span, ...affiliationAfter(b, span.end) });
    }
  }
  for (const p of firstNameMentions(ctx, c)) {
    if (free(p) && !found.some((q) => overlaps(q, p))) found.push({ ...p, ...affiliationAfter(b, p.end) });
  }
  return found.sort((x, y) => x.start - y.start);
}

/**
 * "Bob was elected chair of …", "Shane takes a leading role …": a person the document named in
 * full, printed again by the first name alone. Only a first name no other person of the document
 * shares (as first name or surname), and not followed by another capitalized word (that is
 * another full name).
 */
function firstNameMentions(ctx: RuleContext, c: Clause): Array<Span & { name: string }> {
  const out: Array<Span & { name: string }> = [];
  const full = ctx.facts.people.filter((f) => f.name.split(/\s+/).length >= 2);
  for (const f of full) {
    const first = f.name.split(/\s+/)[0]!;
    if (!/^\p{Lu}\p{Ll}{2,}$/u.test(first)) continue;
    const shared = ctx.facts.people.filter((g) => g.name.split(/\s+/).some((w) => w === first)).length;
    if (shared !== 1) continue;
    for (const m of c.text.matchAll(new RegExp(`(?<![\\p{L}-])${escapeRegExp(first)}(?:['’]s)?(?![\\p{L}-])(?!\\s+\\p{Lu})`, "gu"))) {
      out.push({ start: c.start + m.index!, end: c.start + m.index! + first.length, name: f.name });
    }
  }
  return out;
}

/**
 * What follows a name and says who the person is with: "(Acme Ltd, Norway)", ", Acme Ltd", " of Acme",
 * " from the Acme Institute", or a body printed right after the name (a line "Office: Name Body").
 */
function affiliationAfter(b: RuleBlock, end: number): { affiliation?: Span } {
  const rest = b.block.text.slice(end);
  const paren = /^\s*\([^()]{2,80}\)/.exec(rest);
  if (paren) return { affiliation: { start: end, end: end + paren[0].length } };
  const lead = /^(?:\s*,\s*|\s+|\s+(?:of|from|at|with)\s+(?:the\s+)?)/.exec(rest);
  const body = lead ? b.orgs.find((o) => o.start === end + lead[0].length) : undefined;
  if (body) return { affiliation: { start: end, end: body.end } };
  // " from the Republic of Ruritania's Harbour Institute (HI),": a body anywhere in that phrase.
  const from = /^\s+(?:of|from|at|with)\s+[^,;()]*(?:\([^()]*\))?/.exec(rest);
  const inside = from ? b.orgs.filter((o) => o.start >= end && o.end <= end + from[0].length).at(-1) : undefined;
  return inside ? { affiliation: { start: end, end: inside.end } } : {};
}

/** The same person named twice in a clause is one. */
export const distinctNames = (people: PersonInClause[]) => new Set(people.map((p) => p.name)).size;

/**
 * An office word of the product's role kinds (seed.schema.ts `roleKinds`), as prose writes it,
 * nouns and verbs: "chairmanship", "convened", "Associate Rapporteur", "Liaison Manager".
 * MEMBER and DIRECTOR are common words outside any office ("Member States", "Senior Director of
 * Marketing"): they need their body right beside them (`adjacentOnly`).
 */
export interface OfficeWord extends Span {
  role: RoleKind | "MEMBER";
  printed: string;
  /** "chaired by", "convened by": the person follows. */
  passive: boolean;
  adjacentOnly: boolean;
  /** "Chairs", "editors": an office several people hold, never one person's alone. */
  plural: boolean;
}

const OFFICES: Array<{ re: RegExp; role: RoleKind | "MEMBER"; adjacentOnly?: boolean }> = [
  { re: /\bco[\s-]?chair(?:man|woman|person)?s?(?:ship)?\b|\bco-?chaired\s+by\b/gi, role: "CO_CHAIR" },
  { re: /\bvice[\s-]?chair(?:man|woman|person)?s?(?:ship)?\b/gi, role: "VICE_CHAIR" },
  { re: /(?<![\p{L}-])chair(?:man|woman|person)?s?(?:ship)?\b|\bchaired\s+by\b/giu, role: "CHAIR" },
  { re: /\b(?:associate\s+)?rapporteurs?(?:ship)?\b/gi, role: "RAPPORTEUR" },
  { re: /\b(?:co-?)?editors?(?:ship)?\b(?![\s-]+in[\s-]+chief)/gi, role: "EDITOR" },
  { re: /\bconven(?:o|e)rs?(?:ship)?\b|\bconvened(?:\s+by)?\b/gi, role: "CONVENOR" },
  { re: /\bliaison\s+(?:officers?|representatives?|managers?|rapporteurs?)\b/gi, role: "LIAISON_REPRESENTATIVE" },
  { re: /\bcontact\s+persons?\b/gi, role: "CONTACT_PERSON" },
  { re: /\b(?<!(?:General|Executive|Permanent|Cabinet)\s)secretar(?:y|ies)\b(?![\s-]+(?:General|of\s+State))/gi, role: "SECRETARIAT" },
  { re: /\bdirector(?:[\s-]general)?s?\b/gi, role: "DIRECTOR", adjacentOnly: true },
  // A study group's counsellor is the staff member who runs its secretariat (ITU's word).
  { re: /\bcounsell?ors?\b/gi, role: "SECRETARIAT", adjacentOnly: true },
  // "a member of", "as member of": one person's seat, not "the members of X".
  { re: /(?<=\b(?:a|an|as)\s+(?:new\s+|voting\s+|board\s+)?)member\b(?=\s+(?:of|on)\b)/gi, role: "MEMBER", adjacentOnly: true },
];

export function officeWords(text: string, from = 0): OfficeWord[] {
  const out: OfficeWord[] = [];
  for (const { re, role, adjacentOnly } of OFFICES) {
    for (const m of text.matchAll(re)) {
      const span = { start: from + m.index!, end: from + m.index! + m[0].length };
      if (out.some((o) => overlaps(o, span))) continue;
      const word = m[0].replace(/\s+by$/i, "");
      out.push({ ...span, role, printed: m[0], passive: /\bby$/i.test(m[0]), adjacentOnly: !!adjacentOnly, plural: /(?:s|men|women)$/i.test(word) && !/(?:ss|ship)$/i.test(word) });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/** The block's tagger reading, computed once and only when a rule needs it. */
export function lazyTagged(text: string): () => Set<string> {
  let tagged: Set<string> | undefined;
  return () => (tagged ??= taggedPeople(text));
}

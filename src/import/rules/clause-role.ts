import type { OrgMention } from "../recognize/organizations.js";
import type { Span } from "../text-utils.js";
import { clauses, distinctNames, lazyTagged, officeWords, peopleInClause, type Clause, type OfficeWord, type PersonInClause } from "./clause-mentions.js";
import { whereOf } from "./evidence.js";
import { bodyOfPhrase } from "./kind-body.js";
import type { Rule, RuleBlock, RuleContext } from "./rule.js";

/** "former Chair", "outgoing chairman": a past office is no role to propose (nothing here ever ends one). */
const PAST = /\b(?:former|outgoing|retiring|retired|past|late|ex-|previous|then)\s*$/i;

/**
 * A role stated in one clause, whatever the verb (eighth round, clause-level relation rules):
 * exactly one person (clause-mentions.ts: the mentions stage's, a name the tagger also reads as a
 * person, or one the document named before), exactly one office word of the product's role kinds,
 * and one body: the body right beside the office ("Chair of X", "X's convenor", "the X Chair"),
 * else a body named by its kind after it ("chair of the Board": kind-body.ts), else the only body
 * of the clause that is not the person's affiliation. "Ada Quill will remain Chair of the Harbour
 * Board", "the chairmanship of XY held by Ada Quill was extended", "XY, convened by Ada Quill,
 * met …". Two people, two offices or two candidate bodies: nothing (the pairing is not stated).
 * A past office ("former chair") is none. Only creations: the safety layer (src/import/safety)
 * turns a second holder of a single-holder office into a question; nothing ends.
 */
export const clauseRole: Rule = {
  name: "clause-role",
  genres: "any",
  scope: "block",
  trigger: /\b(?:chair|co-?chair|vice[\s-]?chair|rapporteur|editor|conven|liaison\s+(?:officer|representative|manager|rapporteur)|contact\s+person|secretar|director|member)/i,
  apply(ctx, b) {
    if (!b) return;
    const tagged = lazyTagged(b.block.text);
    for (const c of clauses(b.block.text)) {
      const offices = officeWords(c.text, c.start).filter((o) => !b.orgs.some((g) => g.start <= o.start && g.end >= o.end));
      if (offices.length !== 1) continue;
      const office = offices[0]!;
      if (office.plural || PAST.test(b.block.text.slice(Math.max(c.start, office.start - 20), office.start))) continue;
      const people = peopleInClause(ctx, b, c, tagged);
      if (distinctNames(people) !== 1) continue;
      const person = people[0]!;
      if (person.unsure) continue;
      if (person.start < office.end && person.end > office.start) continue;
      // "the Chair's bell": a possessive office is no office held.
      if (/^['’]s\b/.test(b.block.text.slice(office.end))) continue;
      const found = bodyOf(ctx, b, c, office, people);
      if (!found || !near(b.block.text, person, office, found.end)) continue;
      const where = whereOf(b);
      const key = ctx.addPerson(person.name, where);
      if (found.adjacent) {
        // The clause says which body: a generic reading of the same block that paired the office elsewhere gives way.
        ctx.facts.roles = ctx.facts.roles.filter((r) => r.person !== key || r.role !== office.role || r.where.locator !== b.block.locator || r.organization === found.key);
      }
      if (ctx.facts.roles.some((r) => r.person === key && r.role === office.role && r.where.locator === b.block.locator)) continue;
      ctx.addRole(key, found.key, office.role, found.title ?? office.printed, where, found.adjacent ? 0.75 : 0.65);
    }
  },
};

interface FoundBody {
  key: string;
  /** Named right beside the office. */
  adjacent: boolean;
  title?: string;
  /** Where the office's phrase ends, its body included when the body follows it. */
  end: number;
}

function bodyOf(ctx: RuleContext, b: RuleBlock, c: Clause, office: OfficeWord, people: PersonInClause[]): FoundBody | undefined {
  const text = b.block.text;
  const inClause = b.orgs.filter((o) => o.start >= c.start && o.end <= c.end);
  const of = /^\s*(?:of|for|on|to|at|in)\s+(?:the\s+)?/i.exec(text.slice(office.end, c.end));
  const after = of ? inClause.find((o) => o.start === office.end + of[0].length) : undefined;
  // "Director of ITU's Radiocommunication Bureau", "Chair of ITU Working Group Nine": the mention is
  // only the start of the body's name, so it is not the body; its phrase may be (below).
  const whole = after && !/^(?:['’]s\b|\s+[\p{Lu}\d])/u.test(text.slice(after.end));
  if (after && whole) return { key: after.key, adjacent: true, title: text.slice(office.start, after.end), end: after.end };
  const before = [...inClause].reverse().find((o) => o.end <= office.start && /^\s*(?:['’]s)?\s*$/.test(text.slice(o.end, office.start)));
  if (before) return { key: before.key, adjacent: true, title: text.slice(before.start, office.end), end: office.end };
  if (of) {
    const phrase = text.slice(office.end + of[0].length, c.end).split(/[,;:()]/)[0]!;
    const named = bodyOfPhrase(ctx, phrase, whereOf(b), b.index);
    if (named) return { key: named, adjacent: true, title: `${office.printed} of ${phrase.trim()}`, end: office.end + of[0].length + phrase.trimEnd().length };
  }
  if (office.adjacentOnly || after) return undefined;
  const theirs = (o: OrgMention) => people.some((p) => within(o, p.affiliation));
  const bodies = [...new Set(inClause.filter((o) => !theirs(o)).map((o) => o.key))];
  return bodies.length === 1 ? { key: bodies[0]!, adjacent: false, end: office.end } : undefined;
}

/**
 * The person and the office stand close: the person at most eight words before the office ("Ada
 * Quill was re-elected for a second term as Chair of …"), or at most four after the office's
 * phrase ("the Chair of the XY Board, Ada Quill", "XY, chaired by Ada Quill"); not a clause whose
 * subject is an office ("The Chairman welcomed the delegates and thanked Ada Quill").
 */
function near(text: string, person: PersonInClause, office: OfficeWord, phraseEnd: number): boolean {
  const words = (s: string) => s.split(/\s+/).filter((w) => /[\p{L}\d]/u.test(w)).length;
  const end = Math.max(person.end, person.affiliation?.end ?? 0);
  if (office.start >= end) return words(text.slice(end, office.start)) <= 8;
  return person.start >= phraseEnd && words(text.slice(phraseEnd, person.start)) <= 4;
}

const within = (o: Span, s: Span | undefined) => !!s && o.start >= s.start && o.end <= s.end;

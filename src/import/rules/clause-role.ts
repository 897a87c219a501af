import type { OrgMention } from "../recognize/organizations.js";
import type { Span } from "../text-utils.js";
import { clauses, distinctNames, lazyTagged, officeWords, peopleInClause, type Clause, type OfficeWord, type PersonInClause } from "./clause-mentions.js";
import { whereOf } from "./evidence.js";
import { bareDesignation } from "./bare-designation.js";
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
 * met …". Several offices listed after the person, each with its own body beside it, are each
 * a role ("… is Vice-Chair of A, Vice-Chair of B and Convenor of C"). A clause whose subject is
 * "He" or "She" is the one person the block named before it, when it named exactly one. Two people, two offices of
 * which one has no body beside it, or two candidate bodies: nothing (the pairing is not stated).
 * A past office ("former chair") is none. Only creations: the safety layer (src/import/safety)
 * turns a second holder of a single-holder office into a question; nothing ends.
 */
export const clauseRole: Rule = {
  name: "clause-role",
  genres: "any",
  scope: "block",
  trigger: /\b(?:chair|co-?chair|vice[\s-]?chair|rapporteur|editor|conven|liaison\s+(?:officer|representative|manager|rapporteur)|contact\s+person|secretar|counsell?or|director|member)/i,
  apply(ctx, b) {
    if (!b) return;
    const tagged = lazyTagged(b.block.text);
    for (const c of clauses(b.block.text)) {
      const offices = officeWords(c.text, c.start).filter((o) => !b.orgs.some((g) => g.start <= o.start && g.end >= o.end));
      if (offices.length === 0) continue;
      const people = peopleInClause(ctx, b, c, tagged);
      // "He was first appointed Chair of …": the one person the block named before the clause.
      if (people.length === 0 && /^\s*(?:He|She)\b/.test(c.text)) {
        // A capitalized phrase the tagger does not read as a person ("Focal Point") is no antecedent.
        const earlier = peopleInClause(ctx, b, { text: b.block.text.slice(0, c.start), start: 0, end: c.start }, tagged).filter((p) => !p.unsure);
        if (distinctNames(earlier) === 1) people.push({ start: c.start, end: c.start + (/^\s*(?:He|She)/.exec(c.text)![0].length), name: earlier[0]!.name });
      }
      if (distinctNames(people) !== 1 || people[0]!.unsure) continue;
      const person = people[0]!;
      if (offices.some((o) => person.start < o.end && person.end > o.start || !held(b.block.text, c, o))) continue;
      if (offices.length === 1) {
        const found = bodyOf(ctx, b, c, offices[0]!, people);
        if (found && near(b.block.text, person, offices[0]!, found.end)) propose(ctx, b, person, offices[0]!, found);
        continue;
      }
      // "Ada Quill is Vice-Chair of A, Vice-Chair of B and Convenor of C": several offices, each
      // with its own body beside it, listed after the one person: each pairing is stated.
      const found = offices.map((o) => bodyOf(ctx, b, c, o, people));
      if (found.some((f) => !f?.adjacent) || person.start > offices[0]!.start) continue;
      if (!near(b.block.text, person, offices[0]!, found[0]!.end) && !LEAD_IN.test(b.block.text.slice(person.end, offices[0]!.start))) continue;
      // A body's quoted title after its name ("X “Harbour data”") is no break in the list.
      const listed = offices.slice(1).every((_, i) => LIST_GAP.test(b.block.text.slice(found[i]!.end, found[i + 1]!.start).replace(/^\s*[“"][^”"]{1,200}[”"]/, "")));
      // "Vice-Chair of A, B Vice-Chair and C Vice-Chair": one office in several bodies, each kept.
      if (listed) offices.forEach((o, i) => propose(ctx, b, person, o, found[i]!, found.map((f) => f!.key)));
    }
  },
};

/**
 * "Ada Quill takes a leading role in harbour standards, including Vice-Chair of A, B Chair and C
 * Convenor": a list of offices after its lead-in word is the subject's, however far from the name.
 */
const LEAD_IN = /(?:\bincluding|\bsuch\s+as|\bnamely|:)\s*$/i;

/** Between two offices of one list: commas, "and", "as well as", an article. */
const LIST_GAP = /^[\s,;]*(?:(?:and|as\s+well\s+as|also|the|its|of|as|including)\b[\s,;]*)*$/i;

/** An office one person may hold here: one, not past ("former chair"), not a possessive ("the Chair's bell"). */
function held(text: string, c: Clause, office: OfficeWord): boolean {
  return !office.plural && !PAST.test(text.slice(Math.max(c.start, office.start - 20), office.start)) && !/^['’]s\b/.test(text.slice(office.end));
}

function propose(ctx: RuleContext, b: RuleBlock, person: PersonInClause, office: OfficeWord, found: FoundBody, listed: string[] = [found.key]): void {
  const where = whereOf(b);
  const key = ctx.addPerson(person.name, where);
  if (found.adjacent) {
    // The clause says which body: a generic reading of the same block that paired the office elsewhere gives way.
    ctx.facts.roles = ctx.facts.roles.filter((r) => r.person !== key || r.role !== office.role || r.where.locator !== b.block.locator || listed.includes(r.organization));
  }
  if (ctx.facts.roles.some((r) => r.person === key && r.role === office.role && r.where.locator === b.block.locator && r.organization === found.key)) return;
  if (!found.adjacent && ctx.facts.roles.some((r) => r.person === key && r.role === office.role && r.where.locator === b.block.locator)) return;
  ctx.addRole(key, found.key, office.role, found.title ?? office.printed, where, found.adjacent ? 0.75 : 0.65);
}

interface FoundBody {
  key: string;
  /** Named right beside the office. */
  adjacent: boolean;
  title?: string;
  /** Where the office's phrase starts and ends, its body included. */
  start: number;
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
  if (after && whole) return { key: after.key, adjacent: true, title: text.slice(office.start, after.end), start: office.start, end: after.end };
  const before = [...inClause].reverse().find((o) => o.end <= office.start && /^\s*(?:['’]s)?\s*$/.test(text.slice(o.end, office.start)));
  if (before) return { key: before.key, adjacent: true, title: text.slice(before.start, office.end), start: before.start, end: office.end };
  // "the WG SA2 Chair", "as CT4 Chair": a bare designation right before the office.
  const token = /(?<![\p{L}\d/-])((?:WG\s?)?[A-Z]{2,4}\s?\d{1,3}[A-Z]?)\s+$/u.exec(text.slice(c.start, office.start));
  const bare = token ? bareDesignation(ctx, token[1]!, whereOf(b), b.index) : undefined;
  if (token && bare) {
    const start = c.start + token.index;
    return { key: bare, adjacent: true, title: text.slice(start, office.end), start, end: office.end };
  }
  if (of) {
    const phrase = text.slice(office.end + of[0].length, c.end).split(/[,;:()]/)[0]!;
    // "Chair of TC 86: Fibre Optics": a bare designation is of the family the document prints it with.
    const named = bodyOfPhrase(ctx, phrase, whereOf(b), b.index) ?? bareDesignation(ctx, phrase, whereOf(b), b.index);
    if (named) return { key: named, adjacent: true, title: `${office.printed} of ${phrase.trim()}`, start: office.start, end: office.end + of[0].length + phrase.trimEnd().length };
  }
  if (office.adjacentOnly || after) return undefined;
  // "chair of the ISOC Board" where no mention covers "ISOC": the office's body is named, unknown; another body of the clause is not it.
  if (of && /^\p{Lu}/u.test(text.slice(office.end + of[0].length, c.end))) return undefined;
  const theirs = (o: OrgMention) => people.some((p) => within(o, p.affiliation));
  const bodies = [...new Set(inClause.filter((o) => !theirs(o)).map((o) => o.key))];
  return bodies.length === 1 ? { key: bodies[0]!, adjacent: false, start: office.start, end: office.end } : undefined;
}

/**
 * The person and the office stand close and the clause gives the office to the person, whatever
 * the verb: the person at most eight words before the office, and an office after an article only
 * as a copula's, "as"'s or an apposition's ("Ada Quill was re-elected for a second term as Chair
 * of …", "… is the Chair of …", "Ada Quill, the editor of …"; not "Ada Quill thanked the Chair of
 * …", where the office is another's); or the person right after the office's phrase, in apposition
 * or after "is"/"was" ("the Chair of the XY Board, Ada Quill", "XY, chaired by Ada Quill", "The
 * Chair of XY is Ada Quill"; not "The Chairman of XY thanked Ada Quill").
 */
function near(text: string, person: PersonInClause, office: OfficeWord, phraseEnd: number): boolean {
  const words = (s: string) => s.split(/\s+/).filter((w) => /[\p{L}\d]/u.test(w)).length;
  const end = Math.max(person.end, person.affiliation?.end ?? 0);
  if (office.start >= end) {
    const gap = text.slice(end, office.start);
    if (words(gap) > 8) return false;
    const article = /\b(?:the|a|an)\s+(?:new\s+|first\s+|current\s+|incoming\s+)?$/i.exec(gap);
    return !article || /(?:^|,|\b(?:as|is|was|are|were|be|been|become|becomes|became|remains?|remained|named|elected|appointed))(?:\s+(?:also|currently|now|still))?\s*$/i.test(gap.slice(0, article.index));
  }
  return person.start >= phraseEnd && /^\s*(?:[,:(–—-]|\b(?:is|was)\b)?\s*(?:(?:Mr|Ms|Mrs|Dr|Prof)\.?\s*)?$/.test(text.slice(phraseEnd, person.start));
}

const within = (o: Span, s: Span | undefined) => !!s && o.start >= s.start && o.end <= s.end;

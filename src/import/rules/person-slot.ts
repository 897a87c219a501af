import nlp from "compromise";
import { whereOf } from "./evidence.js";
import { nameCandidates, taggedAsPerson, taggedPeople, type NameCandidate } from "./person-names.js";
import { isNameWords } from "../recognize/people.js";
import { NAME } from "./names.js";
import type { Rule } from "./rule.js";

/**
 * The places in a sentence where only a person stands, as data. Each is tested on the words right
 * before or right after a candidate name (person-names.ts); the tagger must also read the name as a
 * person, except after a capitalized title (`titled`), which is as strong as an honorific.
 */
const SLOTS: ReadonlyArray<{ name: string; before?: RegExp; after?: RegExp }> = [
  // "By: Ada Quill", "Posted by Ada Quill" at the start of a block: a byline.
  { name: "byline", before: /^(?:(?:Written|Posted|Published)\s+)?By:?\s*$/i },
  // "…, who accepted the post", "Ada Quill, who chairs …".
  { name: "relative", after: /^\s*,\s+who\s/ },
  // "replacing Ada Quill", "the seat vacated by Ada Quill", "congratulated Ada Quill".
  { name: "object", before: /\b(?:appointed|re-?appointed|nominated|re-?elected|elected|named|replacing|replaced|replaces|succeeding|succeeded|succeeds|thanks|thanked|congratulated|congratulates|welcomed|welcomes|said)\s+$/ },
  // The agent of a passive: "a letter received by Ada Quill", "the seat vacated by Ada Quill".
  { name: "agent", before: /\b\p{Ll}{3,}ed\s+by\s+$/u },
  // "a letter from Ada Quill of the Harbour Institute".
  { name: "sender", before: /\bfrom\s+$/, after: /^\s+of\s+(?:the\s+)?\p{Lu}/u },
  // A letter's greeting: "Dear Ada Quill,".
  { name: "greeting", before: /(?:^|[.:]\s+)Dear\s+$/ },
];

/** A finite verb right after the name: "Ada Quill will continue as …", "Ada Quill addressed the plenary". */
const VERB_TAGS = ["PastTense", "PresentTense", "Modal", "Auxiliary", "Copula"];

/**
 * People named without an honorific in running prose (the mentions stage's people need an
 * honorific, a list's parentheses or a field), where the sentence puts them in a person's slot:
 * a byline, "…, who", the object of a verb that takes a person ("replacing", "vacated by"), the
 * subject of a finite verb ("Ada Quill will continue …", "Ada Quill and Bo Lind left"), or right
 * after a capitalized title ("Secretary-General-elect Ada Quill"). Each candidate name is kept only
 * when the `compromise` tagger also reads it as a person (a title before it is enough alone); a
 * capitalized phrase in any other place is not a person. The person only: roles are the
 * clause-level rules' (they run later and see these people).
 */
export const personSlot: Rule = {
  name: "person-slot",
  genres: "any",
  scope: "block",
  trigger: /\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}/u,
  apply(ctx, b) {
    if (!b) return;
    const text = b.block.text;
    const where = whereOf(b);
    const terms = termsOf(text);
    const candidates = [...nameCandidates(text), ...afterTitles(terms, text)].filter((c) => !b.orgs.some((o) => o.start < c.end && o.end > c.start) && !b.people.some((p) => p.start < c.end && p.end > c.start));
    if (!candidates.length) return;
    const tagged = taggedPeople(text);
    const kept = new Set<NameCandidate>();
    const isTitled = (c: NameCandidate) => "titled" in c;
    for (const c of candidates) {
      const before = text.slice(Math.max(0, c.start - 40), c.start);
      if (/\b(?:Mr|Ms|Mrs|Dr|Prof)\.?\s*$/.test(before)) continue; // the mentions stage's
      const person = taggedAsPerson(tagged, c);
      if (isTitled(c) || (person && inSlot(terms, c, text))) kept.add(c);
    }
    // "Ada Quill and Bo Lind left": a tagged name joined by "and" to one kept shares its slot.
    for (const c of candidates) {
      if (kept.has(c) || !taggedAsPerson(tagged, c)) continue;
      const next = candidates.find((d) => kept.has(d) && /^\s+and\s+$/.test(text.slice(c.end, d.start)));
      if (next) kept.add(c);
    }
    for (const c of kept) ctx.addPerson(c.name.replace(/['’]s$/u, ""), where);
  },
};

interface Term {
  start: number;
  end: number;
  text: string;
  tags: string[];
}

function termsOf(text: string): Term[] {
  const out: Term[] = [];
  for (const sentence of nlp(text).json({ offset: true, terms: { offset: true } }) as Array<{ terms: Array<{ text: string; tags: string[]; offset: { start: number; length: number } }> }>) {
    for (const t of sentence.terms) out.push({ start: t.offset.start, end: t.offset.start + t.offset.length, text: t.text, tags: t.tags });
  }
  return out;
}

function inSlot(terms: Term[], c: NameCandidate, text: string): boolean {
  const before = text.slice(Math.max(0, c.start - 40), c.start);
  const after = text.slice(c.end, c.end + 40);
  if (SLOTS.some((s) => (s.before ? s.before.test(s.name === "byline" ? text.slice(0, c.start) : before) : true) && (s.after ? s.after.test(after) : true))) return true;
  // The subject of a finite verb: the next word, right after the name (no comma between), is one.
  const next = terms.find((t) => t.start >= c.end);
  return !!next && /^\s+$/.test(text.slice(c.end, next.start)) && next.tags.includes("Verb") && !next.tags.includes("Gerund") && VERB_TAGS.some((tag) => next.tags.includes(tag));
}

const NAME_AT = new RegExp(`^${NAME}`, "u");

/**
 * Names right after a capitalized title the tagger knows as an office ("Prime Minister Ada Quill",
 * "Deputy Secretary-General-elect Ada Quill"): read from the title on, so that a long title does
 * not use up the candidate's words.
 */
function afterTitles(terms: Term[], text: string): Array<NameCandidate & { titled: true }> {
  const out: Array<NameCandidate & { titled: true }> = [];
  for (const t of terms) {
    if (!t.tags.includes("Actor") || !/^\p{Lu}/u.test(t.text)) continue;
    const rest = /^(?:-[\p{Lu}][\p{L}]*)*(?:-elect)?\s+/u.exec(text.slice(t.end));
    if (!rest) continue;
    const start = t.end + rest[0].length;
    const m = NAME_AT.exec(text.slice(start));
    if (!m) continue;
    const name = m[0].replace(/[.,]$/, "");
    // "Director Standards Board": every word must be a name's (people.ts), and the title's next word is not part of a longer title.
    if (!isNameWords(name.split(/\s+/)) || terms.some((u) => u.start === start && u.tags.includes("Actor"))) continue;
    // In a sentence, not a heading's title case ("LS on User Plane Analysis"): a parenthesis, a comma, a
    // possessive or a lower-case word follows, or the sentence ends in a block written in lower case.
    const follows = text.slice(start + name.length);
    if (!/^(?:\s*[(,]|['’]s\b|\s+\p{Ll})/u.test(follows) && !(/^\s*(?:[.;!?]|$)/.test(follows) && prose(text))) continue;
    out.push({ start, end: start + name.length, name, titled: true });
  }
  return out;
}

/** A block of running text: most of its words in lower case (a heading's title case is not). */
function prose(text: string): boolean {
  const words = text.split(/\s+/).filter((w) => /^\p{L}/u.test(w));
  return words.filter((w) => /^\p{Ll}/u.test(w)).length * 2 > words.length;
}

import { whereOf } from "./evidence.js";
import { nameCandidates, taggedAsPerson, taggedPeople, type NameCandidate } from "./person-names.js";
import type { Rule, RuleBlock } from "./rule.js";

/**
 * Labels whose value is a list of people, as data: a meeting's attendees, a group's chairs,
 * editors and staff contacts. An item must be a name alone (a candidate covering it,
 * person-names.ts), its aside dropped; the second of two items cut by a comma is an affiliation
 * unless the tagger reads a person.
 */
const LABELS = [
  "Attendees", "Attendance", "Participants", "Present", "Chairs?", "Co-?[Cc]hairs?", "Editors?", "Authors?", "Speakers",
  "Panell?ists", "Moderators?", "Leader Name", "Leaders?", "Staff Contacts?", "Team Contacts?", "Regrets", "Apologies",
];

/** The label at a line's start, with a colon, or without one when a capitalized word follows. */
const FIELD = new RegExp(`^\\s*(?:${LABELS.join("|")})\\s*(?::\\s*|\\s+(?=\\p{Lu}))(.+)$`, "gmu");

/**
 * People listed under a label ("Attendees: Ada Quill, Bo Lind, Jon Roe.", "Chairs Ada Quill
 * (Quayside), Bo Lind"): each comma, semicolon or "and" separated item that is a name alone. The
 * people only: an office the label names is the officer rules' to state.
 */
export const peopleListField: Rule = {
  name: "people-list-field",
  genres: "any",
  scope: "block",
  trigger: new RegExp(`^\\s*(?:${LABELS.join("|")})\\b`, "mu"),
  apply(ctx, b) {
    if (!b) return;
    const where = whereOf(b);
    for (const m of b.block.text.matchAll(FIELD)) {
      for (const c of listedNames(m[1]!, b)) ctx.addPerson(c.name, where);
    }
  },
};

/**
 * The names a label's value lists ("Ada Quill (Quayside), Bo Lind; Jon Roe"): each comma,
 * semicolon or "and" separated item that is a name alone, asides dropped. "Ada Quill, Quayside
 * Systems AG": the second of two items cut by a comma is a person only when the tagger reads one;
 * in a list of three or more names, after "and" or ";", or after an item's aside ("Ada Quill
 * (Quayside), Bo Lind"), every name is.
 */
const ASIDE = "\u2063";
export function listedNames(raw: string, b: RuleBlock): NameCandidate[] {
  // An aside is kept as a mark while cutting, so that an item that ended with one is known.
  const marked = raw.replace(/\([^)]*\)/g, ASIDE);
  const value = marked.replaceAll(ASIDE, " ");
  const parts = marked.split(/(\s*(?:[,;|]|\band\b)\s*)/);
  const asideBefore = (i: number) => i > 0 && parts[2 * i - 2]!.trim().endsWith(ASIDE);
  const items = parts.filter((_, i) => i % 2 === 0).map((item) => item.replaceAll(ASIDE, " ").trim().replace(/[.:]$/, "").trim());
  const names = items.map((item) => (item ? nameCandidates(item).find((n) => n.start === 0 && n.end === item.length && !b.orgs.some((o) => o.printed === item)) : undefined));
  const tagged = taggedPeople(value);
  const list = names.length >= 3 && names.every(Boolean);
  return names.filter((c, i): c is NameCandidate => {
    if (!c) return false;
    const comma = i > 0 && /,/.test(parts[2 * i - 1]!);
    // "Ada Quill (Quayside), Bo Lind": after a name and its aside, a comma starts the next person.
    return i === 0 || list || !comma || asideBefore(i) || taggedAsPerson(tagged, c);
  });
}

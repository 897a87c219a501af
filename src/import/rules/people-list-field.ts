import { whereOf } from "./evidence.js";
import { nameCandidates, taggedAsPerson, taggedPeople } from "./person-names.js";
import type { Rule } from "./rule.js";

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
      const value = m[1]!.replace(/\([^)]*\)/g, " ");
      const parts = value.split(/(\s*(?:[,;|]|\band\b)\s*)/);
      const items = parts.filter((_, i) => i % 2 === 0).map((raw) => raw.trim().replace(/[.:]$/, "").trim());
      const names = items.map((item) => (item ? nameCandidates(item).find((n) => n.start === 0 && n.end === item.length && !b.orgs.some((o) => o.printed === item)) : undefined));
      // "Chair: Ada Quill, Quayside Systems AG": a name and its affiliation. The second of two items
      // cut by a comma is a person only when the tagger reads one; in a list of three or more
      // names, or after "and" or ";", every name is.
      const tagged = taggedPeople(value);
      const list = names.length >= 3 && names.every(Boolean);
      names.forEach((c, i) => {
        if (!c) return;
        const comma = i > 0 && /,/.test(parts[2 * i - 1]!);
        if (i === 0 || list || !comma || taggedAsPerson(tagged, c)) ctx.addPerson(c.name, where);
      });
    }
  },
};

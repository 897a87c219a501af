import { isoDate, monthNumber } from "../recognize/dates.js";
import { sentences } from "../text-utils.js";
import { whereOf } from "./evidence.js";
import { bodyOfPhrase } from "./kind-body.js";
import { roleOf } from "./names.js";
import type { Rule } from "./rule.js";

const VERB = /\b(?:was|were|has been|have been)\s+(?:re-?)?elected\s+as\s+(?:the\s+)?(?:new\s+)?((?:[Vv]ice[\s-]?|[Cc]o[\s-]?)?[Cc]hair(?:man|woman|person)?s?|[Dd]irectors?|[Cc]onvenors?|[Rr]apporteurs?)\b(?!\s+(?:of|for)\b)/g;
const MEETING = /\b(?:during|at)\s+the\s+((?:[\p{L}-]+\s+){0,3}?(?:board|committee|council|assembly|group|forum|commission))\s+meeting\b/iu;
const ON_DAY = /\bon\s+(\d{1,2})\s+(January|February|March|April|May|June|July|August|September|October|November|December)(?:\s+(\d{4}))?\b/;

/**
 * "Dr Ada Quill, Quarry Ltd, was elected as the new Chair while Mr Bo Lind, LMN and Ms Cy Moss,
 * OPQ were elected as Vice Chairs during the board meeting on 30 November": people named with an
 * honorific (the mentions stage's), each elected to an office without "of" a body; the body is the
 * one whose meeting the sentence names ("the board meeting": the document's Board, kind-body.ts),
 * and the office starts on the day the sentence gives (the document's year when it gives none).
 * The people are those between the clause's start (the sentence's, or the last "while" / "and"
 * joining two elections) and its verb. No meeting named, no body: nothing is guessed.
 */
export const electedAtMeeting: Rule = {
  name: "elected-at-meeting",
  genres: "any",
  scope: "block",
  trigger: /\belected\s+as\s+(?:the\s+)?(?:new\s+)?(?:vice[\s-]?|co[\s-]?)?chair|\belected\s+as\s+(?:the\s+)?(?:new\s+)?(?:director|convenor|rapporteur)/i,
  apply(ctx, b) {
    if (!b) return;
    const text = b.block.text;
    const where = whereOf(b);
    for (const s of sentences(text)) {
      const meeting = MEETING.exec(s.text);
      if (!meeting) continue;
      const organization = bodyOfPhrase(ctx, meeting[1]!, where, b.index);
      if (!organization) continue;
      const day = ON_DAY.exec(s.text);
      const year = day?.[3] ?? ctx.documentDate?.slice(0, 4);
      const since = day && year ? isoDate(Number(year), monthNumber(day[2]!), Number(day[1])) : undefined;
      let clauseStart = s.start;
      for (const v of s.text.matchAll(VERB)) {
        const verbAt = s.start + v.index!;
        const role = roleOf(v[1]!.replace(/s$/, ""));
        const joined = text.slice(clauseStart, verbAt).search(/\bwhile\b/);
        const from = joined >= 0 ? clauseStart + joined : clauseStart;
        const people = b.people.filter((p) => p.honorific && p.start >= from && p.end <= verbAt);
        if (role) {
          for (const p of people) {
            ctx.facts.roles = ctx.facts.roles.filter((r) => r.person !== p.name || r.where.locator !== b.block.locator);
            const person = ctx.addPerson(p.name, where);
            ctx.addRole(person, organization, role, v[1]!.replace(/s$/, ""), where, 0.8, since);
          }
        }
        clauseStart = verbAt + v[0].length;
      }
    }
  },
};

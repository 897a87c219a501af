import { isoDate, monthNumber } from "../recognize/dates.js";
import { sentences } from "../text-utils.js";
import { readAside } from "./aside.js";
import { whereOf } from "./evidence.js";
import { bodyOfPhrase } from "./kind-body.js";
import { roleOf } from "./names.js";
import { nameCandidates } from "./person-names.js";
import type { Rule } from "./rule.js";

const VERB = /\b(?:was|were|has been|have been)\s+(?:re-?)?elected\s+(?:as\s+)?(?:the\s+)?(?:new\s+)?((?:[Vv]ice[\s-]?|[Cc]o[\s-]?)?[Cc]hair(?:man|woman|person)?s?|[Dd]irectors?|[Cc]onvenors?|[Rr]apporteurs?)\b(?:\s*\([^()]{1,30}\))?(?:\s+(?:of|for)\s+(?:the\s+)?([^,.;()]+))?/g;
const MEETING = /\b(?:during|at)\s+the\s+((?:[\p{L}-]+\s+){0,3}?(?:board|committee|council|assembly|group|forum|commission))\s+meeting\b/iu;
const ON_DAY = /\bon\s+(\d{1,2})\s+(January|February|March|April|May|June|July|August|September|October|November|December)(?:\s+(\d{4}))?\b/;

/**
 * One sentence, several elections: "Dr Ada Quill, Quarry Ltd, was elected as the new Chair while
 * Mr Bo Lind, LMN and Ms Cy Moss, OPQ were elected as Vice Chairs during the board meeting on 30
 * November"; "Ada Quill (Quarry Ltd - HSA) was elected new Chair, Bo Lind (LMN - HSA) and Cy Moss
 * (OPQ - PSA) were re-elected Vice Chair (2nd term) of the Board". Each clause's people (those
 * named with an honorific, and names without one outside parentheses, between the clause's start
 * and its verb) hold its office in its body: the body the clause names ("… Vice Chair of the
 * Board"), else the one whose meeting the sentence names ("the board meeting": the document's
 * Board, kind-body.ts), else the one the sentence's last clause names. The office starts on the day
 * a meeting sentence gives (the document's year when it gives none). A name's parenthesis is its
 * company and member body (aside.ts). No body named, none guessed.
 */
export const electedAtMeeting: Rule = {
  name: "elected-at-meeting",
  genres: "any",
  scope: "block",
  trigger: /\belected\s+(?:as\s+)?(?:the\s+)?(?:new\s+)?(?:vice[\s-]?|co[\s-]?)?chair|\belected\s+(?:as\s+)?(?:the\s+)?(?:new\s+)?(?:director|convenor|rapporteur)/i,
  apply(ctx, b) {
    if (!b) return;
    const text = b.block.text;
    const where = whereOf(b);
    for (const s of sentences(text)) {
      const verbs = [...s.text.matchAll(VERB)];
      if (verbs.length === 0) continue;
      const meeting = MEETING.exec(s.text);
      const own = (v: RegExpMatchArray) => (v[2] ? bodyOfPhrase(ctx, v[2], where, b.index) : undefined);
      const shared = meeting ? bodyOfPhrase(ctx, meeting[1]!, where, b.index) : own(verbs.at(-1)!);
      // Without a meeting, one election with its own "of" is elected.ts's sentence, not a list.
      if (!meeting && verbs.length === 1 && !/,|\band\b/.test(s.text.slice(0, verbs[0]!.index))) continue;
      const day = meeting ? ON_DAY.exec(s.text) : null;
      const year = day?.[3] ?? ctx.documentDate?.slice(0, 4);
      const since = day && year ? isoDate(Number(year), monthNumber(day[2]!), Number(day[1])) : undefined;
      let clauseStart = s.start;
      for (const v of verbs) {
        const verbAt = s.start + v.index!;
        const role = roleOf(v[1]!.replace(/s$/, ""));
        const organization = own(v) ?? shared;
        const joined = text.slice(clauseStart, verbAt).search(/\bwhile\b/);
        const from = joined >= 0 ? clauseStart + joined : clauseStart;
        if (role && organization) {
          for (const p of clausePeople(b.people, text, from, verbAt)) {
            ctx.facts.roles = ctx.facts.roles.filter((r) => r.person !== p.name || r.where.locator !== b.block.locator);
            const aside = readAside(ctx, p.aside, where);
            const person = ctx.addPerson(p.name, where, aside.affiliations.length ? { affiliations: aside.affiliations } : {});
            ctx.addRole(person, organization, role, v[1]!.replace(/s$/, ""), where, 0.8, since);
          }
        }
        clauseStart = verbAt + v[0].length;
      }
    }
  },
};

/**
 * The people of a clause: those named with an honorific; else, when there are none, the names
 * without one that the clause lists from its start ("Ada Quill (…), Bo Lind (…) and Cy Moss"),
 * each with the parenthesis after it. A name after other words ("… Quay Traders and …") is not listed.
 */
function clausePeople(
  people: Array<{ name: string; start: number; end: number; honorific?: string }>, text: string, from: number, to: number,
): Array<{ name: string; aside?: string }> {
  const titled = people.filter((p) => p.honorific && p.start >= from && p.end <= to).map((p) => ({ name: p.name }));
  if (titled.length) return titled;
  const out: Array<{ name: string; aside?: string }> = [];
  const clause = text.slice(from, to);
  let at = 0;
  for (const c of nameCandidates(clause)) {
    if (c.start < at) continue; // a name inside the parenthesis just read
    if (!/^[\s,]*(?:and\s+|while\s+)?$/.test(clause.slice(at, c.start))) break;
    const aside = /^\s*(\([^()]{2,80}\))/.exec(clause.slice(c.end));
    out.push({ name: c.name, ...(aside ? { aside: aside[1] } : {}) });
    at = c.end + (aside ? aside[0].length : 0);
  }
  return out;
}

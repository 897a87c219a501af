import { findDates } from "../recognize/dates.js";
import type { OrgMention } from "../recognize/organizations.js";
import { ORDINAL, ordinalValue, sentences } from "../text-utils.js";
import { dayWithoutYear } from "./day-without-year.js";
import { whereOf } from "./evidence.js";
import { bodyOfPhrase } from "./kind-body.js";
import { placeOf } from "./places.js";
import type { Rule, RuleBlock, RuleContext } from "./rule.js";

const MONTH = String.raw`(?:January|February|March|April|May|June|July|August|September|October|November|December)`;
/** What a body's meeting is called. */
const NOUN = String.raw`(?:(?:face-to-face|plenary|annual)\s+)?(?:meetings?|[Pp]lenary(?:\s+meetings?)?|[Pp]lenaries|General\s+Assembly)`;
/** The words naming the body before the noun: capitalized words, an acronym in parentheses, "and"/"of" between; or a body's kind in lower case ("the board meeting"). */
const WORDS = String.raw`(?:(?:[\p{Lu}\p{N}][\p{L}\p{N}&/.-]*|\([\p{Lu}][\p{L}\p{N}-]{1,14}\)|and|of|for)\s+)*?|(?:board|council|committee|group)\s+`;
const PHRASE = new RegExp(
  String.raw`\b([Tt]he|[Ii]ts|[Tt]heir)\s+(?:next\s+)?(?:(${MONTH}\s+\d{4}|\d{4})\s+)?(?:(${ORDINAL})\s+)?(${WORDS})(${NOUN})\b`,
  "gu",
);

/**
 * A body's meeting named by a noun phrase in running prose, with its date (failure class 6):
 * "At the August 2031 XY Advisory Group (XAG) meeting in Porto", "During the May 2032 XY Plenary",
 * "approved by the next XY Coordination Group (XCG) meeting on April 24", "the board meeting on
 * 30 November", "Meeting at their 58th General Assembly in Lyon on 29 and 30 November 2031", "XY
 * will hold its next XY Steering Committee meetings from 8 – 12 May 2031 at … in Porto". The
 * meeting is of the body the phrase names (a mention ending right before the noun; a body named by
 * its kind alone, the document's: `kind-body.ts`; "its"/"their" alone, the sentence's subject); its
 * date the one in the phrase, else the first after it in the sentence (a day without its year
 * takes the document's; a day there, never a month alone), else, for "its"/"their", the day before
 * it; its place the city named
 * after the phrase. A phrase without a date, or a span longer than a month, gives nothing.
 */
export const meetingPhrase: Rule = {
  name: "meeting-phrase",
  genres: ["news", "group", "event", "report", "other"],
  scope: "block",
  trigger: /\b(?:[Tt]he|[Ii]ts|[Tt]heir)\s[^.]*?(?:meetings?|[Pp]lenar(?:y|ies)|General Assembly)\b/u,
  apply(ctx, b) {
    if (!b) return;
    for (const s of sentences(b.block.text)) {
      for (const m of s.text.matchAll(PHRASE)) {
        const at = s.start + m.index;
        const end = at + m[0].length;
        const words = m[4]!.trim();
        const body = bodyOf(ctx, b, words, m[5]!, m[1]!, at, end, s.start);
        if (!body) continue;
        const rest = s.text.slice(end - s.start);
        const before = s.text.slice(0, m.index);
        const prefix = m[2] ? findDates(m[2])[0] : undefined;
        // After the phrase, or before it (its/their), only a day: a month there may end a period ("from January to June").
        const after = [findDates(rest)[0] ?? dayWithoutYear(rest, ctx.documentDate)].find((d) => d && d.start.length === 10);
        const earlier = /^(?:its|their)$/i.test(m[1]!) ? findDates(before).filter((d) => d.start.length === 10).at(-1) : undefined;
        const date = prefix ?? after ?? earlier;
        if (!date || date.start.length < 7) continue;
        if ("end" in date && date.end && Date.parse(date.end) - Date.parse(date.start) > 31 * 86_400_000) continue;
        const place = date === after ? withCity(placeOf(rest.slice(0, after.index)), placeOf(rest.slice(after.index))) : placeOf(rest);
        const ordinal = m[3] ? ordinalValue(m[3]) : undefined;
        const assembly = /Assembly/.test(m[5]!);
        ctx.upsertEvent({
          name: `${ordinal ? `${m[3]} ` : ""}${ctx.orgs.label(body)}${assembly && /Assembly/.test(ctx.orgs.label(body)) ? "" : assembly ? " General Assembly" : " meeting"}`,
          kind: assembly ? "ASSEMBLY" : "MEETING", meetingOf: body, ...(ordinal ? { ordinal } : {}),
          startDate: date.start, ...("end" in date && date.end ? { endDate: date.end } : date.start.length === 10 ? { endDate: date.start } : {}),
          ...place, where: whereOf(b),
        });
      }
    }
  },
};

/**
 * The body a meeting phrase names: the mention that ends its words (an acronym in parentheses
 * after it allowed); else the words read as a body's name ("XY Steering Committee", the first of
 * "… and … Committee"); else, with no words, the body the noun names by its kind ("General
 * Assembly", "board") or, after "its"/"their", the sentence's subject (the last body named
 * before, outside parentheses).
 */
function bodyOf(ctx: RuleContext, b: RuleBlock, words: string, noun: string, determiner: string, at: number, end: number, sentenceStart: number): string | undefined {
  const text = b.block.text;
  const where = whereOf(b);
  if (words) {
    const wordsEnd = end - noun.length - 1;
    const inside = b.orgs.filter((o) => o.start >= at && o.end <= wordsEnd + 1);
    const last = inside.at(-1);
    if (last && /^\s*(?:\([^()]{2,15}\))?\s*$/.test(text.slice(last.end, wordsEnd))) return last.key;
    const first = words.split(/\s+and\s+/)[0]!;
    if (/^(?:board|council|committee|group)$/.test(first)) return bodyOfPhrase(ctx, first, where, b.index);
    if (first.split(/\s+/).length < 2) return undefined;
    return bodyOfPhrase(ctx, first, where, b.index);
  }
  if (/Assembly/.test(noun)) return bodyOfPhrase(ctx, "General Assembly", where, b.index);
  if (!/^(?:its|their)$/i.test(determiner)) return undefined;
  const subject = b.orgs.filter((o: OrgMention) => o.start >= sentenceStart && o.end <= at && !openParen(text.slice(sentenceStart, o.start))).pop();
  return subject ? numbered(ctx, b, subject) : undefined;
}

/**
 * "Joint Technical Committee (JTC) 9, …": a number after the mention is part of the body's
 * name, the body of that acronym and number when the graph knows it, else none.
 */
function numbered(ctx: RuleContext, b: RuleBlock, o: OrgMention): string | undefined {
  const text = b.block.text;
  const n = /^\s+(\d{1,3})\b/.exec(text.slice(o.end));
  if (!n) return o.key;
  const acronym = /\(([\p{Lu}][\p{Lu}\d-]{1,9})\)$/u.exec(text.slice(o.start, o.end))?.[1];
  if (!acronym) return undefined;
  const form = `${acronym} ${n[1]}`;
  const hit = ctx.orgs.scan(form, whereOf(b))[0];
  return hit && hit.start === 0 && hit.end === form.length ? hit.key : undefined;
}

/** The place named between the phrase and its date, else the one named after the date. */
function withCity(before: { city?: string; country?: string }, after: { city?: string; country?: string }): { city?: string; country?: string } {
  return before.city ? before : after.city ? after : before.country ? before : after;
}

function openParen(text: string): boolean {
  return text.lastIndexOf("(") > text.lastIndexOf(")");
}

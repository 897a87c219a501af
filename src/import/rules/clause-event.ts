import type { EventFact } from "../recognize/facts.js";
import { findDates } from "../recognize/dates.js";
import { findCities, findCountries } from "../recognize/places.js";
import { sentences } from "../text-utils.js";
import { dayWithoutYear } from "./day-without-year.js";
import { whereOf } from "./evidence.js";
import type { Rule } from "./rule.js";

/** A word that names a gathering, and the kind of event it is. */
export const EVENT_WORD = /\b(?:face-to-face\s+)?(meeting|plenary|general\s+assembly|assembly|conference|congress|workshop|summit|symposium)\b/gi;
export const KIND: Record<string, EventFact["kind"]> = {
  meeting: "MEETING", plenary: "MEETING", "general assembly": "ASSEMBLY", assembly: "ASSEMBLY", conference: "CONFERENCE", congress: "CONFERENCE",
  workshop: "WORKSHOP", summit: "EVENT", symposium: "EVENT",
};
/** A date that is a deadline, a limit or a tenure's start, not the gathering's: "by 5 May", "until …", "since January". */
const NOT_ITS_DATE = /\b(?:by|before|until|till|deadline|later\s+than|due|since)\s*(?:the\s+)?$/i;

/**
 * An event stated in one sentence (eighth round, clause-level relation rules): exactly one word
 * naming a gathering (a meeting, plenary, assembly, conference, workshop, summit), exactly one
 * date or range (recognize/dates.ts, chrono-node among its readers; a day without its year takes
 * the document's; "in 2031" a year), exactly one place (a known city, else "in City, Country"), the date and the city within twenty
 * words of that word, and its body: a body that is the gathering (a conference the graph holds as
 * a body), else, for a meeting, plenary or assembly, the body right before its word ("the XY
 * Plenary", "the XY Steering Committee meeting") or right after it ("the plenary of XY").
 * "The XY Plenary took place in Porto on 16–21 July 2031", "Delegates met in Porto for the
 * plenary of XY on 3 May". No body beside the word (another body of the sentence may be a host or
 * an attendee; a body before a workshop organizes it), or two dates, cities or gatherings:
 * nothing. A relative date ("last week": chrono reads it against today) is none; a date after
 * "by", "before", "until" is a deadline's, not the gathering's.
 */
export const clauseEvent: Rule = {
  name: "clause-event",
  genres: "any",
  scope: "block",
  trigger: /\b(?:meeting|plenary|assembly|conference|congress|workshop|summit|symposium)\b/i,
  apply(ctx, b) {
    if (!b) return;
    const text = b.block.text;
    for (const s of sentences(text)) {
      const at = (i: number) => s.start + i;
      const words = [...s.text.matchAll(EVENT_WORD)].filter((m) => !/s\b/i.test(s.text.slice(m.index! + m[0].length, m.index! + m[0].length + 2)));
      if (words.length !== 1) continue;
      const word = words[0]!;
      const wordStart = at(word.index!);
      const wordEnd = wordStart + word[0].length;
      const date = dateOf(s.text, ctx.documentDate);
      if (!date) continue;
      const place = placeIn(s.text);
      if (!place) continue;
      // The date and the city stand near the gathering's word (a header run together on one line is no sentence).
      const wordAt = word.index!;
      if (!near(s.text, wordAt, date.index) || !near(s.text, wordAt, place.index)) continue;
      const orgs = b.orgs.filter((o) => o.start >= s.start && o.end <= s.start + s.text.length);
      // The body the gathering is of: its word inside a body's name ("the Harbour Conference" a body of
      // the graph), the body right before it (at most two words between: "the XY 58th Plenary"), or after "of".
      const inside = orgs.find((o) => o.start <= wordStart && o.end >= wordEnd);
      const before = [...orgs].reverse().find((o) => o.end <= wordStart && /^\s*(?:['’]s\s+)?(?:[\p{L}\d-]+\s+){0,2}$/u.test(text.slice(o.end, wordStart)) && !/[,;:()]/.test(text.slice(o.end, wordStart)));
      const of = /^\s+of\s+(?:the\s+)?/.exec(text.slice(wordEnd));
      const after = of ? orgs.find((o) => o.start === wordEnd + of[0].length) : undefined;
      // A body before a workshop's or a conference's word organizes it ("an XY Workshop"): the
      // gathering is no meeting of that body, and it is left to the rules that read organizers.
      const ofBody = /^(?:meeting|plenary|general\s+assembly|assembly)$/i.test(word[1]!);
      const body = inside ?? (ofBody ? before ?? after : undefined);
      if (!body) continue;
      const named = inside ? text.slice(inside.start, inside.end) : before ? text.slice(before.start, wordEnd) : text.slice(wordStart, body.end);
      ctx.upsertEvent({
        name: named.replace(/^the\s+/i, ""), kind: KIND[word[1]!.toLowerCase().replace(/\s+/g, " ")] ?? "EVENT",
        startDate: date.start, ...(date.end ? { endDate: date.end } : {}),
        city: place.city, country: place.country, meetingOf: body.key, where: whereOf(b),
      });
    }
  },
};

/**
 * The sentence's one place: its one known city (recognize/places.ts), else "in City, Country"
 * with the sentence's one country. Two cities, or two countries with no known city: none.
 */
export function placeIn(text: string): { city: string; country: string; index: number } | undefined {
  const cities = [...new Map(findCities(text).map((c) => [c.name, c])).values()];
  if (cities.length > 1) return undefined;
  if (cities.length === 1) return { city: cities[0]!.name, country: cities[0]!.country, index: cities[0]!.index };
  const countries = [...new Map(findCountries(text).map((c) => [c.code, c])).values()];
  if (countries.length !== 1) return undefined;
  const m = /\bin\s+([\p{Lu}][\p{L}'’-]+(?:\s[\p{Lu}][\p{L}'’-]+)?),?\s*$/u.exec(text.slice(0, countries[0]!.index));
  if (!m || findCountries(m[1]!).length > 0) return undefined;
  return { city: m[1]!, country: countries[0]!.code, index: m.index + m[0].indexOf(m[1]!) };
}

/** At most twenty words apart. */
function near(text: string, a: number, b: number): boolean {
  return text.slice(Math.min(a, b), Math.max(a, b)).split(/\s+/).length <= 21;
}

/** "last week", "the day after", "next Tuesday": chrono reads them against today, not the document. */
const RELATIVE = /\b(?:last|next|this|ago|today|tomorrow|yesterday|week|weekend|after|before)\b/i;

/**
 * The sentence's one date or range, else its one day without a year, else its one year after
 * "in"; a date after "by", "until", "since" is none of the gathering's and is left out first.
 */
export function dateOf(text: string, documentDate: string | undefined): { start: string; end?: string; index: number } | undefined {
  const its = (index: number) => !NOT_ITS_DATE.test(text.slice(0, index));
  const dates = findDates(text).filter((d) => !RELATIVE.test(d.text) && its(d.index));
  if (dates.length > 1) return undefined;
  if (dates.length === 1) return dates[0]!;
  if (findDates(text).length > 0) {
    // Only dates that are not the gathering's: a year "in 2030" may still be.
    const years = [...text.matchAll(/\bin\s+((?:19|20)\d{2})\b/g)].filter((m) => its(m.index!) && !findDates(text).some((d) => m.index! >= d.index && m.index! < d.index + d.text.length));
    return years.length === 1 ? { start: years[0]![1]!, index: years[0]!.index! } : undefined;
  }
  const day = dayWithoutYear(text, documentDate);
  if (day) return its(day.index) ? day : undefined;
  const years = [...text.matchAll(/\bin\s+((?:19|20)\d{2})\b/g)];
  return years.length === 1 ? { start: years[0]![1]!, index: years[0]!.index! } : undefined;
}

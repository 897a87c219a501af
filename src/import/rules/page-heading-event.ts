import { findDates, type DateRange } from "../recognize/dates.js";
import { eventKind } from "./event-of-the-page.js";
import { whereOf } from "./evidence.js";
import { placeOf } from "./places.js";
import type { Rule, RuleBlock, RuleContext } from "./rule.js";

/** A gathering's word, as a heading names the page's own event. */
const EVENT_WORD = /\b(?:Meeting|Workshop|Plenary|Summit|Forum|Symposium|Conference|Webinar|Hackathon|Session|Seminar|Congress|Assembly)s?\b/iu;
/** Words a section's or a list's heading is made of ("Upcoming Meetings", "Meeting Agenda", "Workshop Programme"): no event's own name. */
const GENERIC = /^(?:the|a|an|of|for|and|on|in|at|to|our|next|upcoming|past|previous|future|recent|latest|all|list|calendar|schedule|agenda|draft|programme|program|registration|report|minutes|notes|summary|overview|information|details|about|events?|meetings?|workshops?|plenary|plenaries|summits?|forums?|symposi(?:um|a)|conferences?|webinars?|hackathons?|sessions?|seminars?|congress(?:es)?|assembl(?:y|ies)|general|annual|joint|online|virtual|hybrid|open|public|special|technical)$/iu;
/** A form's row ("Venue: …", "Date: …"): a value, never the event's heading ("Workshop: Buoys in 2031" is one). */
const FORM_LABEL = /^\s*(?:Venue|Place|Location|Address|Where|When|Date|Time|Time and date|Date and time|Hosts?|Organi[sz]ers?|Sponsors?|Contact|Registration|Deadline|Source|Title|Subject|Doc(?:ument)? type)\s*:/i;
/** How many blocks of the page's head may hold its own event's heading. */
const HEAD = 12;
/** What a date line may hold besides its dates: weekdays, times, zones, separators. */
const DATE_LINE_REST = /\b(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?|\b\d{1,2}[:.]\d{2}\b|\b(?:UTC|GMT|CET|CEST|EST|EDT|PST|PDT|JST|KST|am|pm|h)\b|\b(?:from|to|until|and|on)\b|[\s,;()–—\-/|.]+/giu;

/**
 * The dates a line holds when it is nothing but a date or a range (with weekdays and times), or a
 * date and a place ("October 19-20, 2031; Porto, Portugal"): the place with it.
 */
function dateLine(text: string): { date: DateRange; place?: { city?: string; country?: string } } | undefined {
  if (text.length > 120) return undefined;
  const dates = findDates(text);
  if (!dates.length) return undefined;
  let rest = text;
  for (const d of dates) rest = rest.replace(d.text, " ");
  if (rest.replace(DATE_LINE_REST, "").length <= 2) return { date: rangeOf(dates) };
  const place = placeLine(rest.replace(/^[\s,;()–—\-/|]+|[\s,;()–—\-/|]+$/g, ""));
  return place ? { date: rangeOf(dates), place } : undefined;
}

/** One date or range from the dates of a line: the first day to the last. */
function rangeOf(dates: DateRange[]): DateRange {
  const first = dates[0]!;
  const last = dates.at(-1)!;
  const end = last.end ?? last.start;
  return end > first.start && end.length === first.start.length ? { ...first, end } : first;
}

/** A line that is nothing but a place: "Porto, Portugal", "Quayside, QX". */
function placeLine(text: string): { city?: string; country?: string } | undefined {
  if (text.length > 60 || /\d|:/.test(text)) return undefined;
  // "San Jose, QX", "San Jose, QX, USA" (a city, its state's or country's code): the city.
  const shape = /^([\p{Lu}][\p{L}'’.-]+(?:\s[\p{Lu}][\p{L}'’.-]+){0,2}),\s*\p{Lu}{2}(?:,\s*[\p{Lu}\p{L}. ]{2,20})?$/u.exec(text.trim());
  const known = placeOf(text);
  if (shape) return { city: shape[1]!, ...(known.country ? { country: known.country } : {}) };
  return known.city || known.country ? known : undefined;
}

/** The heading names an event of its own: some word that is not a section's. */
function ownName(text: string): boolean {
  const words = text.replace(/[“”"‘’'«»:]/g, " ").split(/\s+/).filter(Boolean);
  return words.some((w) => !GENERIC.test(w) && /^[\p{Lu}\p{N}#]/u.test(w));
}

/**
 * An event page's own event by layout (failure class 6): among the page's first blocks, a heading
 * that names a gathering ("Harbour Buoys Workshop 2031", "XY Plenary Meeting in Porto") or a body's
 * numbered meeting ("… the 14th XYAG - Porto, 28 - 30 January 2031"), with its
 * date in the same block or on the lines right under it that hold only a date or a range (weekdays
 * and times allowed) and a place ("Porto, Portugal"); a heading that continues a line above (a
 * title wrapped) is read with it. A heading made only of a section's words ("Upcoming Meetings",
 * "Meeting Agenda") is none. The body whose meeting it is: a body named right before a meeting's word
 * ("XY Plenary Meeting", "XY Session"; a body before "Workshop" organizes it, and is not its body). One event, the first such heading.
 */
export const pageHeadingEvent: Rule = {
  name: "page-heading-event",
  genres: ["event", "other"],
  scope: "document",
  trigger: new RegExp(`${EVENT_WORD.source}|\\b\\d{1,3}(?:st|nd|rd|th)\\s+\\p{Lu}`, "iu"),
  apply(ctx) {
    const head = ctx.blocks.slice(0, HEAD);
    for (let i = 0; i < head.length; i++) {
      const b = head[i]!;
      // A sentence, a label and its value ("Venue: …"), a label alone: no heading.
      if (b.block.text.length > 160 || /[.!?]\s*$/.test(b.block.text) || FORM_LABEL.test(b.block.text) || /^[^:]{1,30}:\s*$/.test(b.block.text)) continue;
      // "Harbour Standards Forum", "… Conference Centre": a gathering's word inside a body's or a venue's name is none.
      const word = EVENT_WORD.exec(b.block.text);
      if (word && (b.orgs.some((o) => o.start <= word.index && o.end >= word.index + word[0].length) || /^\s*(?:Cent(?:re|er)|Hall|Room|Venue)\b/i.test(b.block.text.slice(word.index + word[0].length)))) continue;
      const numbered = EVENT_WORD.test(b.block.text) ? undefined : numberedBody(b);
      if (!EVENT_WORD.test(b.block.text) && !numbered) continue;
      // A title wrapped over two lines: the line above, when it ends without a stop and holds no gathering of its own.
      const above = i > 0 ? head[i - 1]! : undefined;
      const joined = above && above.block.text.length <= 120 && !/[.:;!?|]\s*$/.test(above.block.text) && !EVENT_WORD.test(above.block.text)
        && findDates(above.block.text).length && !dateLine(above.block.text) && !/^[^:]{1,30}:/.test(above.block.text)
        ? `${above.block.text} ${b.block.text}` : b.block.text;
      if (!ownName(findDates(joined).reduce((t, d) => t.replace(d.text, " "), joined).replace(/\b\d{4}\b/g, " "))) continue;
      let date: DateRange | undefined = findDates(joined)[0] ? rangeOf(findDates(joined)) : undefined;
      let place = placeOf(joined.slice(Math.max(0, joined.search(EVENT_WORD))));
      const under: RuleBlock[] = [];
      for (const next of head.slice(i + 1, i + 4)) {
        const d = date ? undefined : dateLine(next.block.text);
        const p = d ? d.place : placeLine(next.block.text);
        if (!d && !p) break;
        if (d) date = d.date;
        if (p && !place.city) place = p;
        under.push(next);
      }
      // One event of the page: none when another rule already read one on those days.
      if (!date || ctx.facts.events.some((e) => e.startDate === date!.start)) continue;
      const event = numbered ?? nameOf(ctx, b, joined);
      const where = { locator: b.block.locator, quote: [joined, ...under.map((u) => u.block.text)].join("\n") };
      ctx.upsertEvent({
        name: event.name, kind: eventKind(event.name), startDate: date.start, ...(date.end ? { endDate: date.end } : {}),
        ...(place.city ? { city: place.city } : {}), ...(place.country ? { country: place.country } : {}), ...(event.of ? { meetingOf: event.of } : {}),
        where: where.quote ? where : whereOf(b),
      });
      return;
    }
  },
};

/** "… to the 14th XYAG & its Working Groups - Porto, 28 - 30 January 2031": an ordinal right before a body is that body's numbered meeting. */
function numberedBody(b: RuleBlock): { name: string; of: string } | undefined {
  for (const m of b.block.text.matchAll(/\b\d{1,3}(?:st|nd|rd|th)\s+/gu)) {
    const body = b.orgs.find((o) => o.start === m.index! + m[0].length);
    if (body) return { name: `${m[0]}${body.printed}`, of: body.key };
  }
  return undefined;
}

/** The event's name and body: from a body named right before the gathering's word to that word, else the heading, its quotes and label dropped. */
function nameOf(ctx: RuleContext, b: RuleBlock, text: string): { name: string; of?: string } {
  const word = EVENT_WORD.exec(text)!;
  const wordEnd = word.index + word[0].length;
  const mentions = ctx.orgs.scan(text, whereOf(b));
  // A body's own meeting; a workshop, a conference, a forum a body names is one it organizes, not its meeting.
  const own = /^(?:Meeting|Plenary|Session|Assembly)s?$/i.test(word[0]);
  const of = own ? mentions.find((m) => m.end <= word.index && /^\s*(?:(?:Plenary|General|Annual|Technical|Joint)\s+)?$/iu.test(text.slice(m.end, word.index))) : undefined;
  if (of) return { name: text.slice(of.start, wordEnd).trim(), of: of.key };
  const name = text.replace(/^[^:]{1,30}:\s*/, "").replace(/[“”"]/g, "").replace(/^The\s+/, "").trim();
  return { name };
}

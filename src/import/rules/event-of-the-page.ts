import type { EventFact } from "../recognize/facts.js";
import { findDates } from "../recognize/dates.js";
import { sentences } from "../text-utils.js";
import { whereOf } from "./evidence.js";
import { placeOf } from "./places.js";
import type { Rule, RuleContext } from "./rule.js";

const EVENT_WORD = /\b(Session|Forum|Workshop|Meeting|Summit|Conference|Webinar|Assembly|Symposium|Seminar|Hackathon|Day|Week|Plenary|Congress)s?\b/i;
const CLAUSE = /\b(?:that|which|who|it|they|provides?|is|are|has|have|will|would|should|shall)\b|^[a-z\d]{1,3}\)\s/i;
const HAPPENS = /\s+(?:took place|was held|will take place|will be held|is taking place|takes place)\b/i;

/** The event kind its name says. */
export function eventKind(name: string): EventFact["kind"] {
  const w = EVENT_WORD.exec(name)?.[1]?.toLowerCase() ?? "";
  if (w === "forum") return "FORUM";
  if (w === "workshop" || w === "seminar" || w === "hackathon") return "WORKSHOP";
  if (w === "conference" || w === "summit" || w === "symposium" || w === "congress") return "CONFERENCE";
  if (w === "assembly") return "ASSEMBLY";
  if (w === "meeting" || w === "session" || w === "plenary") return "MEETING";
  return "EVENT";
}

/** "the third meeting of the Forum": the body whose meeting or session it is. */
function meetingOf(ctx: RuleContext, name: string, where: { locator: string; quote: string }): string | undefined {
  const of = /\b(?:meeting|session|plenary)s?\s+of\s+(?:the\s+)?(.+)$/i.exec(name);
  return of ? ctx.orgs.scan(of[1]!, where)[0]?.key : undefined;
}

/**
 * An event page's own event (failure class 6): its name, date and place, as the page states them.
 * - "The second Plenary of the Alliance took place in Tallinn, Estonia on 3 May 2026." (a
 *   sentence naming an event, then where and when it happens);
 * - a heading followed by "Time and date: …" and "Place: …" / "Venue: …" lines.
 */
export const eventOfThePage: Rule = {
  name: "event-of-the-page",
  genres: ["event", "news"],
  scope: "document",
  trigger: /\b(?:took place|was held|will take place|will be held|is taking place|takes place)\b|^(?:Time and date|Date and time|Date)\s*:/im,
  apply(ctx) {
    for (const b of ctx.blocks) {
      for (const s of sentences(b.block.text)) {
        const verb = HAPPENS.exec(s.text);
        if (!verb) continue;
        const subject = s.text.slice(0, verb.index).replace(/^(?:The|This|An?)\s+/, "").trim();
        const rest = s.text.slice(verb.index + verb[0].length);
        const date = findDates(rest)[0];
        // The subject names an event: a capitalized or numbered name, not a clause ("…that the Forum provides…").
        if (!date || !EVENT_WORD.test(subject) || subject.length > 160 || !/^(?:[\p{Lu}\d]|(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))\b)/u.test(subject) || CLAUSE.test(subject)) continue;
        const where = whereOf(b);
        const org = meetingOf(ctx, subject, where);
        const place = placeOf(date.index > 0 ? rest.slice(0, date.index) : rest);
        ctx.upsertEvent({
          name: subject, kind: eventKind(subject), startDate: date.start, ...(date.end ? { endDate: date.end } : {}),
          ...(place.city ? { city: place.city } : {}), ...(place.country ? { country: place.country } : {}), ...(org ? { meetingOf: org } : {}), where,
        });
      }
    }
    const dateAt = ctx.blocks.findIndex((b) => /^(?:Time and date|Date and time|Date)\s*:/i.test(b.block.text));
    if (dateAt < 0) return;
    const date = findDates(ctx.blocks[dateAt]!.block.text)[0];
    const title = ctx.blocks.slice(Math.max(0, dateAt - 3), dateAt).reverse()
      .find((b) => b.block.text.length > 12 && !/^[<>]|:\s*/.test(b.block.text) && EVENT_WORD.test(b.block.text));
    if (!date || !title) return;
    const placeLine = ctx.blocks.slice(dateAt + 1, dateAt + 4).find((b) => /^(?:Place|Venue|Location)\s*:/i.test(b.block.text));
    const place = placeLine ? placeOf(placeLine.block.text.replace(/^[^:]*:/, "")) : {};
    const name = title.block.text.replace(/^(?:The)\s+/, "");
    const org = meetingOf(ctx, name, whereOf(title));
    ctx.upsertEvent({
      name, kind: eventKind(name), startDate: date.start, ...(date.end ? { endDate: date.end } : {}),
      ...(place.city ? { city: place.city } : {}), ...(place.country ? { country: place.country } : {}), ...(org ? { meetingOf: org } : {}), where: whereOf(title),
    });
  },
};

import { findDates } from "../recognize/dates.js";
import { eventKind } from "./event-of-the-page.js";
import { whereOf } from "./evidence.js";
import { placeOf } from "./places.js";
import type { Rule, RuleBlock } from "./rule.js";

/** A word that makes a heading an event's name. */
const EVENT_WORD = /\b(?:Workshop|Forum|Congress|Summit|Meeting|Symposium|Conference|Webinar|Plenary|Seminar|Hackathon)s?\b/i;
/** A sentence, not a heading: a finite verb, or a full stop at its end. */
const SENTENCE = /\b(?:is|are|was|were|will|would|has|have|had|took|takes|invites?|announce[sd]?|welcomes?)\b|\.\s*$/i;
/** A date that is not the event's: a deadline's, a page's publication, an update. */
const NOT_ITS_DATE = /\b(?:by|before|until|deadline|later\s+than|due|since|posted|published|updated|modified|issued|registration|submission|closes?)\b[^\n]{0,30}$/i;
const ONLINE = /\b(?:online|virtual(?:ly)?|remote(?:ly)?|web-?based)\b/i;
/** How far under its heading an event's date and place are looked for. */
const WINDOW = 4;

/**
 * The event a page is about, by its layout rather than its wording: a heading near the top of the
 * page (one of its first eight blocks, at most sixteen words, no sentence) that names a gathering
 * (a workshop, forum, congress, summit, meeting, symposium, conference, webinar, plenary), with a
 * day or a range of days in it or in the few blocks under it (not a deadline's or the page's
 * publication date), and a place there too (a known city, "City, Country", or online). The name
 * is the heading without a trailing "(Place, date)"; a range stays a range. One event per page;
 * none when the page already has an event of those dates.
 */
export const eventHeading: Rule = {
  name: "event-heading",
  genres: "any",
  scope: "document",
  trigger: EVENT_WORD,
  apply(ctx) {
    const head = ctx.blocks.slice(0, 8);
    for (let i = 0; i < head.length; i++) {
      const b = head[i]!;
      const text = b.block.text.replace(/^(?:Subject|Title|Event)\s*:\s*/i, "").trim();
      const name = text.replace(/\s*[([][^()[\]]*\d{4}[^()[\]]*[)\]]\s*$/, "").replace(/\s*[,–—-]\s*[^,–—-]*\d{4}\s*$/, "").trim();
      if (!EVENT_WORD.test(name) || name.split(/\s+/).length > 16 || name.length < 8 || SENTENCE.test(name) || /^[a-z]/.test(name)) continue;
      const window = [b, ...ctx.blocks.slice(b.index + 1, b.index + 1 + WINDOW)];
      const date = dateUnder(window, b.block.text);
      if (!date) continue;
      const text2 = window.map((w) => w.block.text).join("\n");
      const place = placeOf(text2);
      if (!place.city && !place.country && !ONLINE.test(text2)) continue;
      if (ctx.facts.events.some((e) => e.startDate === date.start)) return;
      const of = /\b(?:meeting|plenary)s?\s+of\s+(?:the\s+)?(.+)$/i.exec(name);
      const meetingOf = of ? ctx.orgs.scan(of[1]!, whereOf(b))[0]?.key : undefined;
      ctx.upsertEvent({
        name, kind: eventKind(name), startDate: date.start, ...(date.end ? { endDate: date.end } : {}),
        ...(place.city ? { city: place.city } : {}), ...(place.country ? { country: place.country } : {}), ...(meetingOf ? { meetingOf } : {}), where: whereOf(b),
      });
      return;
    }
  },
};

/** The first day or range of days in the heading or under it that is not a deadline's or the page's own date. */
function dateUnder(window: RuleBlock[], heading: string): { start: string; end?: string } | undefined {
  for (const w of window) {
    const text = w === window[0] ? heading : w.block.text;
    for (const d of findDates(text)) {
      if (d.start.length !== 10 || NOT_ITS_DATE.test(text.slice(Math.max(0, d.index - 40), d.index))) continue;
      return { start: d.start, ...(d.end ? { end: d.end } : {}) };
    }
  }
  return undefined;
}
